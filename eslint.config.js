import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// The pipeline's boundaries (README, "Layout"): stages talk through src/model/, never through
// each other's files. Each entry forbids a stage from importing the folders it must not reach.
const stages = [
  'crawl',
  'extract',
  'checks',
  'lighthouse',
  'scoring',
  'store',
  'report',
  'cli',
  'institutions',
  'queue',
  'browser',
  'network',
  'fixtures',
  'docs',
  'assertions',
  'peers',
];
const ioModules = [
  'node:fs',
  'node:fs/promises',
  'node:http',
  'node:https',
  'node:net',
  'node:child_process',
  'better-sqlite3',
  'playwright',
  'lighthouse',
];
const orchestration = ['audit', 'study', 'judge', 'config', 'logger'];

function boundary(from, { stages: forbiddenStages = [], io = false, orchestrator = false, why }) {
  const patterns = [
    ...forbiddenStages.map((stage) => ({
      group: [`**/${stage}/*`, `**/${stage}/**`],
      message: `${from} must not import ${stage}/: ${why}`,
    })),
    ...(orchestrator
      ? [{ group: orchestration.map((name) => `**/${name}.js`), message: `${from} must not import the orchestrator or its config: ${why}` }]
      : []),
  ];
  const paths = io ? ioModules.map((name) => ({ name, message: `${from} does no I/O: ${why}` })) : [];
  return { files: [`src/${from}/**/*.ts`], rules: { 'no-restricted-imports': ['error', { patterns, paths }] } };
}

const except = (...own) => stages.filter((stage) => !own.includes(stage));

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'reports/', 'fixtures/sites/', 'fixtures/heavy-sites/', 'fixtures/heavy-assets/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { languageOptions: { globals: { ...globals.node } } },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  boundary('model', {
    stages: stages,
    io: true,
    orchestrator: true,
    why: 'the model is plain types and pure rules that every stage shares',
  }),
  boundary('checks', {
    stages: except('checks'),
    io: true,
    orchestrator: true,
    why: 'checks are pure rules over the model (boundary checks → model)',
  }),
  boundary('scoring', {
    stages: except('scoring'),
    io: true,
    orchestrator: true,
    why: 'scoring is pure arithmetic over the model (boundary scoring → model)',
  }),
  boundary('extract', {
    stages: ['checks', 'scoring', 'store', 'report', 'lighthouse', 'cli', 'queue'],
    io: true,
    orchestrator: true,
    why: 'extract turns a snapshot into page facts and judges nothing (boundary extract → model)',
  }),
  boundary('crawl', {
    stages: ['lighthouse', 'checks', 'scoring', 'report', 'store', 'cli', 'queue'],
    why: 'the crawl gathers; it never judges, scores or reports (boundary crawl → model)',
  }),
  boundary('store', {
    stages: ['report', 'crawl', 'lighthouse', 'checks', 'extract', 'cli', 'queue'],
    orchestrator: true,
    why: 'the store reads and writes the model (boundary store → model)',
  }),
  boundary('report', {
    stages: ['crawl', 'lighthouse', 'extract', 'cli', 'queue'],
    orchestrator: true,
    why: 'the report reads stored results through the model (boundary report → model, store, checks metadata)',
  }),
  boundary('lighthouse', {
    stages: ['crawl', 'extract', 'checks', 'scoring', 'store', 'report', 'cli', 'queue'],
    why: 'the Lighthouse lane gathers; it reads page facts through the model',
  }),
  boundary('queue', {
    stages: ['checks', 'extract', 'scoring', 'report', 'cli', 'institutions', 'fixtures', 'docs'],
    why: 'the queue carries site-audit jobs and their results; it runs the audit, never its stages (boundary queue → audit, model, store)',
  }),
  boundary('assertions', {
    stages: ['crawl', 'extract', 'lighthouse', 'store', 'report', 'cli', 'queue', 'institutions', 'fixtures', 'docs', 'browser', 'peers'],
    io: true,
    orchestrator: true,
    why: 'assertions judge stored results (boundary assertions → model, checks catalogue, scoring)',
  }),
  boundary('peers', {
    stages: ['crawl', 'extract', 'lighthouse', 'store', 'report', 'cli', 'queue', 'fixtures', 'docs', 'browser', 'assertions'],
    io: true,
    orchestrator: true,
    why: 'a peer group is arithmetic over stored results (boundary peers → model, checks catalogue, scoring, institutions strata)',
  }),
  boundary('institutions', { stages: except('institutions'), why: 'registries are read into the model and nothing else' }),
  boundary('browser', {
    stages: except('browser'),
    orchestrator: true,
    why: 'browser discovery is shared by crawl, lighthouse and report',
  }),
  boundary('network', {
    stages: except('network'),
    orchestrator: true,
    why: 'the network policy is shared by the crawl, its browser and the Lighthouse lane (boundary network → model)',
  }),
);
