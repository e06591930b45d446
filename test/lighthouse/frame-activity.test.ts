// The frames a page still draws, seen live in a real Chromium through its compositor threads
// (src/lighthouse/frame-activity.ts): what lets a page settle early once it has stopped drawing.
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChrome } from '../../src/browser/chrome.js';
import { launchChromium, type Chromium } from '../../src/lighthouse/chromium.js';
import { frameMeter } from '../../src/lighthouse/frame-activity.js';

const pages: Record<string, string> = {
  // A slider's track sliding for good, as a carousel theme's transition does while it runs.
  '/diaporama': `<!doctype html><html lang="fr"><title>Diaporama</title>
<style>@keyframes defile { from { transform: translateX(0) } to { transform: translateX(-66%) } }
.piste { width: 300%; height: 300px; background: linear-gradient(90deg, #036, #6a9, #c93); animation: defile 2s linear infinite }</style>
<div class="piste"></div>`,
  '/mairie': '<!doctype html><html lang="fr"><title>Mairie</title><h1>Mairie de Bourg-Fictif</h1><p>Horaires d’ouverture.</p>',
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The meter's readings over `samples` samples of 100 ms, after the page has had `afterMs` to load. */
async function readings(chromium: Chromium, afterMs: number, samples = 5): Promise<number[]> {
  await sleep(afterMs);
  const meter = frameMeter(chromium.pid);
  const read: number[] = [];
  for (let index = 0; index < samples; index++) {
    await sleep(100);
    read.push(meter.sinceLast() as number);
  }
  return read;
}

describe.runIf(process.platform === 'linux')('the compositor threads of a real Chromium', () => {
  let server: Server;
  let origin: string;
  let chromium: Chromium;
  let browser: Browser;
  beforeAll(async () => {
    server = createServer((request, response) => {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(pages[request.url ?? ''] ?? '');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    chromium = await launchChromium(findChrome() as string, mkdtempSync(join(tmpdir(), 'muniseo-test-frames-')));
    browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chromium.port}`, defaultViewport: null });
  }, 60_000);
  afterAll(async () => {
    await browser?.disconnect();
    await chromium?.kill();
    server?.close();
  });

  it('work at every frame of a page that animates, above the threshold settling.ts uses', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/diaporama`);
    const read = await readings(chromium, 300);
    await page.close();
    // Every sample of 100 ms holds six frames' work: well over 1.5 ms.
    for (const milliseconds of read) expect(milliseconds).toBeGreaterThan(1.5);
  }, 60_000);

  it('fall silent on a page that has drawn what it shows, under the threshold', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/mairie`);
    const read = await readings(chromium, 1000);
    await page.close();
    expect(read.filter((milliseconds) => milliseconds < 1.5).length, read.join(' ')).toBeGreaterThanOrEqual(4);
  }, 60_000);

  it('count the drawing of a renderer that started after the meter, and nothing of a browser that is gone', async () => {
    const meter = frameMeter(chromium.pid);
    const page = await browser.newPage();
    await page.goto(`${origin}/diaporama`);
    await sleep(300);
    expect(meter.sinceLast()).toBeGreaterThan(1.5);
    await page.close();
    expect(frameMeter(2 ** 22 + 1).sinceLast()).toBe(0);
  }, 60_000);
});
