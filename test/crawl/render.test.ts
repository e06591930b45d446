// The renderer itself (src/crawl/render.ts), in the system Chromium against a loopback server: a
// render in a context of its own, a page that never answers given up without holding the next one,
// a closed renderer that says so, and a browser without the address bar's popups that keeps
// Playwright's own settings.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserRenderer, type RendererOptions } from '../../src/crawl/render.js';
import { chromium } from 'playwright';
import { disabledChromiumFeatures, findChrome } from '../../src/browser/chrome.js';

let server: Server;
let origin: string;
const requests: { path: string; cookie?: string; userAgent?: string }[] = [];

beforeAll(async () => {
  expect(findChrome(), 'a system Chromium (CHROME_PATH or /usr/bin/chromium)').toBeTruthy();
  server = createServer((request: IncomingMessage, response) => {
    const path = request.url ?? '/';
    requests.push({ path, cookie: request.headers.cookie, userAgent: request.headers['user-agent'] });
    // Never answered: the render must give up on its own.
    if (path === '/hang') return;
    if (path === '/favicon.ico') return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'set-cookie': 'visit=1; Path=/' });
    response.end(
      `<!doctype html><html lang="fr"><head><title>${path}</title></head><body><main id="app"></main>` +
        `<script>document.getElementById('app').textContent = 'Rendu ' + location.pathname;</script></body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const options = (overrides: Partial<RendererOptions> = {}): RendererOptions => ({
  userAgent: 'muniseo-test-renderer',
  timeoutMs: 10_000,
  concurrency: 2,
  maxChars: 1_000_000,
  network: { allowPrivateNetwork: true },
  ...overrides,
});

describe('the browser renderer', () => {
  it('renders each page in a context of its own: no cookie of one page reaches the next', async () => {
    const renderer = await BrowserRenderer.create(options());
    try {
      const [first, second] = await Promise.all([renderer!.render(`${origin}/un`), renderer!.render(`${origin}/deux`)]);
      const third = await renderer!.render(`${origin}/trois`);
      expect([first, second, third].map((page) => page.status)).toEqual([200, 200, 200]);
      expect(first.html).toContain('Rendu /un');
      expect(third.html).toContain('Rendu /trois');
      expect(third.finalUrl).toBe(`${origin}/trois`);
    } finally {
      await renderer?.close();
    }
    const pages = requests.filter((request) => ['/un', '/deux', '/trois'].includes(request.path));
    expect(pages).toHaveLength(3);
    // Each page set a cookie; none was sent back, and every request carried muniseo's User-Agent.
    expect(pages.map((request) => request.cookie)).toEqual([undefined, undefined, undefined]);
    expect(new Set(pages.map((request) => request.userAgent))).toEqual(new Set(['muniseo-test-renderer']));
  });

  it('gives up on a page that never answers, with the reason, and renders the next one', async () => {
    const renderer = await BrowserRenderer.create(options({ timeoutMs: 1_000, concurrency: 1 }));
    try {
      await expect(renderer!.render(`${origin}/hang`)).rejects.toThrow(/Timeout 1000ms exceeded|longer than/);
      const next = await renderer!.render(`${origin}/apres`);
      expect(next.html).toContain('Rendu /apres');
    } finally {
      await renderer?.close();
    }
  });

  it('fails renders in flight and to come once closed, instead of leaving them waiting', async () => {
    const renderer = await BrowserRenderer.create(options({ timeoutMs: 30_000, concurrency: 1 }));
    const hangsBefore = requests.filter((request) => request.path === '/hang').length;
    // Their failures are kept to be read once the renderer is closed.
    const hanging = renderer!.render(`${origin}/hang`).catch((error: unknown) => error);
    const waiting = renderer!.render(`${origin}/jamais`).catch((error: unknown) => error);
    // The first render has reached the server: Chromium is running and the page is loading.
    await expect
      .poll(() => requests.filter((request) => request.path === '/hang').length, { timeout: 20_000 })
      .toBeGreaterThan(hangsBefore);
    await renderer!.close();
    expect(await hanging).toEqual(new Error('the browser renderer was closed'));
    expect(await waiting).toEqual(new Error('the browser renderer was closed'));
    await expect(renderer!.render(`${origin}/plus-tard`)).rejects.toThrow('the browser renderer is closed');
    expect(requests.some((request) => request.path === '/jamais')).toBe(false);
  });

  it.runIf(process.platform === 'linux')(
    'renders in a browser with the address bar’s popups off, Playwright’s own features still off',
    async () => {
      // Playwright's list, from a browser it launches by itself (found by a switch Chromium ignores).
      const marker = `--muniseo-test=${process.pid}`;
      const plain = await chromium.launch({ executablePath: findChrome() as string, args: [marker] });
      const playwrights = lastDisabledFeatures((args) => args.includes(marker));
      await plain.close();
      expect(playwrights.length).toBeGreaterThan(0);
      expect(playwrights).not.toContain(disabledChromiumFeatures[0]);
      const renderer = await BrowserRenderer.create(options());
      try {
        expect((await renderer!.render(`${origin}/sans-popup`)).html).toContain('Rendu /sans-popup');
        // The renderer's browser: Chromium, started by this process through Playwright's pipe.
        const features = lastDisabledFeatures(
          (args, parent) => parent === process.pid && args.includes('--remote-debugging-pipe') && !args.includes(marker),
        );
        expect(features).toEqual(expect.arrayContaining([...playwrights, ...disabledChromiumFeatures]));
      } finally {
        await renderer?.close();
      }
    },
    60_000,
  );
});

/** The features of the last --disable-features (the one Chromium reads) of the one process `which` picks. */
function lastDisabledFeatures(which: (args: string[], parent: number) => boolean): string[] {
  const found: string[][] = [];
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (which(args, parent)) found.push(args);
    } catch {
      // gone meanwhile
    }
  }
  expect(found).toHaveLength(1);
  const switches = (found[0] as string[]).filter((arg) => arg.startsWith('--disable-features='));
  return (switches.at(-1) ?? '--disable-features=').slice('--disable-features='.length).split(',').filter(Boolean);
}
