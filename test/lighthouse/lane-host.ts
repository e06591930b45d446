// A process that owns a Lighthouse lane and gets killed by the test (SIGKILL: no handler runs).
// Usage: node <typescript flags> lane-host.ts URL
import { findChrome } from '../../src/browser/chrome.js';
import { startLighthouseLane } from '../../src/lighthouse/index.js';

const url = process.argv[2] as string;
const lane = await startLighthouseLane(
  { enabled: true, pages: 0, runs: 1, formFactor: 'mobile', concurrency: 2, timeoutSecs: 120 },
  { chromePath: findChrome() as string, network: { allowPrivateNetwork: true } },
);
// Both workers busy when the kill comes.
void lane.audit(
  [
    { url, pageType: 'home', reason: 'home page' },
    { url, pageType: 'home', reason: 'home page' },
  ],
  ['mobile'],
);
// Killed, when it can be, while a page is measured and the other worker is stopped (preemption: only the
// guardian can resume it then, and it must leave with its Chromium once it goes on).
const stopping = () =>
  lane.schedule.events.some((event) => event.stopped?.length && event.endedAt === undefined && event.settledAt === undefined);
for (let waited = 0; waited < 30_000 && !stopping(); waited += 5) await new Promise((resolve) => setTimeout(resolve, 5));
process.stdout.write(`lane started${stopping() ? ', a worker stopped' : ''}\n`);
setInterval(() => undefined, 60_000);
