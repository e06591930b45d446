// node:http and node:https agents whose every new connection asks the network policy first. The
// agent resolves the host through the policy (exclusion list, then the classified addresses), and
// only then creates the socket, pinned to the addresses the policy allowed: a refused host never
// gets a socket, and the connect step is never reached.
import { Agent as HttpAgent, type AgentOptions as HttpAgentOptions } from 'node:http';
import { Agent as HttpsAgent, type AgentOptions as HttpsAgentOptions } from 'node:https';
import type { Duplex } from 'node:stream';
import { type NetworkPolicy, pinnedLookup } from './policy.js';

type SocketCallback = (error: Error | null, socket?: Duplex) => void;
type ConnectionOptions = { host?: string | null; hostname?: string | null; family?: number } & Record<string, unknown>;
type CreateConnection = (this: HttpAgent, options: ConnectionOptions, callback?: SocketCallback) => Duplex | undefined;

// Node's own socket factories: net.createConnection for http, tls.connect with session reuse for https.
const createHttpConnection = (HttpAgent.prototype as unknown as { createConnection: CreateConnection }).createConnection;
const createHttpsConnection = (HttpsAgent.prototype as unknown as { createConnection: CreateConnection }).createConnection;

/**
 * Node's agents accept a factory that answers through the callback (and returns nothing): the
 * request waits for the policy, then gets the socket or the refusal as its error.
 */
function guarded(policy: NetworkPolicy, create: CreateConnection): CreateConnection {
  return function (this: HttpAgent, options, callback) {
    const host = options.host ?? options.hostname ?? 'localhost';
    const family = options.family === 4 || options.family === 6 ? options.family : 0;
    policy.admit(host, family).then(
      (addresses) => {
        let socket: Duplex | undefined;
        try {
          socket = create.call(this, { ...options, lookup: pinnedLookup(addresses) });
        } catch (error) {
          callback?.(error as Error);
          return;
        }
        callback?.(null, socket);
      },
      (error: Error) => callback?.(error),
    );
    return undefined;
  };
}

export class GuardedHttpAgent extends HttpAgent {
  constructor(policy: NetworkPolicy, options: HttpAgentOptions = {}) {
    super(options);
    (this as unknown as { createConnection: CreateConnection }).createConnection = guarded(policy, createHttpConnection);
  }
}

export class GuardedHttpsAgent extends HttpsAgent {
  constructor(policy: NetworkPolicy, options: HttpsAgentOptions = {}) {
    super(options);
    (this as unknown as { createConnection: CreateConnection }).createConnection = guarded(policy, createHttpsConnection);
  }
}
