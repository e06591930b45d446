// `--peers reports/STUDY`: a published study (its folder or its study.sqlite) or the peers file
// `muniseo export --format peers` wrote from it, read before the audit, and refused at once when
// its index version is not this muniseo's (percentiles of two different indices mean nothing).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../logger.js';
import type { PeersFile } from '../model/index.js';
import { buildPeersFile, MixedIndexVersionsError, parsePeersFile, placeAmongPeers } from '../peers/index.js';
import { indexVersion } from '../scoring/index.js';
import { StudyStore } from '../store/study-store.js';
import { CommandError, UsageError } from './usage-error.js';

const hint = 'Give a study folder (reports/STUDY), its study.sqlite, or a file written by `muniseo export --format peers`.';

export function readPeers(path: string): PeersFile {
  if (!existsSync(path)) throw new UsageError(`--peers ${path}: no such file or folder`, hint);
  const database = statSync(path).isDirectory() ? join(path, 'study.sqlite') : path;
  if (statSync(path).isDirectory() && !existsSync(database)) throw new UsageError(`--peers ${path}: no study.sqlite in this folder`, hint);
  const peers = database.endsWith('.sqlite') ? fromStudy(database) : fromFile(path);
  if (peers.indexVersion !== indexVersion) {
    throw new UsageError(
      `--peers ${path}: the study "${peers.study}" was scored with index version ${peers.indexVersion}, and this muniseo scores with version ${indexVersion}; percentiles between two different indices would mean nothing`,
      peers.indexVersion < indexVersion
        ? 'Rescore the study under this definition (muniseo rescore --study NAME), then use it or export its peers again.'
        : 'Update muniseo to the version that audited the study.',
    );
  }
  return peers;
}

export function peersFromStore(store: StudyStore, study: string): PeersFile {
  try {
    const peers = buildPeersFile(study, store.siteResults(), new Date());
    if (peers.groups[0]?.audited === 0) {
      throw new CommandError(
        `${store.path}: the study "${study}" has no audited institution: there are no peers to compare with`,
        'Use a study whose audit has run.',
      );
    }
    return peers;
  } catch (error) {
    if (error instanceof MixedIndexVersionsError) {
      throw new CommandError(`${store.path}: ${error.message}`, 'Rescore it under one definition first: muniseo rescore --study NAME.');
    }
    throw error;
  }
}

function fromStudy(database: string): PeersFile {
  let store: StudyStore;
  try {
    store = StudyStore.open(database);
  } catch (error) {
    throw new UsageError(`--peers ${database}: not a muniseo study (${(error as Error).message})`, hint);
  }
  try {
    const meta = store.readMeta();
    if (!meta) throw new UsageError(`--peers ${database}: holds no study`, hint);
    return peersFromStore(store, meta.name);
  } finally {
    store.close();
  }
}

function fromFile(path: string): PeersFile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`--peers ${path}: not JSON (${(error as Error).message})`, hint);
  }
  try {
    return parsePeersFile(json);
  } catch (error) {
    throw new UsageError(`--peers ${path}: ${(error as Error).message}`, hint);
  }
}

/** Each audited site's place among the peers, in the log (the report's site page says it in full). */
export function printPeers(peers: PeersFile, studyDir: string, logger: Logger): void {
  const store = StudyStore.open(join(studyDir, 'study.sqlite'));
  const round = (value: number | null) => (value === null ? '—' : String(Math.round(value * 10) / 10));
  try {
    for (const site of store.siteResults()) {
      const comparison = site.index && (site.index.version ?? 1) === peers.indexVersion ? placeAmongPeers(site, peers) : undefined;
      if (!comparison) continue;
      const group = [comparison.group.kind, comparison.group.stratum].filter(Boolean).join(' ') || 'whole study';
      const scores = comparison.percentiles.map(
        (entry) => `${entry.key} ${round(entry.value)} (percentile ${round(entry.percentile)}, n=${entry.n})`,
      );
      logger.info(
        `${site.institution.name} among the peers of "${peers.study}" (${group}, ${comparison.group.audited} audited): ${scores.join('; ')}`,
      );
      const fixes = comparison.peerBackedFixes.map((fix) => `${fix.checkId} (${Math.round(fix.passingShare * 100)} % of peers pass it)`);
      if (fixes.length > 0) logger.info(`  fix first, as most peers did: ${fixes.join(', ')}`);
    }
  } finally {
    store.close();
  }
}
