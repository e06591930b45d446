// Which browser a worker's run gets, with stand-in browsers: no browser audits an origin twice, and a
// browser is launched only when a run needs one.
import { describe, expect, it } from 'vitest';
import { BrowserPool, type PoolBrowser } from '../../src/lighthouse/browser-pool.js';
import type { BrowserReuse } from '../../src/lighthouse/worker-protocol.js';

class StandInBrowser implements PoolBrowser {
  alive = true;
  closed = false;
  constructor(readonly name: string) {}
  async close() {
    this.closed = true;
    this.alive = false;
  }
}

function pool(reuse: BrowserReuse, runsPerBrowser = 50) {
  const launched: StandInBrowser[] = [];
  const browsers = new BrowserPool<StandInBrowser>({
    reuse,
    runsPerBrowser,
    launch: async () => {
      const browser = new StandInBrowser(`browser ${launched.length + 1}`);
      launched.push(browser);
      return browser;
    },
  });
  /** One run: the browser it got, and how many launches it waited for. */
  const run = async (origin: string) => {
    const before = browsers.launches;
    const browser = await browsers.take(origin);
    const waitedFor = browsers.launches - before;
    await browsers.prepare();
    return { browser: browser.name, waitedFor };
  };
  return { browsers, launched, run };
}

const townA = 'https://www.ville-a.example';
const townB = 'https://www.ville-b.example';

describe('a browser pool that reuses browsers for other origins', () => {
  it('audits one site after another in the one browser launched ahead, without a wait', async () => {
    const { browsers, run, launched } = pool('other-origins');
    await browsers.warm();
    const runs = [await run(townA), await run(townB), await run('https://www.ville-c.example')];
    expect(runs.map((entry) => entry.browser)).toEqual(['browser 1', 'browser 1', 'browser 1']);
    expect(runs.map((entry) => entry.waitedFor)).toEqual([0, 0, 0]);
    expect(launched).toHaveLength(1);
  });

  it('launches a browser for each page of a site it has audited, the third replacing one of the first two', async () => {
    const { browsers, run, launched } = pool('other-origins');
    await browsers.warm();
    const runs = [await run(townA), await run(townA), await run(townA)];
    expect(runs.map((entry) => entry.browser)).toEqual(['browser 1', 'browser 2', 'browser 3']);
    expect(runs.map((entry) => entry.waitedFor)).toEqual([0, 1, 1]);
    expect(launched.filter((browser) => !browser.closed)).toHaveLength(2);
  });

  it('audits another site in the browsers already open', async () => {
    const { browsers, run, launched } = pool('other-origins');
    await browsers.warm();
    await run(townA);
    await run(townA);
    await run(townB);
    await run(townB);
    expect(launched).toHaveLength(2);
    expect(browsers.audited).toEqual([
      [townA, townB],
      [townA, townB],
    ]);
  });

  it('never lets a browser audit an origin twice, even after a redirect to it', async () => {
    const { browsers, run } = pool('other-origins');
    const first = await browsers.take(townB);
    browsers.landed(first, townA);
    await browsers.prepare();
    expect((await run(townA)).browser).not.toBe(first.name);
    for (const origins of browsers.audited) expect(new Set(origins).size).toBe(origins.length);
  });

  it('keeps two browsers open at most, and closes the ones it lets go', async () => {
    const { browsers, run, launched } = pool('other-origins');
    for (let page = 0; page < 5; page++) await run(townA);
    expect(browsers.audited).toHaveLength(2);
    expect(launched.filter((browser) => !browser.closed)).toHaveLength(2);
    await browsers.close();
    expect(launched.every((browser) => browser.closed)).toBe(true);
  });

  it('replaces a browser that crashed, or that reached its number of runs', async () => {
    const { run, launched } = pool('other-origins', 2);
    await run(townA);
    (launched[0] as StandInBrowser).alive = false;
    const used = [];
    for (const origin of [townB, townA, townB, townA, townB]) used.push((await run(origin)).browser);
    expect(used).not.toContain('browser 1');
    expect(launched[0]?.closed).toBe(true);
    const runsPerBrowser = used.reduce((counts, name) => counts.set(name, (counts.get(name) ?? 0) + 1), new Map<string, number>());
    expect(Math.max(...runsPerBrowser.values())).toBeLessThanOrEqual(2);
  });
});

describe('a browser pool that never reuses a browser', () => {
  it('gives every run a browser of its own, launched while the previous run ended', async () => {
    const { browsers, run, launched } = pool('never');
    await browsers.warm();
    const runs = [await run(townA), await run(townB), await run(townA)];
    expect(new Set(runs.map((entry) => entry.browser)).size).toBe(3);
    expect(runs.map((entry) => entry.waitedFor)).toEqual([0, 0, 0]);
    expect(launched.filter((browser) => !browser.closed)).toHaveLength(1);
  });
});
