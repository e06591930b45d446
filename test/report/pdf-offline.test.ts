// The PDF is printed offline: whatever the HTML names (text a crawled site slipped into the report,
// a stylesheet, an image, a fetch, a WebSocket), Chromium loads the report's own file and nothing else.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { findChrome } from '../../src/browser/chrome.js';
import { printPdf } from '../../src/report/pdf.js';

let server: Server;
let dir: string;
const received: string[] = [];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'muniseo-pdf-'));
  server = createServer((request, response) => {
    received.push(request.url ?? '/');
    response.end('x');
  });
  server.on('upgrade', (request, socket) => {
    received.push(request.url ?? '/');
    socket.destroy();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((done) => server.close(() => done()));
  rmSync(dir, { recursive: true, force: true });
});

it('prints the report without a single request to the network', async () => {
  expect(findChrome(), 'a system Chromium (CHROME_PATH or /usr/bin/chromium)').toBeTruthy();
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const html = join(dir, 'index.html');
  writeFileSync(
    html,
    `<!doctype html><html lang="fr"><meta charset="utf-8"><title>Étude</title>
    <link rel="stylesheet" href="${origin}/style.css">
    <img src="${origin}/pixel.png" alt="">
    <iframe src="${origin}/cadre"></iframe>
    <script>fetch('${origin}/donnees').catch(() => undefined); try { new WebSocket('${origin.replace('http', 'ws')}/ws'); } catch (e) {}</script>
    <h1>Étude des sites des communes</h1></html>`,
  );
  const pdf = join(dir, 'report.pdf');
  await printPdf(html, pdf, { header: 'Données fictives' });
  expect(statSync(pdf).size).toBeGreaterThan(1000);
  expect(received).toEqual([]);
});
