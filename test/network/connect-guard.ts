// Watches every socket this process connects, at the connect step itself, and blocks any that would
// leave 127.0.0.0/8: a test of the network policy must not reach 10.0.0.1 or 169.254.169.254 even
// when the policy under test is broken. The addresses are read where the connection would take them:
// the host itself when it is an address, else what the socket's own resolver answers.
import { isIP, type LookupFunction, Socket } from 'node:net';
import { vi } from 'vitest';

export interface ConnectGuard {
  /** Every connect step reached: the host asked and the addresses it would use. */
  connects: { host: string; addresses: string[] }[];
  /** Hosts and addresses of the connects that were blocked (outside 127.0.0.0/8). */
  blocked: string[];
  restore(): void;
}

export function guardConnects(): ConnectGuard {
  const connects: ConnectGuard['connects'] = [];
  const blocked: string[] = [];
  const original = Socket.prototype.connect;
  const spy = vi.spyOn(Socket.prototype, 'connect').mockImplementation(function (this: Socket, ...args: unknown[]) {
    const first = args[0];
    // Node's own calls pass an options object (or an array whose first item is one).
    const options = (Array.isArray(first) ? first[0] : first) as { host?: string; port?: number; path?: string; lookup?: LookupFunction };
    if (typeof options !== 'object' || options === null || options.path) return (original as (...a: unknown[]) => Socket).apply(this, args);
    const host = options.host ?? 'localhost';
    const addresses = addressesOf(host, options.lookup);
    connects.push({ host, addresses });
    if (addresses.length === 0 || addresses.some((address) => !address.startsWith('127.'))) {
      blocked.push(host, ...addresses);
      process.nextTick(() => this.destroy(new Error(`test guard: a connection to ${host} (${addresses.join(', ')}) was blocked`)));
      return this;
    }
    return (original as (...a: unknown[]) => Socket).apply(this, args);
  });
  return { connects, blocked, restore: () => spy.mockRestore() };
}

function addressesOf(host: string, lookup: LookupFunction | undefined): string[] {
  if (isIP(host)) return [host];
  if (!lookup) return [];
  // The policy pins each socket to addresses it checked: its resolver answers at once.
  let answered: string[] = [];
  lookup(host, { all: true }, (error, addresses) => {
    if (!error) answered = Array.isArray(addresses) ? addresses.map((entry) => entry.address) : [addresses];
  });
  return answered;
}
