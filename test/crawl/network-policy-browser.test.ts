// The crawl's JavaScript renderer behind the network policy: Chromium goes through the policy's
// proxy, so a page's sub-resources on a private address or the metadata service are never fetched,
// and the refusals are kept for the crawl to record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserRenderer } from '../../src/crawl/render.js';
import { crawlSite } from '../../src/crawl/site-crawl.js';
import { findChrome } from '../../src/browser/chrome.js';
import { guardConnects } from '../network/connect-guard.js';
import { classifyForTests, startSubresourceSite, type SubresourceSite } from '../network/subresource-site.js';
import { extractingParser, testConfig } from './helpers.js';

let site: SubresourceSite;
beforeAll(async () => {
  expect(findChrome(), 'a system Chromium (CHROME_PATH or /usr/bin/chromium)').toBeTruthy();
  site = await startSubresourceSite();
});
afterAll(() => site?.close());

describe('a page rendered in Chromium', () => {
  it('is rendered, while its sub-resources on a private address and the metadata service are refused', async () => {
    const guard = guardConnects();
    const renderer = await BrowserRenderer.create({
      userAgent: 'muniseo-test',
      timeoutMs: 30_000,
      concurrency: 1,
      maxChars: 1_000_000,
      network: { allowPrivateNetwork: false, classify: classifyForTests },
    });
    try {
      const rendered = await renderer!.render(site.url);
      expect(rendered.status).toBe(200);
      expect(rendered.html).toContain('Contenu ajouté par JavaScript');
      expect(site.pageRequests).toContain('/');
    } finally {
      await renderer?.close();
      guard.restore();
    }
    expect(site.privateRequests).toEqual([]);
    // The proxy runs in this process: its connect step never went beyond the page's own address.
    expect(guard.blocked).toEqual([]);
    expect(new Set(guard.connects.flatMap((connect) => connect.addresses))).toEqual(new Set(['127.0.0.1']));
    const refused = renderer!.refusals.map(({ target, refusal }) => [
      target,
      refusal.kind === 'address' ? refusal.addressClass : 'excluded',
    ]);
    const privateHost = new URL(site.privateOrigin).host;
    expect(refused).toContainEqual([privateHost, 'private']);
    expect(refused).toContainEqual(['http://169.254.169.254/latest/meta-data/', 'cloud-metadata']);
  });

  it('is a note of the crawl when a JavaScript-only site is rendered: the refusals are not skipped silently', async () => {
    const before = site.privateRequests.length;
    const crawl = await crawlSite(site.appUrl, testConfig({ allowPrivateNetwork: false, browserFallback: true, maxPages: 3 }), {
      parse: extractingParser().parse,
      network: { classify: classifyForTests },
    });
    expect(crawl.stats.renderedWith).toBe('browser');
    const note = crawl.reasonMessages?.find((message) => message.id === 'crawl.browserRefused');
    expect(note).toMatchObject({
      values: { count: expect.any(Number), first: { id: 'fetch.refusedAddress', values: { range: { id: 'address.private' } } } },
    });
    expect(crawl.reason).toMatch(/Chromium: \d+ request\(s\) refused by the network policy, first not connecting to 127\.0\.0\.2/);
    expect(site.privateRequests.slice(before)).toEqual([]);
  });
});
