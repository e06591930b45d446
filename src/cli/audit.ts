import { join } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { checkWebsite, hostLabel, hostSlug, readSitesCsv, RegistryFormatError, type ImportResult } from '../institutions/index.js';
import type { Institution } from '../model/index.js';
import { stderrLogger, type Logger } from '../logger.js';
import { maxStoredProblems, StudyStore, type RegistryImport } from '../store/study-store.js';
import { judgeAssertions, readAssertionFile, type AssertionRun } from './assert-option.js';
import { requestStudyConfig } from './config-file.js';
import { printPeers, readPeers } from './peers-option.js';
import { lighthousePagesOption } from './lighthouse-pages-option.js';
import { type QueueRequest, runAudit } from './run-audit.js';
import { groupByOption, langOption, reportsOption, studyOption } from './shared-options.js';
import { importSummaryLines } from './sites.js';
import { CommandError, UsageError } from './usage-error.js';

interface AuditArgs {
  url?: string[];
  sites?: string;
  study?: string;
  reports: string;
  config?: string;
  'max-pages'?: number;
  'max-depth'?: number;
  'site-budget'?: number;
  lighthouse?: boolean;
  'lighthouse-pages'?: number | 'all';
  'lighthouse-runs'?: number;
  'lighthouse-concurrency'?: number;
  'form-factor'?: 'mobile' | 'desktop' | 'both';
  concurrency?: number;
  'user-agent'?: string;
  'group-by'?: string;
  'allow-private-network'?: boolean;
  exclude?: string;
  resume: boolean;
  overwrite: boolean;
  report: boolean;
  lang: 'fr' | 'en';
  quiet: boolean;
  queue?: string;
  'local-workers'?: number;
  assert?: string;
  junit?: string;
  peers?: string;
}

export const auditCommand: CommandModule<object, AuditArgs> = {
  command: 'audit [url..]',
  describe: 'Audit websites: crawl, checks, Lighthouse, into a study',
  builder: (yargs) =>
    (yargs as Argv<object>)
      .positional('url', { type: 'string', array: true, describe: 'Home page URLs to audit' })
      .options({
        sites: { type: 'string', describe: 'Sites CSV (name,url[,insee,siren,kind,population,departement,region]); see docs/sites-csv.md' },
        study: { ...studyOption, describe: 'Study name (default: audit-YYYY-MM-DD)' },
        reports: reportsOption,
        config: { type: 'string', describe: 'JSON config file (default: ./muniseo.config.json when present)' },
        'max-pages': { type: 'number', describe: 'Pages crawled per site at most [default: 200]' },
        'max-depth': { type: 'number', describe: 'Link depth from the home page [default: 5]' },
        'site-budget': { type: 'number', describe: 'Seconds spent on one site at most [default: 300]' },
        // No yargs default: a resumed study must tell a flag given from one left out.
        lighthouse: { type: 'boolean', describe: 'Run Lighthouse (--no-lighthouse to skip) [default: true]' },
        'lighthouse-pages': {
          type: 'string',
          coerce: lighthousePagesOption,
          describe: 'Pages audited by Lighthouse besides the home page, or "all" for every HTML page crawled [default: 2]',
        },
        'lighthouse-runs': { type: 'number', describe: 'Lighthouse runs per page; the median run is kept [default: 1]' },
        'lighthouse-concurrency': { type: 'number', describe: 'Parallel Lighthouse workers, at most 16 [default: from the core count]' },
        'form-factor': { choices: ['mobile', 'desktop', 'both'] as const, describe: 'Lighthouse form factor [default: mobile]' },
        concurrency: { type: 'number', describe: 'Sites audited at once, at most 64 [default: 4]' },
        'user-agent': { type: 'string', describe: 'User-Agent sent to sites (keep a contact URL in it)' },
        'group-by': groupByOption,
        // No yargs default: a resumed study must tell a flag given from one left out.
        'allow-private-network': {
          type: 'boolean',
          describe:
            'Also reach loopback, private (RFC 1918, RFC 4193) and CGNAT addresses, e.g. a test server or an intranet; ' +
            'link-local and cloud-metadata addresses stay closed; with --queue, only workers allowed there take the sites [default: false]',
        },
        exclude: {
          type: 'string',
          describe: 'File of hosts or domains never contacted (owners who asked not to be crawled), one a line, # comments',
        },
        resume: {
          type: 'boolean',
          default: false,
          describe: 'Continue an interrupted study with its own settings: audit only the sites still pending',
        },
        overwrite: { type: 'boolean', default: false, describe: 'Discard an existing study of the same name and start again' },
        report: { type: 'boolean', default: true, describe: 'Write the report when the audit ends (--no-report to skip)' },
        lang: langOption,
        quiet: { type: 'boolean', default: false, describe: 'Print only warnings and the report path' },
        queue: {
          type: 'string',
          describe: 'Run over a queue (redis://HOST:PORT/DB): enqueue the sites, store the results as workers send them',
        },
        'local-workers': { type: 'number', describe: 'With --queue: also start N workers on this machine [default: 0]' },
        assert: {
          type: 'string',
          describe: 'Assertion file (Lighthouse CI syntax plus muniseo keys, docs/assertions.md): exit 1 when an "error" assertion fails',
        },
        junit: { type: 'string', describe: 'With --assert: write the assertion results as JUnit XML to this file' },
        peers: {
          type: 'string',
          describe:
            'A published study (folder, study.sqlite, or `export --format peers` file): place each site among its peers (percentiles, fixes most peers made first)',
        },
      })
      .example('$0 audit https://www.example-mairie.fr', 'Audit one site')
      .example('$0 audit --sites mayenne.csv --study mayenne-2026', 'Audit every site of a registry')
      .example('$0 audit --study mayenne-2026 --resume', 'Finish an interrupted study')
      .example(
        '$0 audit --sites france.csv --study france-2026 --queue redis://10.0.0.5:6379/0',
        'Coordinate a national study; workers run `muniseo worker --queue …` on other machines',
      )
      .example(
        '$0 audit https://www.example-mairie.fr --lighthouse-pages all --assert muniseo-assert.json --junit junit.xml',
        'Fail a CI job when the site gets worse',
      ) as unknown as Argv<AuditArgs>,
  handler: async (args) => {
    const logger = stderrLogger({ quiet: args.quiet });
    // Not yargs' conflicts(): it counts the flags' defaults (false) as given.
    if (args.resume && args.overwrite) {
      throw new UsageError('--resume and --overwrite contradict each other: continue the study, or start it again');
    }
    const config = requestStudyConfig({
      config: args.config,
      maxPages: args['max-pages'],
      maxDepth: args['max-depth'],
      siteBudget: args['site-budget'],
      lighthouse: args.lighthouse,
      lighthousePages: args['lighthouse-pages'],
      lighthouseRuns: args['lighthouse-runs'],
      lighthouseConcurrency: args['lighthouse-concurrency'],
      formFactor: args['form-factor'],
      concurrency: args.concurrency,
      userAgent: args['user-agent'],
      groupBy: args['group-by'],
      allowPrivateNetwork: args['allow-private-network'],
      exclude: args.exclude,
    });
    const assertions = await assertionRun(args, config.config.lighthouse.enabled);
    const peers = args.peers === undefined ? undefined : readPeers(args.peers);
    const institutions = [...(args.url ?? []).map(institutionFromUrl)];
    let registry: RegistryImport | undefined;
    if (args.sites) {
      const imported = await readRegistry(args.sites);
      reportImport(args.sites, imported, logger);
      registry = registryImport(args.sites, imported);
      institutions.push(...imported.institutions);
    }
    if (institutions.length === 0 && !args.resume) throw new UsageError('give at least one URL or --sites FILE (or --resume a study)');
    const study = args.study ?? `audit-${new Date().toISOString().slice(0, 10)}`;
    const queue = await queueRequest(args);
    const outcome = await runAudit({
      institutions,
      study,
      reportsDir: args.reports,
      config,
      resume: args.resume,
      overwrite: args.overwrite,
      report: args.report,
      lang: args.lang,
      pdf: false,
      registry,
      logger,
      queue,
      ...(peers ? { peers } : {}),
    });
    process.stdout.write(`${outcome.indexPath ?? outcome.studyDir}\n`);
    if (peers) printPeers(peers, outcome.studyDir, logger);
    if (assertions) judgeStudy(assertions, outcome.studyDir, (line) => process.stderr.write(`${line}\n`));
  },
};

/** `--assert FILE [--junit FILE]`, read before anything is crawled: a mistake in it costs no audit. */
async function assertionRun(args: AuditArgs, lighthouse: boolean): Promise<AssertionRun | undefined> {
  if (args.assert === undefined) {
    if (args.junit !== undefined) throw new UsageError('--junit needs --assert FILE: it writes the assertion results');
    return undefined;
  }
  const assertions = await readAssertionFile(args.assert);
  if (assertions.needsLighthouse && !lighthouse) {
    throw new UsageError(
      `--assert ${args.assert} asserts Lighthouse results, and Lighthouse is off`,
      'Run with Lighthouse, or keep only the muniseo: keys in the assertion file.',
    );
  }
  return { assertions, file: args.assert, ...(args.junit === undefined ? {} : { junit: args.junit }) };
}

/** The assertions judged on every site of the study (those of earlier runs of a resumed study too). */
function judgeStudy(run: AssertionRun, studyDir: string, write: (line: string) => void): void {
  const store = StudyStore.open(join(studyDir, 'study.sqlite'));
  try {
    judgeAssertions(run, store.siteResults(), write);
  } finally {
    store.close();
  }
}

/** `--queue URL [--local-workers N]`: checked, and Redis reached, before anything is started. */
async function queueRequest(args: AuditArgs): Promise<QueueRequest | undefined> {
  if (args.queue === undefined) {
    if (args['local-workers'] !== undefined) throw new UsageError('--local-workers needs --queue URL');
    return undefined;
  }
  const localWorkers = args['local-workers'] ?? 0;
  if (!Number.isInteger(localWorkers) || localWorkers < 0) throw new UsageError('--local-workers must be a whole number ≥ 0');
  const { parseQueueUrl, probeRedis, QueueUnavailableError, QueueUrlError } = await import('../queue/index.js');
  try {
    const address = parseQueueUrl(args.queue);
    await probeRedis(address);
    return { address, localWorkers };
  } catch (error) {
    if (error instanceof QueueUrlError) throw new UsageError(error.message);
    if (error instanceof QueueUnavailableError) throw new CommandError(error.message);
    throw error;
  }
}

async function readRegistry(path: string): Promise<ImportResult> {
  try {
    return await readSitesCsv(path);
  } catch (error) {
    if (error instanceof RegistryFormatError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`--sites ${path}: no such file`, 'Check the path of the sites CSV.');
    if (code === 'EISDIR') throw new UsageError(`--sites ${path}: a folder, not a file`, 'Give the path of the sites CSV.');
    throw new CommandError(`cannot read ${path}: ${(error as Error).message}`);
  }
}

/** Each problem of the registry as a warning, then its summary: nothing is left out silently. */
function reportImport(path: string, imported: ImportResult, logger: Logger): void {
  for (const problem of imported.problems) logger.warn(`${path}:${problem.line}: ${problem.reason}`);
  const lines = importSummaryLines(imported.summary, imported.problems.length);
  const skippedAny = Object.keys(imported.summary.skipped).length > 0;
  for (const line of [`${path}: ${lines[0]}`, ...lines.slice(1)]) {
    if (skippedAny) logger.warn(line);
    else logger.info(line);
  }
}

function registryImport(path: string, imported: ImportResult): RegistryImport {
  return {
    file: path,
    importedAt: new Date().toISOString(),
    ...imported.summary,
    problems: imported.problems.slice(0, maxStoredProblems).map(({ line, reason }) => ({ line, reason })),
    moreProblems: Math.max(0, imported.problems.length - maxStoredProblems),
  };
}

/** An institution known only by its URL (a bare host is read as https): identified by a slug of its host. */
export function institutionFromUrl(url: string): Institution {
  const website = checkWebsite(url);
  const hint = 'Give home pages such as https://www.example-mairie.fr or example-mairie.fr.';
  if (!website.ok) throw new UsageError(website.reason, hint);
  // fixture:// addresses mean something to the demo only.
  if (!/^https?:/.test(website.url)) throw new UsageError(`not an http(s) URL: ${url}`, hint);
  return { id: hostSlug(website.url), name: hostLabel(website.url), kind: 'other', url: website.url };
}
