// The Lighthouse lane behind the network policy: every worker's Chromium goes through the policy's
// proxy, so a page audited by Lighthouse gets no sub-resource from a refused address, and still
// gets its scores. Two ways the proxy runs: in each worker process (what a study uses), and in the
// lane's process when the test replaces the classifier (a function cannot cross to a worker).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LighthouseConfig } from '../../src/config.js';
import { findChrome } from '../../src/browser/chrome.js';
import { lighthouseCategories, startLighthouseLane } from '../../src/lighthouse/index.js';
import type { NetworkPolicyOptions } from '../../src/network/index.js';
import { classifyForTests, startSubresourceSite, type SubresourceSite } from '../network/subresource-site.js';

const chromePath = findChrome() as string;
const config: LighthouseConfig = { enabled: true, pages: 0, runs: 1, formFactor: 'mobile', concurrency: 1, timeoutSecs: 120 };

let site: SubresourceSite;
beforeAll(async () => {
  expect(chromePath, 'a system Chromium (CHROME_PATH or /usr/bin/chromium)').toBeTruthy();
  site = await startSubresourceSite();
});
afterAll(() => site?.close());

async function audit(network: NetworkPolicyOptions): Promise<{ log: string[]; result: Awaited<ReturnType<typeof auditOnce>> }> {
  const log: string[] = [];
  const result = await auditOnce(network, log);
  return { log, result };
}

async function auditOnce(network: NetworkPolicyOptions, log: string[]) {
  const lane = await startLighthouseLane(config, { chromePath, network, log: (line) => log.push(line) });
  try {
    const [result] = await lane.audit([{ url: site.url, pageType: 'home', reason: 'test' }], ['mobile']);
    return result;
  } finally {
    await lane.close();
  }
}

describe('a page audited by Lighthouse', () => {
  it('with the classifier replaced (127.0.0.2 private): no request reaches the private server, the page is scored', async () => {
    const before = site.privateRequests.length;
    const { log, result } = await audit({ allowPrivateNetwork: false, classify: classifyForTests });
    expect(result?.error).toBeUndefined();
    for (const category of lighthouseCategories) expect(result?.scores[category], category).toBeTypeOf('number');
    expect(site.privateRequests.slice(before)).toEqual([]);
    expect(log.join('\n')).toMatch(/Chromium was refused 127\.0\.0\.2:\d+: not connecting to 127\.0\.0\.2: private address/);
    expect(log.join('\n')).toMatch(/Chromium was refused http:\/\/169\.254\.169\.254\/latest\/meta-data\/: .*cloud-metadata address/);
  });

  it('in a worker’s own proxy (loopback opened, 127.0.0.2 excluded): no request reaches the excluded server', async () => {
    const before = site.privateRequests.length;
    const { log, result } = await audit({ allowPrivateNetwork: true, exclude: ['127.0.0.2'] });
    expect(result?.error).toBeUndefined();
    expect(result?.scores.seo).toBeTypeOf('number');
    expect(site.privateRequests.slice(before)).toEqual([]);
    // The worker says so on its stderr, which the lane logs under the worker's name.
    expect(log.join('\n')).toMatch(/lighthouse worker 1\.1: Chromium was refused 127\.0\.0\.2:\d+: 127\.0\.0\.2 is on the exclusion list/);
    expect(log.join('\n')).toMatch(
      /lighthouse worker 1\.1: Chromium was refused http:\/\/169\.254\.169\.254\/latest\/meta-data\/: .*cloud-metadata/,
    );
  });
});
