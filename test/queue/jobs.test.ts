// What travels through Redis: queue URLs, job ids, results, and what a worker refuses to run.
import { describe, expect, it } from 'vitest';
import { defaultStudyConfig, toolVersion } from '../../src/config.js';
import { parseQueueUrl, QueueUrlError } from '../../src/queue/connection.js';
import { runOfJob, siteJobId, studyOfRun, studyRunId } from '../../src/queue/keys.js';
import { refusalOf, studyRequirements, type WorkerCapabilities } from '../../src/queue/requirements.js';
import { decodeResult, encodeResult } from '../../src/queue/result-codec.js';
import { parseSiteJob, requirementsOf, SiteJobError } from '../../src/queue/site-job.js';
import type { SiteResult } from '../../src/model/index.js';
import { siteResult } from '../helpers/site-result.js';

describe('queue URLs', () => {
  it('reads host, port and database, and never prints the password', () => {
    const address = parseQueueUrl('redis://muniseo:s3cret@10.0.0.5:6380/2');
    expect(address).toMatchObject({ host: '10.0.0.5', port: 6380, db: 2, username: 'muniseo', password: 's3cret', tls: false });
    expect(address.display).toBe('redis://muniseo@10.0.0.5:6380/2');
    expect(parseQueueUrl('rediss://cache.example/').tls).toBe(true);
    expect(parseQueueUrl('redis://127.0.0.1').port).toBe(6379);
  });

  it.each(['http://127.0.0.1:6379/0', 'redis://127.0.0.1:6379/zero', 'not a url'])('refuses %s', (url) => {
    expect(() => parseQueueUrl(url)).toThrow(QueueUrlError);
  });
});

describe('job ids', () => {
  it('carry the run, never a colon, and tell the run back', () => {
    const run = studyRunId('mayenne-2026', '2026-05-14T10:15:30.123Z');
    expect(run).toBe('mayenne-2026@20260514T101530123Z');
    expect(studyOfRun(run)).toBe('mayenne-2026');
    const id = siteJobId(run, 'urn:insee:53130');
    expect(id).not.toContain(':');
    expect(runOfJob(id)).toBe(run);
    expect(siteJobId(run, 'a%3Ab')).not.toBe(siteJobId(run, 'a:b'));
  });
});

describe('results on their way back', () => {
  it('come back as they left, smaller', () => {
    const base = siteResult('commune-x');
    const pages = Array.from({ length: 120 }, (_, index) => ({
      ...base.pages[0]!,
      url: `${base.institution.url}page-${index}/`,
      title: `Page ${index}`,
    }));
    const result = { ...base, pages };
    const encoded = encodeResult(result);
    expect(encoded.length).toBeLessThan(JSON.stringify(result).length / 3);
    expect(decodeResult(encoded, 'test', result.institution.id)).toEqual(JSON.parse(JSON.stringify(result)));
  });

  it('are refused when damaged or not a result', () => {
    expect(() => decodeResult('not brotli', 'redis job x')).toThrow(/cannot be decompressed/);
    expect(() => decodeResult(undefined, 'redis job x')).toThrow(/returned no result/);
    const notAResult = encodeResult({ hello: 'world' } as unknown as SiteResult);
    expect(() => decodeResult(notAResult, 'redis job x')).toThrow(/does not match muniseo's model/);
  });
});

describe('what a worker refuses', () => {
  const worker: WorkerCapabilities = {
    muniseo: toolVersion,
    lighthouse: '12.2.3',
    chromiumMajor: 131,
    chromePath: '/usr/bin/chromium',
    allowPrivateNetwork: false,
  };
  const config = defaultStudyConfig();
  const requires = (overrides: { privateNetwork?: boolean; chromiumMajor?: number; lighthouse?: boolean } = {}) => {
    const studyConfig = { ...config, lighthouse: { ...config.lighthouse, enabled: overrides.lighthouse ?? true } };
    return studyRequirements(studyConfig, {
      lighthouse: '12.2.3',
      chromiumMajor: overrides.chromiumMajor ?? 131,
      privateNetwork: overrides.privateNetwork ?? false,
    });
  };

  it('takes a study it can run as asked', () => {
    expect(refusalOf(requires(), worker)).toBeUndefined();
  });

  it('refuses another muniseo, Lighthouse or Chromium', () => {
    expect(refusalOf({ ...requires(), muniseo: '0.0.9' }, worker)).toMatch(/muniseo 0.0.9/);
    expect(refusalOf({ ...requires(), lighthouse: '11.0.0' }, worker)).toMatch(/Lighthouse 11.0.0/);
    expect(refusalOf(requires({ chromiumMajor: 130 }), worker)).toMatch(/Chromium 130/);
    expect(refusalOf(requires(), { ...worker, chromePath: undefined })).toMatch(/no Chromium/);
  });

  it('does not care about Chromium when the study runs no Lighthouse', () => {
    expect(refusalOf(requires({ lighthouse: false, chromiumMajor: 99 }), { ...worker, chromePath: undefined })).toBeUndefined();
  });

  it('refuses private addresses unless it was started with --allow-private-network', () => {
    expect(refusalOf(requires({ privateNetwork: true }), worker)).toMatch(/--allow-private-network/);
    expect(refusalOf(requires({ privateNetwork: true }), { ...worker, allowPrivateNetwork: true })).toBeUndefined();
  });

  it('reads a job strictly, and its requirements first', () => {
    const job = {
      runId: 'r@1',
      study: 'r',
      institution: { id: 'a', name: 'A', kind: 'commune', url: 'https://a.test/' },
      config,
      requires: requires(),
    };
    expect(parseSiteJob(job).institution.id).toBe('a');
    expect(() => parseSiteJob({ ...job, institution: { id: 'a' } })).toThrow(SiteJobError);
    expect(requirementsOf({ requires: job.requires, config: 'from a future muniseo' }).muniseo).toBe(toolVersion);
  });
});
