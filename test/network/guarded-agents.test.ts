// The guarded agents under node:http: one resolution per connection, the socket pinned to the
// address that was checked, so a name that changes its answer between the check and the connect
// (DNS rebinding) cannot reach a private address.
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo, LookupFunction } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AddressClassifier, classifyAddress, GuardedHttpAgent, NetworkPolicy, RefusedConnection } from '../../src/network/index.js';
import { guardConnects, type ConnectGuard } from './connect-guard.js';

const classify: AddressClassifier = (address) =>
  address === '127.0.0.1' ? 'public' : address === '127.0.0.2' ? 'private' : classifyAddress(address);

let servers: { server: Server; hits: number }[] = [];
let port = 0;
beforeAll(async () => {
  // The same port on both addresses: only the address a socket connects to tells them apart.
  const first = { server: createServer((_, response) => (first.hits++, response.end('public'))), hits: 0 };
  await new Promise<void>((done) => first.server.listen(0, '127.0.0.1', done));
  port = (first.server.address() as AddressInfo).port;
  const second = { server: createServer((_, response) => (second.hits++, response.end('private'))), hits: 0 };
  await new Promise<void>((done, fail) => second.server.once('error', fail).listen(port, '127.0.0.2', done));
  servers = [first, second];
});
afterAll(() => Promise.all(servers.map(({ server }) => new Promise<void>((done) => server.close(() => done())))));

let guard: ConnectGuard;
beforeEach(() => {
  guard = guardConnects();
});
afterEach(() => {
  guard.restore();
  expect(guard.blocked).toEqual([]);
});

const fetchThrough = (agent: GuardedHttpAgent, url: string) =>
  new Promise<string>((resolve, reject) => {
    get(url, { agent }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve(body));
    }).on('error', reject);
  });

describe('a name that answers a public address, then a private one', () => {
  it('is resolved once per connection, and the connection that would go private is refused', async () => {
    const answers = ['127.0.0.1', '127.0.0.2'];
    const asked: string[] = [];
    const rebinding: LookupFunction = (hostname, options, callback) => {
      const address = answers[Math.min(asked.length, answers.length - 1)] as string;
      asked.push(address);
      if (options.all) callback(null, [{ address, family: 4 }]);
      else callback(null, address, 4);
    };
    const agent = new GuardedHttpAgent(new NetworkPolicy({ classify, lookup: rebinding }), { keepAlive: false });
    try {
      expect(await fetchThrough(agent, `http://rebond.test:${port}/`)).toBe('public');
      const second = await fetchThrough(agent, `http://rebond.test:${port}/`).catch((error: unknown) => error);
      expect(second).toBeInstanceOf(RefusedConnection);
      expect((second as RefusedConnection).refusal).toMatchObject({ host: 'rebond.test', address: '127.0.0.2', addressClass: 'private' });
      // One resolution for each connection: nothing resolved the name again behind the policy's back.
      expect(asked).toEqual(['127.0.0.1', '127.0.0.2']);
      expect(servers.map(({ hits }) => hits)).toEqual([1, 0]);
      expect(guard.connects.map((connect) => connect.addresses)).toEqual([['127.0.0.1']]);
    } finally {
      agent.destroy();
    }
  });
});
