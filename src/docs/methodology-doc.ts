// docs/methodology.md: the SEO practice index as src/scoring/definition.ts defines it.
import { catalogue } from '../checks/catalogue.js';
import { pageShareThresholds } from '../checks/run.js';
import {
  dimensionLabels,
  dimensionReasons,
  dimensionWeights,
  levelThresholds,
  indexVersion,
  invisibleGate,
  lighthouseInputs,
  scoredDimensions,
  statusCredit,
  type LevelThreshold,
} from '../scoring/index.js';
import { measuredLighthouseVariability, mostPagesShare, searchEngineAgents } from '../model/index.js';
import { generatedNotice, table } from './markdown.js';
import { catalogueVersion } from '../checks/catalogue-versions.js';
import { defaultSensitivityOptions, sensitivityDesign } from '../report/sensitivity.js';
import { minimumClusters } from '../report/statistics.js';
import { keyPracticeWeight } from '../report/key-practices.js';
import { minimumVendorSites } from '../report/vendors-section.js';

function conditions(threshold: LevelThreshold): string {
  const parts = [`total ≥ ${threshold.min}`];
  for (const [dimension, min] of Object.entries(threshold.minDimensions)) parts.push(`${dimension} ≥ ${min}`);
  if (threshold.minIntentSignals > 0) parts.push(`≥ ${threshold.minIntentSignals} intent checks pass`);
  for (const id of threshold.requiredChecks) parts.push(`\`${id}\` not failed`);
  return threshold.level === 0 ? '—' : parts.join('; ');
}

/** Points on Lighthouse's 0–100 scale, signed when asked. */
function points(score: number, signed = false): string {
  const value = Math.round(score * 1000) / 10;
  return `${signed && value > 0 ? '+' : ''}${value}`;
}

function variabilitySection(): string[] {
  const measured = measuredLighthouseVariability;
  return [
    '### Variability',
    '',
    'Lighthouse scores vary from one run to the next on the same page and machine: the server answers in',
    "varying times, and other work on the machine slows the page's main thread, which the simulated",
    "throttling then reads as a slower page. Lighthouse's own guidance",
    '([variability](https://github.com/GoogleChrome/lighthouse/blob/main/docs/variability.md)) advises against',
    'running several audits at once on one machine, and recommends the median of several runs.',
    '',
    "- muniseo audits several pages at once but measures one at a time. A run's measurement window (its",
    '  trace) opens only once the CPU has gone quiet, and runs alone until the page has settled: loaded, no',
    '  request in flight for a little more than the second Lighthouse waits for, the CPU idle. The rest of the',
    "  runs (setup, accessibility gatherers, the audits' computations) overlaps other such work but never a",
    '  page that is loading. Even work at the lowest CPU priority beside a loading page lowered its',
    '  performance score on the 2-core machine muniseo is measured on.',
    '- Once a page has settled, Lighthouse still waits out its quiet periods (about two seconds, most of a',
    "  light page's window): the other audits' work and the next page's loading may run meanwhile. Afterwards",
    "  the run's trace is checked: a main-thread task of 10 ms or more (Lighthouse's simulation ignores",
    '  shorter ones), a frame drawn or a request after the page settled sends the page, and every page',
    '  measured beside it, to be measured again, alone from start to end.',
    '- Each run has a browser context of its own, in a browser that has never audited its origin.',
    '- One run per page by default. With `--lighthouse-runs N` (N > 1), the run reported is the median one (the',
    '  run nearest to the median first contentful paint and time to interactive, as Lighthouse CI picks it),',
    "  each page keeps its spread (max − min) and each site's page and stored result",
    '  (`lighthouse.performanceVariability`) say how far performance moved between runs.',
    `- Measured on ${measured.cores} cores running nothing else (${measured.date}, Lighthouse ${measured.lighthouseVersion}, Chromium ${measured.chromiumVersion},`,
    `  load average about ${measured.loadAverage}): the \`lighthouse\` command line run twice on the same ${measured.pages} heavy`,
    `  fixture pages moved performance by up to ${points(measured.cliLargestGap)} points (${points(measured.cliMeanAbsoluteGap)} on average);`,
    `  muniseo's lane differed from the command line by ${points(measured.laneMeanSignedGap, true)} points on average (mean signed gap).`,
    '  A difference in performance smaller than these, between two sites or two editions, is not evidence.',
    '',
  ];
}

export function renderMethodologyDoc(): string {
  const intentChecks = catalogue.filter((check) => check.dimension === 'intent');
  const lines = [
    generatedNotice('src/scoring/definition.ts, src/scoring/lighthouse-inputs.ts and the check catalogue'),
    '',
    '# Methodology: the SEO practice index',
    '',
    `Index definition version **${indexVersion}** (stored with every result as \`index.version\`; editions scored under`,
    'different versions are not compared silently).',
    '',
    'The study asks one question: **do these institutions apply SEO?** muniseo answers it per site with an',
    'index from 0 to 100, five dimension scores, and a maturity level from 0 to 3. Public-sector obligations',
    '(accessibility statement, legal notice, privacy, DSFR, consent) are reported beside the index and never',
    'change it: they are legal facts, not search-engine practice.',
    '',
    '## From checks to dimension scores',
    '',
    `Every check in [checks.md](checks.md) belongs to one dimension and has a weight. Its credit is:`,
    '',
    `- a **site** check: ${statusCredit.pass} for pass, ${statusCredit.warn} for warn, ${statusCredit.fail} for fail;`,
    `- a **page** check: the mean credit of the site's pages (${statusCredit.pass} per passing page, ${statusCredit.warn} per page that warns),`,
    `  so that fixing one more page always raises it, with no jump when the site reaches the ${pageShareThresholds.pass * 100}% that makes`,
    `  its status pass (the status passes from ${pageShareThresholds.pass * 100}% of the credit and warns from ${pageShareThresholds.warn * 100}%);`,
    '- a check that does not apply (`na`) is left out of the sums, with its reason, as are facts of weight 0. Every',
    '  index states how many of the weighted checks applied (`index.applied`).',
    '',
    'A dimension score is `100 × Σ(weight × credit) / Σ weight` over the checks that applied, rounded; a',
    'dimension where nothing applied has no score (`null`).',
    '',
    '## From dimensions to the index',
    '',
    'The index is the mean of the dimension scores weighted as below, over the dimensions that have a score.',
    '',
    ...table(
      ['dimension', 'weight', 'why'],
      scoredDimensions.map((dimension) => [
        `${dimensionLabels[dimension].en} (\`${dimension}\`)`,
        dimensionWeights[dimension],
        dimensionReasons[dimension].en,
      ]),
    ),
    '',
    '## Lighthouse',
    '',
    'When Lighthouse runs, the median run of each audited page gives category scores from 0 to 1. The',
    'performance dimension then adds two check-like inputs, the median over the audited pages (mobile runs',
    'when there are any, else desktop; pages Lighthouse could not audit are left out):',
    '',
    ...table(
      ['input', 'category', 'weight', 'why'],
      lighthouseInputs.map((input) => [`\`${input.id}\``, input.category, input.weight, input.rationale.en]),
    ),
    '',
    'With Lighthouse turned off (`--no-lighthouse`) or when no page could be audited, the performance',
    'dimension is computed from the remaining checks only, and the index says so (`lighthouse: "absent"` and a',
    'note in the report).',
    '',
    ...variabilitySection(),
    '## Search visibility decides first',
    '',
    invisibleGate.reason.en,
    '',
    `The gate: robots.txt forbids the home page to both ${searchEngineAgents.join(' and ')} (read with each one's own group, as Google's`,
    `parser reads groups), or the home page says noindex (meta robots or X-Robots-Tag), or at least ${mostPagesShare * 100}% of the`,
    `crawled pages do. The level is then 0 and the index at most ${invisibleGate.maxScore}. A site whose robots.txt keeps out muniseo *and* every`,
    'search engine is audited as invisible from its robots.txt alone (index 0). Each page is judged indexable as Googlebot',
    'would: its robots.txt group for Googlebot, then meta robots and X-Robots-Tag.',
    '',
    `*${invisibleGate.reason.fr}*`,
    '',
    '## Maturity levels',
    '',
    'Levels are cumulative: a site reaches the highest level whose conditions, and those of every level below,',
    'it meets. The total alone does not make a level: evidence of intent separates what a CMS does by',
    'default from deliberate work. The intent checks are:',
    '',
    ...intentChecks.map((check) => `- \`${check.id}\`: ${check.title.en}`),
    '',
    ...table(
      ['level', 'label', 'conditions', 'why'],
      levelThresholds.map((threshold) => [
        threshold.level,
        `${threshold.label.en} (${threshold.label.fr})`,
        conditions(threshold),
        threshold.reason.en,
      ]),
    ),
    '',
    '### Pourquoi ces seuils',
    '',
    ...levelThresholds.map((threshold) => `- **${threshold.level} — ${threshold.label.fr}** : ${threshold.reason.fr}`),
    '',
    '## Sites that could not be audited',
    '',
    'A site that is unreachable, times out, answers an HTTP error on its home page, whose robots.txt cannot be',
    'read (5xx: RFC 9309 says to treat the site as disallowed for now), or whose robots.txt refuses muniseo',
    'while letting search engines in (`refuses-crawler`: muniseo respects the refusal, but the site is visible',
    'to the public, so it is reported apart and never counted as level 0) gets **no index** (not a zero): its',
    'outcome and reason are reported instead, and it is left out of averages and distributions of the index. The',
    'same holds for a site where no HTML page could be read, a site whose owner asked not to be crawled',
    '(`excluded`: on the exclusion list, no request is sent), and a site the network policy refuses',
    '(`refused-address`: its host, or where its home page leads, is a private, link-local or cloud-metadata',
    'address, or an excluded host). A site invisible to search engines is *not* one of these: it is audited, at',
    'level 0, and counts in every share.',
    '',
    '## Key practices, uncertainty and validation',
    '',
    `Before the index, the report gives, per dimension, the share of audited institutions that apply every key practice`,
    `of it (its checks of weight ${keyPracticeWeight} or more that apply), as the Web Almanac reports features before any score;`,
    'institutions the registry lists without a website are counted beside the audited ones (« n communes sans site »).',
    '',
    'Sites built by one vendor or on one platform share a template and its flaws. The share at level 2 or above is',
    'given with its Wilson interval, the number of clusters (the vendor, else the platform; a CMS alone is not a',
    'cluster; a site with neither is its own), Kish’s design effect from the cluster-robust variance of a ratio mean,',
    `and, from ${minimumClusters} clusters, a Wilson interval at the effective sample size.`,
    '',
    `The sensitivity analysis recomputes every level ${defaultSensitivityOptions.draws} times from the stored credits, multiplying`,
    `each weight by a factor drawn uniformly in [${sensitivityDesign.weightFactor.min}, ${sensitivityDesign.weightFactor.max}] and moving each level threshold by a uniform`,
    `amount in [−${sensitivityDesign.thresholdShift}, +${sensitivityDesign.thresholdShift}] points (seeded generator: the same seed gives the same ranges). The report`,
    `gives the ${sensitivityDesign.percentiles[0] * 100}th–${sensitivityDesign.percentiles[1] * 100}th percentile range for the study and each peer group, and says it in the headline`,
    `when it reaches more than ${sensitivityDesign.headlineTolerance * 100} points from the share.`,
    '',
    `« Par CMS et prestataire » shows levels and the checks failed most per CMS and per vendor or platform with at`,
    `least ${minimumVendorSites} audited sites, and names the smaller ones.`,
    '',
    `Editions scored under different index versions are not compared: \`report --compare\` refuses and says why.`,
    `\`muniseo rescore\` recomputes a stored study's index under the current definition from its stored check`,
    `results; the check catalogue has its own version (now ${catalogueVersion}, recorded with every study), and when checks changed`,
    'since a study was audited, rescore names them and says a new crawl is needed.',
    '',
    'Levels are validated by people on a blind sample: [validation.md](validation.md) (sample, protocol, agreement);',
    'the report’s methodology prints the agreement figures when a study has them.',
    '',
    '## Limits',
    '',
    '- Checks read the raw HTML. Every site’s home page is also rendered once in Chromium (`crawl.renderHome`), as',
    '  Googlebot renders pages: links only a script builds are crawled, and `content-without-javascript` reports the',
    '  gap between the two readings; a site whose content needs JavaScript is crawled whole in Chromium when the',
    '  crawl detects it. Without Chromium, the crawl reads the raw HTML only and says so.',
    '- HTTPS and HSTS cannot be assessed on a loopback test server (the fixture web): those checks are `na` there.',
    '- Pages are sampled by the crawl limits (pages and depth). Links fill three quarters of the page budget, level',
    '  by level from the home page; a quarter goes to a sample of the sitemap chosen by a hash of each URL’s path',
    '  (`crawl.sitemapSampleShare`), fetched whatever the links. On a site larger than the budget, `crawl-depth`',
    '  and `orphan-pages` cannot be measured whole: they are `na` ("capped") unless the pages read prove the verdict,',
    '  and `sitemap-urls-healthy` judges the sample. Internal link targets the crawl did not fetch (documents,',
    '  pages beyond the limits) are verified with a HEAD request, up to 50 per site chosen the same way',
    '  (`crawl.verifyLinkTargets`), for `broken-internal-links`, with the same politeness as pages.',
    '',
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
