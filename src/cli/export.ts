import { closeSync, existsSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { peerGroupKey } from '../institutions/index.js';
import { csvRow, exportColumns, sitesCsvRow } from '../report/csv-exports.js';
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
  describe: "Print or write a study's results (JSON schema v1, or the sites CSV)",
  builder: (yargs) =>
    (yargs as Argv<object>)
      .options({
        study: { ...studyOption, demandOption: true },
        reports: reportsOption,
        format: {
          choices: ['json', 'csv'] as const,
          demandOption: true,
          describe: 'json: docs/results-schema.md; csv: one row per site, as data/sites.csv (docs/report-exports.md)',
        },
        out: { type: 'string', describe: 'Write to this file instead of stdout' },
      })
      .example(
        '$0 export --study demo --format json > results.json',
        'The documented results, schemaVersion 1',
      ) as unknown as Argv<ExportArgs>,
  handler: (args) => {
    const dbPath = join(studyDirOf(args.reports, args.study), 'study.sqlite');
    if (!existsSync(dbPath)) throw new CommandError(`no study "${args.study}" in ${args.reports} (looked for ${dbPath})`);
    const store = StudyStore.open(dbPath);
    try {
      const meta = store.readMeta();
      if (!meta) throw new CommandError(`${dbPath} holds no study`);
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

/** The rows of the report's data/sites.csv (columns: docs/report-exports.md). */
function sitesCsv(store: StudyStore, groupBy: string | undefined): string {
  const lines = [exportColumns['sites.csv'].join(',')];
  for (const site of store.siteResults()) {
    lines.push(csvRow(sitesCsvRow(site, peerGroupKey(site.institution, groupBy))));
  }
  return `${lines.join('\r\n')}\r\n`;
}
