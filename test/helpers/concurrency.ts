// Concurrency as the fixture server saw it: the most requests in flight at one moment.
import type { ReceivedRequest } from '../../src/fixtures/server.js';

export function peakConcurrency(requests: ReceivedRequest[]): number {
  const events = requests.flatMap((request) => [
    { at: request.startedAt, change: 1 },
    { at: request.finishedAt ?? Infinity, change: -1 },
  ]);
  // At equal times an end comes before a start: a request that ends as another begins did not overlap it.
  events.sort((a, b) => a.at - b.at || a.change - b.change);
  let current = 0;
  let peak = 0;
  for (const event of events) {
    current += event.change;
    peak = Math.max(peak, current);
  }
  return peak;
}

/** The peak per group (per Host header, per server address…). */
export function peaksBy(requests: ReceivedRequest[], key: (request: ReceivedRequest) => string): Map<string, number> {
  const groups = new Map<string, ReceivedRequest[]>();
  for (const request of requests) groups.set(key(request), [...(groups.get(key(request)) ?? []), request]);
  return new Map([...groups].map(([group, members]) => [group, peakConcurrency(members)]));
}
