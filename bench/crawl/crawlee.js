// Benchmark child (b), the baseline: a bare Crawlee CheerioCrawler that only fetches, parses
// and enqueues same-origin links, on the same sites, at the same concurrency, in memory.
import { CheerioCrawler, Configuration, Log, LogLevel } from '@crawlee/cheerio';
import { startMeasure, report } from './measure.js';

const { origins, globalConcurrency } = JSON.parse(process.argv[2]);
const finish = startMeasure();
let pages = 0;
const failures = [];
const crawler = new CheerioCrawler(
  {
    minConcurrency: globalConcurrency,
    maxConcurrency: globalConcurrency,
    log: new Log({ level: LogLevel.OFF }),
    requestHandler: async ({ enqueueLinks }) => {
      pages += 1;
      await enqueueLinks({ strategy: 'same-origin' });
    },
    failedRequestHandler: async ({ request }, error) => {
      failures.push(`${request.url}: ${error.message}`);
    },
  },
  new Configuration({ persistStorage: false }),
);
await crawler.run(origins.map((origin) => `${origin}/`));
report({ ...finish(pages), failures: failures.length, failureExamples: failures.slice(0, 5) });
process.exit(0);
