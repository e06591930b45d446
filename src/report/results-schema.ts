// The documented results format (`export --format json`, results.json), schemaVersion 2 (its changelog is resultsSchemaChanges).
// docs/results-schema.md is generated from this object; a test keeps them in step.
import { crawlOutcomes } from '../model/index.js';

const nullable = (type: string | string[]) => ({ type: [...(Array.isArray(type) ? type : [type]), 'null'] });
const score = { type: ['number', 'null'], minimum: 0, maximum: 1 };
const categoryScores = {
  type: 'object',
  required: ['performance', 'accessibility', 'best-practices', 'seo'],
  properties: { performance: score, accessibility: score, 'best-practices': score, seo: score },
  additionalProperties: false,
};

/** A message of muniseo's crawl or Lighthouse catalogue (src/model/crawl-messages.ts, lighthouse-messages.ts). */
const message = {
  type: 'object',
  required: ['id', 'values'],
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    values: {
      type: 'object',
      description:
        'The values of its placeholders: strings, numbers, booleans, lists, or messages of the same catalogue (`{ id, values? }`) nested in it.',
      additionalProperties: { type: ['string', 'number', 'boolean', 'array', 'object'] },
    },
  },
} as const;
const messages = { type: 'array', items: message } as const;
const added = 'Added in 0.2 (schema 1 readers may ignore it).';

/** Bumped when a field changes meaning or disappears, or a closed list gains a value; see `resultsSchemaChanges`. */
export const resultsSchemaVersion = 2;

/** What each version changed, newest first: printed in docs/results-schema.md. */
export const resultsSchemaChanges: { version: number; tool: string; changes: string[] }[] = [
  {
    version: 2,
    tool: 'muniseo 0.2',
    changes: [
      '`outcome` gains `invisible` (robots.txt closes the site to every robot, search engines included: the site is audited as invisible, level 0, index 0) and `refuses-crawler` (robots.txt refuses muniseo but lets search engines in: not audited, `index: null`, reported apart); `blocked-by-robots` now means only that robots.txt could not be read (5xx, network), which RFC 9309 treats as a full disallow for now. A schema-1 reader must expect these values.',
      '`index` gains `version` (the index definition; version 2 makes a warning half a pass on pages as on sites, removes the jump at 90 % of pages, and puts a site search engines cannot show at level 0 with its score capped at 20), `invisible` (why the site is out of search results) and `applied` (how many weighted checks applied). Sites gain `visibility` (what the gate read).',
      'Explanations gain message fields beside their English texts (`checks[].message`, `reasonMessages`, `robotsTxt.problemMessages`, sitemap `errorMessages`, trap `kind` and `patternMessage`, Lighthouse `reasonMessage` and `errorMessage`), which the report renders in French or English.',
      'Every schema-1 field keeps its meaning, but for `blocked-by-robots` as above.',
    ],
  },
  { version: 1, tool: 'muniseo 0.1', changes: ['First version.'] },
];

export const resultsSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/muniseo/muniseo/docs/results-schema.md',
  title: 'muniseo study results',
  type: 'object',
  required: ['schemaVersion', 'study', 'sites'],
  additionalProperties: false,
  properties: {
    schemaVersion: {
      const: resultsSchemaVersion,
      description: 'Changes when a field changes meaning or disappears, or a closed list gains a value (see the changelog).',
    },
    study: {
      type: 'object',
      required: ['name', 'startedAt', 'finishedAt', 'tool', 'config'],
      properties: {
        name: { type: 'string' },
        startedAt: { type: 'string', format: 'date-time' },
        finishedAt: { ...nullable('string'), description: 'null while the study is unfinished (sites pending).' },
        tool: { type: 'object', required: ['name', 'version'], properties: { name: { type: 'string' }, version: { type: 'string' } } },
        config: { type: 'object', description: 'The configuration the study ran with (crawl limits, Lighthouse settings).' },
        environment: { type: 'object', description: 'Lighthouse and Chromium versions, throttling.' },
      },
    },
    sites: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'name', 'url', 'kind', 'outcome', 'reason', 'crawl', 'checks', 'lighthouse', 'index'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', description: 'INSEE code, SIREN, or a slug of the host.' },
          name: { type: 'string' },
          url: { type: 'string' },
          kind: { enum: ['commune', 'epci', 'departement', 'region', 'other'] },
          insee: nullable('string'),
          siren: nullable('string'),
          population: nullable('integer'),
          stratum: nullable('string'),
          departement: nullable('string'),
          region: nullable('string'),
          outcome: { enum: [...crawlOutcomes] },
          reason: {
            ...nullable('string'),
            description: 'Why the outcome is not a plain `ok`, or notes on the crawl, in English (several notes joined with "; ").',
          },
          reasonMessages: {
            type: ['array', 'null'],
            items: message,
            description: `The same notes as crawl messages, one per note, which the report renders in French or English; null when there is no reason, or the result was stored before messages existed. ${added}`,
          },
          crawl: {
            type: 'object',
            required: ['pagesCrawled', 'htmlPages', 'documents', 'maxDepth', 'renderedWith', 'robotsTxt', 'sitemaps', 'traps'],
            properties: {
              pagesCrawled: { type: 'integer', minimum: 0 },
              htmlPages: { type: 'integer', minimum: 0 },
              documents: { type: 'integer', minimum: 0, description: 'PDF and office files, counted, not parsed.' },
              maxDepth: { type: 'integer', minimum: 0 },
              renderedWith: { enum: ['http', 'browser'] },
              robotsTxt: {
                type: 'object',
                required: ['status', 'httpStatus', 'sitemaps', 'problems'],
                properties: {
                  url: { type: 'string' },
                  status: { enum: ['ok', 'missing', 'unavailable'] },
                  httpStatus: nullable('integer'),
                  sitemaps: { type: 'array', items: { type: 'string' } },
                  problems: { type: 'array', items: { type: 'string' }, description: 'What a site owner should fix, in English.' },
                  problemMessages: { ...messages, description: `The same problems as crawl messages, in the same order. ${added}` },
                },
              },
              sitemaps: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['url', 'kind', 'urlCount'],
                  properties: {
                    url: { type: 'string' },
                    source: { enum: ['robots', 'default'] },
                    kind: { enum: ['urlset', 'index', 'invalid', 'missing'] },
                    status: nullable('integer'),
                    urlCount: { type: 'integer', minimum: 0 },
                    outsideSite: { type: 'integer', minimum: 0 },
                    errors: { type: 'array', items: { type: 'string' }, description: 'What is wrong with the file, in English.' },
                    errorMessages: { ...messages, description: `The same errors as crawl messages, in the same order. ${added}` },
                  },
                },
              },
              traps: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['pattern', 'example', 'skipped'],
                  properties: {
                    pattern: {
                      type: 'string',
                      description:
                        'The URL family the crawl stopped following (`/agenda/{date}/`), or for other kinds their description in English.',
                    },
                    kind: {
                      enum: ['url-family', 'session-id', 'identical-body', 'long-url', 'repeating-segments'],
                      description: `Which trap: a family of URLs without end, a session id in links, a body already seen under another URL, an overlong URL, a relative-link loop. ${added}`,
                    },
                    patternMessage: { ...message, description: `\`pattern\` as a crawl message. ${added}` },
                    example: { type: 'string' },
                    skipped: { type: 'integer' },
                  },
                },
              },
            },
          },
          checks: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'scope', 'dimension', 'status', 'value', 'pagesAffected', 'examples'],
              additionalProperties: false,
              properties: {
                id: { type: 'string', description: 'Stable check id; see docs/checks.md.' },
                scope: { enum: ['page', 'site'] },
                dimension: { type: 'string' },
                status: { enum: ['pass', 'warn', 'fail', 'na'] },
                value: { type: ['number', 'string', 'boolean', 'null'] },
                message: {
                  type: ['object', 'null'],
                  description:
                    'Why, as a message id of the check (see docs/checks.md) and the values of its placeholders; the report renders it in French or English. Added in 0.2 (schema 1 readers may ignore it).',
                  required: ['id', 'values'],
                  additionalProperties: false,
                  properties: {
                    id: { type: 'string' },
                    values: { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean', 'array', 'object'] } },
                  },
                },
                evidence: { ...nullable('string'), description: 'The message in English.' },
                pagesAffected: { type: 'integer', minimum: 0 },
                pagesChecked: { type: 'integer', minimum: 0 },
                examples: { type: 'array', items: { type: 'string' } },
              },
            },
          },
          lighthouse: {
            type: 'object',
            required: ['pages'],
            properties: {
              pages: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['url', 'pageType', 'formFactor', 'runs', 'scores', 'metrics', 'spread', 'error'],
                  properties: {
                    url: { type: 'string' },
                    pageType: { type: 'string' },
                    reason: { type: 'string', description: 'Why the page was chosen, in English.' },
                    reasonMessage: {
                      oneOf: [{ type: 'null' }, message],
                      description: `The same, as a Lighthouse message. ${added}`,
                    },
                    formFactor: { enum: ['mobile', 'desktop'] },
                    runs: { type: 'integer', minimum: 0, description: 'Number of Lighthouse runs; the median run is reported.' },
                    scores: categoryScores,
                    metrics: {
                      type: 'object',
                      description: 'Lab metrics of the median run, milliseconds (CLS unitless).',
                      properties: {
                        fcp: nullable('number'),
                        lcp: nullable('number'),
                        cls: nullable('number'),
                        tbt: nullable('number'),
                        speedIndex: nullable('number'),
                        serverResponseTime: nullable('number'),
                      },
                    },
                    spread: { ...categoryScores, description: 'Max − min of each category score over the runs.' },
                    failingSeoAudits: { type: 'array', items: { type: 'string' } },
                    failingAccessibilityAudits: { type: 'array', items: { type: 'string' } },
                    error: {
                      oneOf: [
                        { type: 'null' },
                        {
                          type: 'object',
                          required: ['code', 'message'],
                          properties: { code: { type: 'string' }, message: { type: 'string' } },
                        },
                      ],
                    },
                    errorMessage: {
                      oneOf: [{ type: 'null' }, message],
                      description: `The error's message as a Lighthouse message when muniseo wrote it (a timeout, a crash); null for Lighthouse's own errors. ${added}`,
                    },
                  },
                },
              },
            },
          },
          visibility: {
            description:
              'What the audit read of the site’s visibility to search engines (robots.txt for Googlebot and Bingbot, noindex); null when not audited.',
            oneOf: [
              { type: 'null' },
              {
                type: 'object',
                required: ['robotsBlocked', 'homeNoindex', 'pagesJudged', 'noindexPages'],
                properties: {
                  robotsBlocked: { type: 'array', items: { enum: ['Googlebot', 'Bingbot'] } },
                  homeNoindex: { type: 'boolean' },
                  pagesJudged: { type: 'integer', minimum: 0 },
                  noindexPages: { type: 'integer', minimum: 0 },
                },
              },
            ],
          },
          attribution: {
            description: `Who built the site and with what, as its pages and robots.txt show it; null when no page was read or the result predates attribution. Added within schema 2 (earlier schema-2 readers may ignore it).`,
            oneOf: [
              { type: 'null' },
              {
                type: 'object',
                required: ['cms', 'cmsVersion', 'seoPlugins', 'theme', 'platform', 'vendor', 'vendorEvidence', 'cluster'],
                additionalProperties: false,
                properties: {
                  cms: { ...nullable('string'), description: 'CMS id (`wordpress`, `drupal`, `joomla`, `spip`, `typo3`…).' },
                  cmsVersion: { ...nullable('string'), description: 'CMS version, when the site prints it.' },
                  seoPlugins: {
                    type: 'array',
                    items: { type: 'string' },
                    description: 'SEO plugins found (`yoast`, `rank-math`, `all-in-one-seo`, `seopress`, `drupal-metatag`).',
                  },
                  theme: { ...nullable('string'), description: 'Theme or template whose assets the pages load.' },
                  platform: { ...nullable('string'), description: 'Hosted platform or site builder (`campagnol`, `wix`, `jimdo`…).' },
                  vendor: {
                    ...nullable('string'),
                    description: 'Web agency or publisher the site names (« réalisé par », a credit link).',
                  },
                  vendorEvidence: { enum: ['credit-text', 'credit-link', 'generator', 'asset-path', null] },
                  cluster: {
                    type: 'string',
                    description:
                      'Cluster for clustered intervals: `vendor:<name>`, else `platform:<id>`, else `site:<id>` (a CMS is not a cluster).',
                  },
                },
              },
            ],
          },
          index: {
            description: 'null when the site could not be audited: no index rather than a zero.',
            oneOf: [
              { type: 'null' },
              {
                type: 'object',
                required: ['score', 'level', 'label', 'dimensions'],
                properties: {
                  score: { type: 'number', minimum: 0, maximum: 100 },
                  level: { enum: [0, 1, 2, 3] },
                  label: { type: 'object', required: ['fr', 'en'], properties: { fr: { type: 'string' }, en: { type: 'string' } } },
                  dimensions: { type: 'object', additionalProperties: { type: ['number', 'null'] } },
                  version: {
                    type: 'integer',
                    minimum: 1,
                    description: 'Version of the index definition the figures were computed under; absent means 1.',
                  },
                  invisible: {
                    enum: ['robots', 'home-noindex', 'most-noindex'],
                    description: 'Why search engines cannot show the site (the level is then 0 and the score at most 20).',
                  },
                  applied: {
                    type: 'object',
                    description: 'Scored checks that applied (not `na`), of those the catalogue weighs, with their weights.',
                    properties: {
                      checks: { type: 'integer' },
                      of: { type: 'integer' },
                      weight: { type: 'number' },
                      weightOf: { type: 'number' },
                    },
                  },
                },
              },
            ],
          },
        },
      },
    },
  },
} as const;
