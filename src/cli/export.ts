import { closeSync, existsSync, openSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { peerGroupKey } from '../institutions/index.js';
import { csvRow, exportColumns, sitesCsvRow } from '../report/csv-exports.js';
import { writeStudyJson } from '../report/results-json.js';
import { studyFolder } from '../store/study-folder.js';
import { StudyStore } from '../store/study-store.js';
import { peersFromStore } from './peers-option.js';
import { noStudy, reportsOption, studyOption } from './shared-options.js';
import { CommandError } from './usage-error.js';

interface ExportArgs {
  study: string;
  reports: string;
  format: 'json' | 'csv' | 'peers';
  out?: string;
}

export const exportCommand: CommandModule<object, ExportArgs> = {
  command: 'export',
  describe: "Print or write a study's results (JSON schema v2, the sites CSV, or its peers' aggregates)",
  builder: (yargs) =>
    (yargs as Argv<object>)
      .options({
        study: { ...studyOption, demandOption: true },
        reports: reportsOption,
        format: {
          choices: ['json', 'csv', 'peers'] as const,
          demandOption: true,
          describe:
            'json: docs/results-schema.md; csv: one row per site, as data/sites.csv (docs/report-exports.md); peers: aggregates per peer group for `audit --peers`, no institution named (docs/peers.md)',
        },
        out: { type: 'string', describe: 'Write to this file instead of stdout' },
      })
      .example('$0 export --study mayenne-2026 --format peers --out mayenne-peers.json', 'A small peers file for `audit --peers`')
      .example(
        '$0 export --study demo --format json > results.json',
        'The documented results (docs/results-schema.md, schemaVersion 2)',
      ) as unknown as Argv<ExportArgs>,
  handler: (args) => {
    const dbPath = join(studyFolder(args.reports, args.study), 'study.sqlite');
    if (!existsSync(dbPath)) throw noStudy(args.study, args.reports, dbPath);
    if (args.out) checkOutput(args.out);
    const store = StudyStore.open(dbPath);
    try {
      const meta = store.readMeta();
      if (!meta) throw new CommandError(`${dbPath} holds no study`);
      if (args.format === 'peers') {
        const text = `${JSON.stringify(peersFromStore(store, meta.name), null, 2)}\n`;
        if (args.out) writeFileSync(args.out, text);
        else process.stdout.write(text);
        return;
      }
      if (args.format === 'csv') {
        const text = sitesCsv(store, (meta.config as { groupBy?: string } | undefined)?.groupBy);
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

/**
 * `--out` in a folder that does not exist, or naming a folder: said before anything is read. An
 * output that cannot be written fails (exit 1), as in `sites import`; a missing input is bad usage.
 */
function checkOutput(out: string): void {
  const folder = dirname(resolve(out));
  if (!existsSync(folder)) {
    throw new CommandError(`cannot write ${out}: the folder ${folder} does not exist`, 'Create it first, or write elsewhere.');
  }
  if (existsSync(out) && statSync(out).isDirectory()) throw new CommandError(`cannot write ${out}: it is a folder`, 'Give a file name.');
}

/** The rows of the report's data/sites.csv (columns: docs/report-exports.md). */
function sitesCsv(store: StudyStore, groupBy: string | undefined): string {
  const lines = [exportColumns['sites.csv'].join(',')];
  for (const site of store.siteResults()) {
    lines.push(csvRow(sitesCsvRow(site, peerGroupKey(site.institution, groupBy))));
  }
  return `${lines.join('\r\n')}\r\n`;
}
