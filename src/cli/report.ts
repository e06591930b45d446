import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { findChrome, installChromeHelp } from '../browser/chrome.js';
import { studyFolder } from '../store/study-folder.js';
import { StudyStore } from '../store/study-store.js';
import { readPeers } from './peers-option.js';
import { groupByOption, langOption, noStudy, reportsOption, studyOption } from './shared-options.js';
import { CommandError, UsageError } from './usage-error.js';
import { cliText } from './cli-strings.js';
import { boundHeapGrowth, reportHeapGrowingPercent } from '../heap-growth.js';

interface ReportArgs {
  study: string;
  reports: string;
  lang: 'fr' | 'en';
  pdf: boolean;
  compare?: string;
  'group-by'?: string;
  peers?: string;
}

export const reportCommand: CommandModule<object, ReportArgs> = {
  command: 'report',
  describe: "Write a study's report: index.html, a page per site, data/*.csv, results.json",
  builder: (yargs) =>
    (yargs as Argv<object>)
      .options({
        study: { ...studyOption, demandOption: true },
        reports: reportsOption,
        lang: langOption,
        pdf: { type: 'boolean', default: false, describe: 'Also print the index to report.pdf with Chromium' },
        'group-by': groupByOption,
        compare: { type: 'string', describe: 'Another study (name, in the same reports folder) to compare with' },
        peers: {
          type: 'string',
          describe:
            'A published study (folder, study.sqlite, or `export --format peers` file): place each site among its peers (docs/peers.md)',
        },
      })
      .example('$0 report --study mayenne-2026 --lang en', 'The report in English')
      .example(
        '$0 report --study mayenne-2026 --compare mayenne-2025',
        'What changed since the last edition',
      ) as unknown as Argv<ReportArgs>,
  handler: async (args) => {
    const studyDir = studyFolder(args.reports, args.study);
    const dbPath = join(studyDir, 'study.sqlite');
    if (!existsSync(dbPath)) throw noStudy(args.study, args.reports, dbPath);
    const peers = args.peers === undefined ? undefined : readPeers(args.peers);
    let compareWith: string | undefined;
    if (args.compare) {
      compareWith = studyFolder(args.reports, args.compare);
      if (!existsSync(join(compareWith, 'study.sqlite'))) {
        throw new UsageError(`no study "${args.compare}" to compare with in ${args.reports}`, 'Check --compare and --reports.');
      }
    }
    if (compareWith) refuseOtherIndexVersions(args, dbPath, join(compareWith, 'study.sqlite'));
    const chromePath = args.pdf ? findChrome() : undefined;
    if (args.pdf && !chromePath) throw new CommandError(installChromeHelp);
    const store = StudyStore.open(dbPath);
    try {
      const { writeReport } = await import('../report/index.js');
      // The bound that suits a report's small heap (src/heap-growth.ts).
      boundHeapGrowth(reportHeapGrowingPercent);
      const written = await writeReport(store, {
        studyDir,
        lang: args.lang,
        pdf: args.pdf,
        compareWith,
        chromePath,
        groupBy: args['group-by'],
        ...(peers ? { peers } : {}),
      });
      process.stdout.write(`${written.indexPath}\n`);
    } finally {
      store.close();
    }
  },
};

/**
 * Two editions scored under different index definitions are not compared silently: their levels
 * and scores do not mean the same. The older one can be rescored (`muniseo rescore`).
 */
function refuseOtherIndexVersions(args: ReportArgs, currentPath: string, otherPath: string): void {
  const versionsOf = (path: string) => {
    const store = StudyStore.open(path);
    try {
      return store.indexVersions();
    } finally {
      store.close();
    }
  };
  const current = versionsOf(currentPath);
  const other = versionsOf(otherPath);
  const all = new Set([...current, ...other]);
  if (all.size <= 1) return;
  const t = cliText(args.lang);
  // The edition to rescore is the one scored under the older definition.
  const older = Math.min(...other) < Math.min(...current) ? args.compare! : args.study;
  throw new CommandError(
    t('compareRefused', { current: args.study, currentVersions: current.join(', '), other: args.compare, otherVersions: other.join(', ') }),
    t('compareRescoreHint', { study: older }),
  );
}
