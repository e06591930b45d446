// The benchmark's web: `hosts` generated municipal sites of `pages` pages each, every site on
// its own loopback address (127.0.1.1, 127.0.1.2, …), served from this separate process so
// that its CPU is not counted against the crawler being measured. Pages are generated on
// the fly by the fixture generator (about 10 KB of HTML, 20 links each).
import { createServer } from 'node:http';
import { municipalPage } from '../../dist/fixtures/municipal-pages.js';

const [hosts, pagesPerHost, large = 0] = process.argv.slice(2).map(Number);

function minutesPage(number) {
  const items = [];
  for (let index = 0, length = 0; length < 1024 * 1024; index += 1) {
    const item = `<li><a href="#deliberation-${index}">Délibération n° ${number}-${index} : vote du budget annexe de l’eau</a> adoptée à l’unanimité</li>`;
    items.push(item);
    length += item.length;
  }
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Comptes rendus du conseil municipal (${number})</title></head><body><main><h1>Comptes rendus</h1><ul>${items.join('')}</ul></main></body></html>`;
}
const minutes = Array.from({ length: large }, (_, index) => Buffer.from(minutesPage(index + 1), 'utf8'));
const minutesLinks = minutes.map((_, index) => `<a href="/comptes-rendus/${index + 1}/">Comptes rendus ${index + 1}</a>`).join('');
const robots = 'User-agent: *\nDisallow:\n';
const servers = [];
const origins = [];

for (let index = 0; index < hosts; index += 1) {
  const address = `127.0.1.${index + 1}`;
  const generator = { type: 'municipal-site', pages: pagesPerHost, fanout: 8, seed: index + 1, commune: `Benchville-${index + 1}` };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://${address}`);
    if (url.pathname === '/robots.txt') {
      response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(robots) });
      response.end(robots);
      return;
    }
    const minute = /^\/comptes-rendus\/(\d+)\/$/.exec(url.pathname);
    if (minute && minutes[Number(minute[1]) - 1]) {
      const page = minutes[Number(minute[1]) - 1];
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': page.length });
      response.end(page);
      return;
    }
    const generated = municipalPage(generator, url);
    const html = generated && url.pathname === '/' ? generated.replace('</body>', `${minutesLinks}</body>`) : generated;
    const body = Buffer.from(html ?? '<!doctype html><title>Page introuvable</title><h1>Page introuvable</h1>', 'utf8');
    response.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
    response.end(body);
  });
  server.keepAliveTimeout = 5000;
  await new Promise((done) => server.listen(0, address, done));
  servers.push(server);
  origins.push(`http://${address}:${server.address().port}`);
}

process.send?.({ origins });
process.on('message', (message) => {
  if (message === 'stop') {
    for (const server of servers) {
      server.close();
      server.closeAllConnections();
    }
    process.exit(0);
  }
});
