import { closeSync, existsSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { writeStudyJson } from '../report/results-json.js';
import { StudyStore } from '../store/study-store.js';
import { studyDirOf } from './run-audit.js';
import { reportsOption, studyOption } from './shared-options.js';
import { CommandError } from './usage-error.js';

interface ExportArgs {
  study: string;
  reports: string;
  format: 'json' | 'csv';
  out?: string;
}

export const exportCommand: CommandModule<object, ExportArgs> = {
  command: 'export',
  describe: 'Print or write a study\'s results (JSON schema v1, or the sites CSV)',
  builder: (yargs) =>
    (yargs as Argv<object>)
      .options({
        study: { ...studyOption, demandOption: true },
        reports: reportsOption,
        format: { choices: ['json', 'csv'] as const, demandOption: true, describe: 'json: docs/results-schema.md; csv: one row per site' },
        out: { type: 'string', describe: 'Write to this file instead of stdout' },
      })
      .example('$0 export --study demo --format json > results.json', 'The documented results, schemaVersion 1') as unknown as Argv<ExportArgs>,
  handler: (args) => {
    const dbPath = join(studyDirOf(args.reports, args.study), 'study.sqlite');
    if (!existsSync(dbPath)) throw new CommandError(`no study "${args.study}" in ${args.reports} (looked for ${dbPath})`);
    const store = StudyStore.open(dbPath);
    try {
      const meta = store.readMeta();
      if (!meta) throw new CommandError(`${dbPath} holds no study`);
      if (args.format === 'csv') {
        const text = sitesCsv(store);
        if (args.out) writeFileSync(args.out, text);
        else process.stdout.write(text);
        return;
      }
      // Written site by site: a national study's JSON never sits whole in memory.
      // (process.stdout is synchronous for files and pipes on Linux, so memory stays flat.)
      const fd = args.out ? openSync(args.out, 'w') : undefined;
      const write = fd === undefined ? (chunk: string) => void process.stdout.write(chunk) : (chunk: string) => void writeSync(fd, chunk);
      try {
        writeStudyJson(write, meta, store.siteResults());
      } finally {
        if (fd !== undefined) closeSync(fd);
      }
    } finally {
      store.close();
    }
  },
};

function sitesCsv(store: StudyStore): string {
  const header = ['id', 'name', 'kind', 'url', 'insee', 'population', 'stratum', 'departement', 'region', 'outcome', 'reason', 'pages', 'score', 'level'];
  const cell = (value: unknown) => {
    const text = value === undefined || value === null ? '' : String(value);
    return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = [header.join(',')];
  for (const site of store.siteResults()) {
    const { institution: i } = site;
    lines.push(
      [i.id, i.name, i.kind, i.url, i.insee, i.population, i.stratum, i.departement, i.region, site.outcome, site.reason, site.crawl.pagesCrawled, site.index?.score, site.index?.level]
        .map(cell)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
