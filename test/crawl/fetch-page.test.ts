// The HTTP client on its own, against a small server made for each case.
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer, type Server as NetServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError, HttpClient } from '../../src/crawl/fetch-page.js';
import { crawlMessages, type Message, renderCrawlMessage } from '../../src/model/index.js';

const page = '<!doctype html><title>Mairie</title><p>' + 'Horaires de la mairie. '.repeat(200) + '</p>';
let server: Server;
let origin: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    const encoded: Record<string, [string, Buffer]> = {
      '/gzip': ['gzip', gzipSync(page)],
      '/deflate': ['deflate', deflateSync(page)],
      '/br': ['br', brotliCompressSync(page)],
      '/corrupt': ['gzip', Buffer.from('pas du gzip du tout')],
    };
    const entry = encoded[path];
    if (entry) {
      response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': entry[0] });
      response.end(entry[1]);
      return;
    }
    const further = /^\/encore\/(\d+)$/.exec(path);
    if (further) {
      response.writeHead(302, { location: `/encore/${Number(further[1]) + 1}` });
      response.end();
      return;
    }
    if (path === '/boucle' || path === '/mauvaise') {
      response.writeHead(301, { location: path === '/boucle' ? '/boucle' : 'http://[pas-une-adresse' });
      response.end();
      return;
    }
    if (path === '/chunked-pdf') {
      response.writeHead(200, { 'content-type': 'application/pdf' });
      response.write(Buffer.alloc(3000));
      response.end(Buffer.alloc(2000));
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(page);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const limits = { userAgent: 'muniseo-test', timeoutMs: 3000, maxBytes: 1024 * 1024, maxRedirects: 5 };
/** The test servers listen on 127.0.0.1, which the network policy opens only on request. */
const loopback = { allowPrivateNetwork: true };

describe('HttpClient', () => {
  it('decodes gzip, deflate and brotli bodies', async () => {
    const client = new HttpClient(limits, loopback);
    try {
      for (const path of ['/gzip', '/deflate', '/br']) {
        const response = await client.fetch(`${origin}${path}`);
        expect(Buffer.from(response.body).toString()).toBe(page);
      }
    } finally {
      client.close();
    }
  });

  it('applies the byte cap to the decoded body, so a small compressed bomb stays small', async () => {
    const client = new HttpClient({ ...limits, maxBytes: 1000 }, loopback);
    try {
      const response = await client.fetch(`${origin}/gzip`);
      expect(response).toMatchObject({ size: 1000, truncated: true });
    } finally {
      client.close();
    }
  });

  it('says when a body cannot be decompressed', async () => {
    const client = new HttpClient(limits, loopback);
    try {
      await expect(client.fetch(`${origin}/corrupt`)).rejects.toThrow(/^body could not be decompressed/);
      await expect(client.fetch(`${origin}/corrupt`)).rejects.toMatchObject({
        kind: 'network',
        errorMessage: { id: 'fetch.undecompressable', values: { detail: expect.stringMatching(/^Z_|incorrect header check/) } },
      });
    } finally {
      client.close();
    }
  });

  it('measures a body it does not keep, even without Content-Length', async () => {
    const client = new HttpClient(limits, loopback);
    try {
      const response = await client.fetch(`${origin}/chunked-pdf`, { wantBody: () => false });
      expect(response).toMatchObject({ size: 5000, truncated: false, body: new Uint8Array(0) });
    } finally {
      client.close();
    }
  });

  describe('connect timeout', () => {
    let silent: NetServer;
    const sockets = new Set<Socket>();
    beforeAll(async () => {
      // Accepts TCP connections and says nothing: a TLS handshake never completes.
      silent = createNetServer((socket) => sockets.add(socket));
      await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done));
    });
    afterAll(() => {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((done) => silent.close(() => done()));
    });

    it('gives up opening a connection after connectTimeoutMs, with its own reason', async () => {
      const client = new HttpClient({ ...limits, connectTimeoutMs: 200 }, loopback);
      const port = (silent.address() as AddressInfo).port;
      try {
        const failure = await client.fetch(`https://127.0.0.1:${port}/`).catch((error: FetchError) => error);
        expect(failure).toBeInstanceOf(FetchError);
        expect(failure).toMatchObject({ kind: 'timeout', message: `could not connect to 127.0.0.1:${port} within 200 ms` });
        expect(failure).toMatchObject({ errorMessage: { id: 'fetch.connectTimeout', values: { host: `127.0.0.1:${port}`, ms: '200' } } });
        expect(renderCrawlMessage((failure as FetchError).errorMessage, 'fr')).toBe(
          `impossible de se connecter à 127.0.0.1:${port} en 200 ms`,
        );
      } finally {
        client.close();
      }
    });
  });
});

describe('kept-alive connections closed by the server', () => {
  it('sends the request again on a new connection when a pooled one turns out to be closed', async () => {
    // The server runs in its own process so that it can close the idle connection while this one is busy.
    const { spawn } = await import('node:child_process');
    const server = spawn(process.execPath, [
      '-e',
      `const http = require('node:http');
       const s = http.createServer((q, r) => { r.writeHead(200, { 'content-type': 'text/html', connection: 'keep-alive' }); r.end('<p>ok</p>', () => setTimeout(() => q.socket.destroy(), 20)); });
       s.keepAliveTimeout = 60000;
       s.listen(0, '127.0.0.1', () => console.log(s.address().port));`,
    ]);
    const port = await new Promise<string>((resolve) => server.stdout.once('data', (data: Buffer) => resolve(data.toString().trim())));
    const client = new HttpClient(limits, { ...loopback, maxSocketsPerHost: 1 });
    try {
      await client.fetch(`http://127.0.0.1:${port}/a`);
      // Busy for a moment: the server closes the connection, this process does not notice yet.
      const until = Date.now() + 300;
      while (Date.now() < until);
      const second = await client.fetch(`http://127.0.0.1:${port}/b`);
      expect(Buffer.from(second.body).toString()).toBe('<p>ok</p>');
    } finally {
      client.close();
      server.kill();
    }
  });
});

describe('the message of each failure', () => {
  /** A TCP server that answers each connection with `reply` (or closes it at once when undefined). */
  async function rawServer(reply: string | undefined): Promise<{ origin: string; close(): Promise<void> }> {
    const sockets = new Set<Socket>();
    const raw = createNetServer((socket) => {
      sockets.add(socket);
      socket.once('data', () => (reply === undefined ? socket.destroy() : socket.end(reply)));
    });
    await new Promise<void>((done) => raw.listen(0, '127.0.0.1', done));
    return {
      origin: `http://127.0.0.1:${(raw.address() as AddressInfo).port}`,
      close: () => {
        for (const socket of sockets) socket.destroy();
        return new Promise<void>((done) => raw.close(() => done()));
      },
    };
  }

  const failureOf = async (url: string, request: Parameters<HttpClient['fetch']>[1] = {}) => {
    const client = new HttpClient(limits, loopback);
    try {
      return await client.fetch(url, request).then(
        () => undefined,
        (error: FetchError) => error,
      );
    } finally {
      client.close();
    }
  };

  it('gives every kind of failure a message id and values, the English message being its rendering', async () => {
    const reset = await rawServer(undefined);
    const garbage = await rawServer('BONJOUR\r\n\r\n');
    // A port that was open a moment ago and is closed now refuses connections.
    const closed = await rawServer(undefined);
    await closed.close();
    const closedHost = new URL(closed.origin).host;
    try {
      const cases: [string, FetchError | undefined, string, Message][] = [
        ['refused', await failureOf(`${closed.origin}/`), 'refused', { id: 'fetch.refused', values: { host: closedHost } }],
        [
          'too many redirects',
          await failureOf(`${origin}/encore/0`),
          'too-many-redirects',
          { id: 'fetch.tooManyRedirects', values: { max: 5 } },
        ],
        [
          'redirect loop',
          await failureOf(`${origin}/boucle`),
          'redirect-loop',
          { id: 'fetch.redirectLoop', values: { chain: `${origin}/boucle → ${origin}/boucle` } },
        ],
        [
          'bad redirect',
          await failureOf(`${origin}/mauvaise`),
          'bad-redirect',
          { id: 'fetch.badRedirect', values: { location: 'http://[pas-une-adresse', url: `${origin}/mauvaise` } },
        ],
        ['aborted', await failureOf(`${origin}/`, { signal: AbortSignal.abort() }), 'aborted', { id: 'fetch.aborted' }],
        ['reset', await failureOf(`${reset.origin}/`), 'network', { id: 'fetch.reset', values: { host: new URL(reset.origin).host } }],
        [
          'malformed response',
          await failureOf(`${garbage.origin}/`),
          'network',
          { id: 'fetch.malformedResponse', values: { host: new URL(garbage.origin).host, code: expect.stringMatching(/^HPE_/) } },
        ],
      ];
      for (const [name, failure, kind, message] of cases) {
        expect(failure, name).toBeInstanceOf(FetchError);
        expect(failure, name).toMatchObject({ kind, errorMessage: message });
        expect(failure?.message, name).toBe(renderCrawlMessage(failure!.errorMessage, 'en'));
        expect(failure?.errorMessage.id ?? '', name).toBeOneOf(Object.keys(crawlMessages));
      }
      expect(cases.map(([, failure]) => renderCrawlMessage(failure!.errorMessage, 'fr'))).toEqual([
        `connexion refusée par ${closedHost}`,
        'plus de 5 redirections',
        `boucle de redirections : ${origin}/boucle → ${origin}/boucle`,
        `redirection invalide depuis ${origin}/mauvaise (en-tête Location « http://[pas-une-adresse »)`,
        'requête abandonnée : l’exploration a été arrêtée',
        `connexion interrompue par ${new URL(reset.origin).host}`,
        expect.stringMatching(new RegExp(`^réponse HTTP mal formée de ${new URL(garbage.origin).host} \\(HPE_\\w+\\)$`)),
      ]);
    } finally {
      await reset.close();
      await garbage.close();
    }
  });
});
