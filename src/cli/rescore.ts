// muniseo rescore --study S: a stored study's index recomputed under the current definition from
// its stored check results, when only scoring changed since it was audited. When the checks
// themselves changed, the stored verdicts are not what the catalogue would find now: it says
// which checks, and that a new crawl is needed.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { catalogue, checkWeights } from '../checks/catalogue.js';
import { catalogueVersion, checksChangedSince, type CatalogueChange } from '../checks/catalogue-versions.js';
import type { SiteResult } from '../model/index.js';
import { indexForSite, indexVersion } from '../scoring/index.js';
import { studyFolder } from '../store/study-folder.js';
import { StudyStore } from '../store/study-store.js';
import { cliText, type CliLang } from './cli-strings.js';
import { langOption, noStudy, reportsOption, studyOption } from './shared-options.js';
import { CommandError } from './usage-error.js';

export interface RescoreOptions {
  /** The catalogue's history; the module's by default (tests pass their own). */
  changes?: readonly CatalogueChange[];
  currentCatalogueVersion?: number;
}

export interface RescoreOutcome {
  /** Sites with an index stored (audited, or closed to every search engine). */
  sites: number;
  /** Index versions the stored results were scored under. */
  fromVersions: number[];
  /** Sites whose score or level the current definition changes. */
  changedScore: number;
  changedLevel: number;
}

/** Checks the stored results cannot stand for: changed since the study, new, or gone from the catalogue. */
export interface StaleChecks {
  changed: string[];
  added: string[];
  removed: string[];
  /**
   * Facts the current definition scores with that the stored results lack: `visibility` (what
   * search engines may crawl and index, recorded since index version 2) on audited sites.
   */
  missingFacts: string[];
}

/** What the stored results lack for a rescore; none when only scoring changed. */
export function staleChecks(store: StudyStore, options: RescoreOptions = {}): StaleChecks | undefined {
  const since = store.readMeta()?.catalogueVersion ?? 1;
  const current = options.currentCatalogueVersion ?? catalogueVersion;
  const changed = since < current ? checksChangedSince(since, options.changes) : [];
  const stored = new Set<string>();
  let audited = 0;
  let withoutVisibility = 0;
  for (const result of store.siteResults()) {
    if (result.outcome !== 'ok') continue;
    audited += 1;
    if (!result.visibility) withoutVisibility += 1;
    for (const check of result.checks) stored.add(check.id);
  }
  const known = new Set(catalogue.map((check) => check.id));
  const added = audited === 0 ? [] : [...known].filter((id) => !stored.has(id)).sort();
  const removed = [...stored].filter((id) => !known.has(id)).sort();
  const missingFacts = withoutVisibility > 0 ? ['visibility'] : [];
  if (changed.length + added.length + removed.length + missingFacts.length === 0) return undefined;
  return { changed, added, removed, missingFacts };
}

/** Recomputes every stored index under the current definition, in one transaction. */
export function rescoreStudy(store: StudyStore, options: RescoreOptions = {}): RescoreOutcome | StaleChecks {
  const stale = staleChecks(store, options);
  if (stale) return stale;
  // Read first, write after: the store cannot write while it streams results.
  const updates: { id: string; index: SiteResult['index'] }[] = [];
  const fromVersions = new Set<number>();
  let changedScore = 0;
  let changedLevel = 0;
  for (const result of store.siteResults()) {
    const before = result.index;
    const after = indexForSite(checkWeights, result.outcome, result.checks, result.lighthouse.pages, result.visibility);
    if (before) fromVersions.add(before.version ?? 1);
    if (!before && !after) continue;
    if (before?.score !== after?.score) changedScore += 1;
    if (before?.level !== after?.level) changedLevel += 1;
    updates.push({ id: result.institution.id, index: after });
  }
  store.transaction(() => {
    for (const update of updates) store.replaceSiteIndex(update.id, update.index);
  });
  const meta = store.readMeta();
  if (meta) store.writeMeta({ ...meta, rescoredAt: new Date().toISOString() });
  return { sites: updates.length, fromVersions: [...fromVersions].sort(), changedScore, changedLevel };
}

interface RescoreArgs {
  study: string;
  reports: string;
  lang: CliLang;
}

export const rescoreCommand: CommandModule<object, RescoreArgs> = {
  command: 'rescore',
  describe: "Recompute a stored study's index under the current definition from its stored check results",
  builder: (yargs) =>
    (yargs as Argv<object>)
      .options({
        study: { ...studyOption, demandOption: true },
        reports: reportsOption,
        lang: { ...langOption, describe: 'Language of the messages' },
      })
      .example('$0 rescore --study mayenne-2025', 'Score the 2025 edition as this version does, to compare it with 2026')
      .epilog(
        'Exit codes: 0 rescored; 1 the checks changed since the study was audited (a new crawl is needed), or the study cannot be read; 2 bad usage.',
      ) as unknown as Argv<RescoreArgs>,
  handler: (args) => {
    const studyDir = studyFolder(args.reports, args.study);
    const dbPath = join(studyDir, 'study.sqlite');
    if (!existsSync(dbPath)) throw noStudy(args.study, args.reports, dbPath);
    const t = cliText(args.lang);
    const store = StudyStore.open(dbPath);
    try {
      const outcome = rescoreStudy(store);
      if ('changed' in outcome) {
        const list = (ids: string[]) => ids.join(', ');
        const parts = [
          ...(outcome.changed.length > 0 ? [t('rescoreChanged', { checks: list(outcome.changed) })] : []),
          ...(outcome.added.length > 0 ? [t('rescoreAdded', { checks: list(outcome.added) })] : []),
          ...(outcome.removed.length > 0 ? [t('rescoreRemoved', { checks: list(outcome.removed) })] : []),
          ...(outcome.missingFacts.length > 0 ? [t('rescoreMissingVisibility')] : []),
        ];
        throw new CommandError(t('rescoreRefused', { study: args.study, reasons: parts.join('; ') }), t('rescoreCrawlHint'));
      }
      process.stdout.write(
        `${t('rescoreDone', {
          sites: outcome.sites,
          version: indexVersion,
          from: outcome.fromVersions.join(', ') || '—',
          score: outcome.changedScore,
          level: outcome.changedLevel,
        })}\n`,
      );
    } finally {
      store.close();
    }
  },
};
