// Pages for Lighthouse tests: a simple town-hall page, one with a ticking clock, one with long tasks, a forbidden one, one that never finishes.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Deliberately without meta description and with an image without alt: two known failing audits. */
export const simplePage = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mairie de Ville-Test – Site officiel</title></head>
<body><header><a href="/">Ville-Test</a></header>
<main><h1>Bienvenue à Ville-Test</h1>
<p>La mairie vous accueille du lundi au vendredi, de 9 h à 12 h et de 14 h à 17 h.</p>
<img src="/plan.svg" width="120" height="80">
<p><a href="/contact/">Contacter la mairie</a></p></main></body></html>`;

/**
 * The simple page with a clock that ticks every 300 ms, each tick a 15 ms task: too short for
 * Lighthouse's wait for a quiet CPU (it waits out tasks of 50 ms or more) and too rare to keep the page
 * from settling, but long enough for Lantern to count (10 ms): the page stays active after settling.
 */
export const tickingPage = simplePage.replace(
  '</body>',
  '<p id="horloge"></p><script>setInterval(function () { var end = performance.now() + 15; while (performance.now() < end); document.getElementById("horloge").textContent = new Date().toISOString(); }, 300);</script></body>',
);

/**
 * The simple page running a 60 ms task every 400 ms from 1.2 s to 4 s after its load event: long tasks
 * (over 50 ms) after Lighthouse has begun to watch for them, a second after the load.
 */
export const longTasksPage = simplePage.replace(
  '</body>',
  '<script>addEventListener("load", function () { setTimeout(function () { var n = 0; var timer = setInterval(function () { var end = performance.now() + 60; while (performance.now() < end); if (++n === 8) clearInterval(timer); }, 400); }, 800); });</script></body>',
);

const plan = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80"><rect width="120" height="80" fill="#8ab"/></svg>';

export interface TownHallServer {
  origin: string;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startTownHallServer(): Promise<TownHallServer> {
  const hanging = new Set<import('node:http').ServerResponse>();
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    requests.push(path);
    if (path === '/robots.txt') {
      response.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n');
    } else if (path === '/plan.svg') {
      response.writeHead(200, { 'content-type': 'image/svg+xml' }).end(plan);
    } else if (path === '/interdit/') {
      response
        .writeHead(403, { 'content-type': 'text/html; charset=utf-8' })
        .end('<!doctype html><title>Interdit</title><h1>Accès interdit</h1>');
    } else if (path === '/sans-fin/') {
      // Headers and a first chunk, then nothing: the page never finishes loading.
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.write('<!doctype html><html lang="fr"><head><title>Chargement…</title></head><body><p>Un instant');
      hanging.add(response);
    } else if (path === '/taches-longues/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(longTasksPage);
    } else if (path === '/horloge/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(tickingPage);
    } else if (path === '/' || path === '/contact/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(simplePage);
    } else {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Introuvable</title>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: async () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
