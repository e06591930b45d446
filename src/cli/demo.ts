import { fileURLToPath } from 'node:url';
import type { Argv, CommandModule } from 'yargs';
import { startFixtureWeb } from '../fixtures/server.js';
import { readSitesCsv } from '../institutions/index.js';
import { stderrLogger } from '../logger.js';
import { requestStudyConfig } from './config-file.js';
import { runAudit } from './run-audit.js';
import { langOption, reportsOption } from './shared-options.js';

const demoRegistry = fileURLToPath(new URL('../../fixtures/institutions/demo.csv', import.meta.url));

interface DemoArgs {
  reports: string;
  lang: 'fr' | 'en';
  lighthouse: boolean;
  pdf: boolean;
}

export const demoCommand: CommandModule<object, DemoArgs> = {
  command: 'demo',
  describe: 'Audit the fictional fixture towns served on this machine and write reports/demo/',
  builder: (yargs) =>
    (yargs as Argv<object>).options({
      reports: reportsOption,
      lang: langOption,
      lighthouse: { type: 'boolean', default: true, describe: 'Run Lighthouse (--no-lighthouse for a quicker demo)' },
      pdf: { type: 'boolean', default: true, describe: 'Also print report.pdf' },
    }) as unknown as Argv<DemoArgs>,
  handler: async (args) => {
    const logger = stderrLogger();
    const web = await startFixtureWeb();
    try {
      logger.info(
        `fixture web: ${web.sites.size} fictional sites on ${[...new Set([...web.sites.values()].map((site) => site.address))].join(', ')}`,
      );
      const registry = await readSitesCsv(demoRegistry);
      const institutions = registry.institutions.map((institution) => ({ ...institution, url: web.resolveUrl(institution.url) }));
      const config = requestStudyConfig({
        lighthouse: args.lighthouse ? undefined : false,
        lighthousePages: 1,
        concurrency: 4,
        siteBudget: 60,
        config: undefined,
        // The fixture towns live on 127.0.0.1.
        allowPrivateNetwork: true,
      });
      const outcome = await runAudit({
        institutions,
        study: 'demo',
        reportsDir: args.reports,
        config,
        resume: false,
        overwrite: true,
        report: true,
        lang: args.lang,
        pdf: args.pdf,
        fictional: true,
        logger,
      });
      if (outcome.indexPath) process.stdout.write(`${outcome.indexPath}\n`);
    } finally {
      await web.close();
    }
  },
};
