// The benchmark's web: `sites` generated municipal sites of `pages` pages each, every site on its
// own loopback address (127.0.1.1, 127.0.1.2, … then 127.0.2.1…), every answer delayed by
// `delay` ms: a latency-bound study, as real communes' small servers make it. Served from this
// separate process so that its CPU is not counted against the auditors being measured.
import { createServer } from 'node:http';
import { municipalPage } from '../../dist/fixtures/municipal-pages.js';
import { loopbackAddress } from '../../dist/fixtures/server.js';

const [sites, pagesPerSite, delayMs] = process.argv.slice(2).map(Number);
const robots = 'User-agent: *\nDisallow:\n';
const servers = [];
const origins = [];

for (let index = 0; index < sites; index += 1) {
  const address = loopbackAddress(1, index + 1);
  const generator = { type: 'municipal-site', pages: pagesPerSite, fanout: 4, seed: index + 1, commune: `Latenceville-${index + 1}` };
  const server = createServer((request, response) => {
    setTimeout(() => {
      const url = new URL(request.url ?? '/', `http://${address}`);
      if (url.pathname === '/robots.txt') {
        response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(robots) });
        response.end(robots);
        return;
      }
      const html = municipalPage(generator, url);
      const body = Buffer.from(html ?? '<!doctype html><title>Page introuvable</title><h1>Page introuvable</h1>', 'utf8');
      response.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
      response.end(body);
    }, delayMs);
  });
  server.keepAliveTimeout = 5000;
  await new Promise((done) => server.listen(0, address, done));
  servers.push(server);
  origins.push(`http://${address}:${server.address().port}/`);
}

process.send?.({ origins });
// Orphaned (the benchmark stopped without saying so): stop too.
process.on('disconnect', () => process.exit(0));
process.on('message', (message) => {
  if (message === 'stop') {
    for (const server of servers) {
      server.close();
      server.closeAllConnections();
    }
    process.exit(0);
  }
});
