// A town hall page on 127.0.0.1 that pulls sub-resources from a second server on 127.0.0.2 (a
// stylesheet, a script, an image, an iframe, a fetch(), a WebSocket) and from the metadata
// service: what a browser behind the network policy must never reach. The second server counts
// what it receives; the tests call 127.0.0.1 public and 127.0.0.2 private.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type AddressClassifier, classifyAddress } from '../../src/network/index.js';

export const classifyForTests: AddressClassifier = (address) =>
  address === '127.0.0.1' ? 'public' : address === '127.0.0.2' ? 'private' : classifyAddress(address);

export interface SubresourceSite {
  /** The page, on 127.0.0.1. */
  url: string;
  /** A JavaScript-only home page (an empty app root) whose script comes from the private server. */
  appUrl: string;
  /** Requests the page's server received (paths). */
  pageRequests: string[];
  /** Requests the private server on 127.0.0.2 received (paths), upgrades included. */
  privateRequests: string[];
  /** The private server's origin. */
  privateOrigin: string;
  close(): Promise<void>;
}

export async function startSubresourceSite(): Promise<SubresourceSite> {
  const privateRequests: string[] = [];
  const pageRequests: string[] = [];
  const privateServer = createServer((request, response) => {
    privateRequests.push(request.url ?? '/');
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.end('secret');
  });
  privateServer.on('upgrade', (request, socket) => {
    privateRequests.push(request.url ?? '/');
    socket.destroy();
  });
  await listen(privateServer, '127.0.0.2');
  const privateOrigin = `http://127.0.0.2:${(privateServer.address() as AddressInfo).port}`;
  const page = `<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="Mairie de Test-sur-Loire : horaires, démarches, actualités.">
  <title>Mairie de Test-sur-Loire</title>
  <link rel="stylesheet" href="${privateOrigin}/style.css">
  <script src="${privateOrigin}/script.js"></script>
  <script src="http://169.254.169.254/latest/meta-data/"></script>
</head>
<body>
  <h1>Mairie de Test-sur-Loire</h1>
  <p>Horaires d’ouverture de la mairie : du lundi au vendredi, de 9 h à 12 h.</p>
  <img src="${privateOrigin}/photo.png" alt="La mairie" width="10" height="10">
  <iframe src="${privateOrigin}/cadre" title="Carte"></iframe>
  <script>
    fetch('${privateOrigin}/donnees').catch(() => undefined);
    try { new WebSocket('${privateOrigin.replace('http', 'ws')}/ws'); } catch (error) {}
    document.body.insertAdjacentHTML('beforeend', '<p id="rendu">Contenu ajouté par JavaScript</p>');
  </script>
</body>
</html>`;
  // The raw HTML has nothing; the inline script writes the town's links and text, as an app would.
  const words = 'La mairie vous accueille du lundi au vendredi pour vos démarches administratives. '.repeat(12);
  const links = ['mairie', 'services', 'actualites', 'contact', 'mentions-legales'].map((path) => `<a href="/appli/${path}">${path}</a>`);
  const app = `<!doctype html><html lang="fr"><meta charset="utf-8"><title>Appli</title>
<noscript>Activez JavaScript pour consulter le site.</noscript><div id="app"></div>
<script src="${privateOrigin}/app.js"></script>
<script>document.getElementById('app').innerHTML = ${JSON.stringify(`<h1>Appli-sur-Test</h1><p>${words}</p><nav>${links.join(' ')}</nav>`)};</script></html>`;
  const pageServer = createServer((request, response) => {
    pageRequests.push(request.url ?? '/');
    if (request.url === '/' || request.url === '/appli/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(request.url === '/' ? page : app);
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('introuvable');
    }
  });
  await listen(pageServer, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${(pageServer.address() as AddressInfo).port}/`,
    appUrl: `http://127.0.0.1:${(pageServer.address() as AddressInfo).port}/appli/`,
    pageRequests,
    privateRequests,
    privateOrigin,
    close: async () => {
      for (const server of [pageServer, privateServer]) server.closeAllConnections();
      await Promise.all([pageServer, privateServer].map((server) => new Promise<void>((done) => server.close(() => done()))));
    },
  };
}

function listen(server: Server, address: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, address, () => resolve());
  });
}
