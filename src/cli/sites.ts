// `muniseo sites import`: a registry in (sites CSV, Annuaire export, list of domains), the
// documented sites CSV out, and an account of every record on stderr.
import { writeFile } from 'node:fs/promises';
import type { Argv, CommandModule } from 'yargs';
import { allDepartements, allRegions } from '../institutions/geography.js';
import {
  defaultGroupBy,
  defaultStrata,
  groupColumns,
  groupPeers,
  importAnnuaire,
  importDomains,
  minComparableGroupSize,
  readSitesCsv,
  RegistryFormatError,
  selectInstitutions,
  sitesCsvColumns,
  strataFromThresholds,
  writeSitesCsv,
  type ImportResult,
  type ImportSummary,
  type StrataConfig,
} from '../institutions/index.js';
import { type InstitutionKind, institutionKinds } from '../model/index.js';
import { CommandError, UsageError } from './usage-error.js';

const registryFormats = ['csv', 'annuaire', 'domains'] as const;
type RegistryFormat = (typeof registryFormats)[number];

export interface SitesImportArgs {
  file: string;
  from: RegistryFormat;
  kind?: InstitutionKind[];
  departement?: string[];
  region?: string[];
  'min-population'?: number;
  'max-population'?: number;
  stratum?: string[];
  sample?: number;
  seed?: string;
  'group-by'?: string;
  strata?: string;
  out?: string;
}

/** Where the command writes: data to `stdout`, the account of the import to `stderr`. */
export interface SitesCommandIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export function createSitesImportCommand(io: SitesCommandIo = process): CommandModule<object, SitesImportArgs> {
  return {
    command: 'import <file>',
    describe: 'Read a registry of institutions and write the sites CSV (docs/sites-csv.md)',
    builder: (yargs) =>
      (yargs as Argv<object>)
        .positional('file', { type: 'string', demandOption: true, describe: 'The registry file to read' })
        .options({
          from: {
            choices: registryFormats,
            demandOption: true,
            describe:
              'Format of FILE: csv (a sites CSV, columns name,url[,id,insee,siren,kind,population,departement,region,epci,stratum]), ' +
              "annuaire (Annuaire de l'administration JSON, bulk or API export), domains (one host name a line)",
          },
          kind: {
            choices: institutionKinds,
            array: true,
            describe:
              'Keep these kinds. With --from annuaire: the services read (default commune; departement, region, epci when asked). ' +
              'With --from domains and one kind: the kind of every host (default from the file name, e.g. communes.txt)',
          },
          departement: { type: 'string', array: true, describe: 'Keep these départements (code such as 53 or 2A, or name)' },
          region: { type: 'string', array: true, describe: 'Keep these régions (code such as 52, or name)' },
          'min-population': { type: 'number', describe: 'Keep institutions of at least this population (unknown population is left out)' },
          'max-population': { type: 'number', describe: 'Keep institutions of at most this population (unknown population is left out)' },
          stratum: { type: 'string', array: true, describe: 'Keep these population strata, by label (e.g. 5000-9999, 100000+)' },
          sample: { type: 'number', describe: 'Draw N institutions, each peer group keeping its share (largest remainder)' },
          seed: { type: 'string', describe: 'Seed of the sample: the same seed draws the same sites [default: 0]' },
          'group-by': {
            type: 'string',
            describe: `Peer-group columns of the sites file, comma-separated; the sample keeps their shares and stderr lists the groups [default: ${defaultGroupBy}]`,
          },
          strata: {
            type: 'string',
            describe:
              'Population strata as ascending lower bounds, e.g. 1000,3500,10000 [default: 100,200,500,2000,3500,5000,10000,20000,50000,100000]',
          },
          out: { type: 'string', describe: 'Write the sites CSV to this file instead of stdout' },
        })
        .example('$0 sites import --from annuaire annuaire.json --departement 53 --out mayenne.csv', 'The mairies of Mayenne')
        .example('$0 sites import --from csv sites.csv --stratum 5000-9999 --sample 40 --seed 2026', 'A reproducible sample of one stratum')
        .example(
          '$0 sites import --from domains communes.txt --out communes.csv',
          "DINUM's list of communes' domains",
        ) as unknown as Argv<SitesImportArgs>,
    handler: (args) => runSitesImport(args, io),
  };
}

export function createSitesCommand(io: SitesCommandIo = process): CommandModule<object, object> {
  return {
    command: 'sites',
    describe: 'Registries of institutions: import them into the sites CSV',
    builder: (yargs) => yargs.command(createSitesImportCommand(io)).demandCommand(1, 'name a sites command: import'),
    handler: () => undefined,
  };
}

export const sitesCommand: CommandModule = createSitesCommand() as CommandModule;

/** Runs `sites import`; bad usage and wrong formats throw UsageError (exit 2), other failures CommandError (exit 1). */
export async function runSitesImport(args: SitesImportArgs, io: SitesCommandIo): Promise<void> {
  // yargs validates choices too, but a fail handler that does not throw lets the handler run anyway.
  if (!(registryFormats as readonly string[]).includes(args.from)) {
    throw new UsageError(`--from must be one of ${registryFormats.join(', ')}`);
  }
  const badKind = args.kind?.find((kind) => !(institutionKinds as readonly string[]).includes(kind));
  if (badKind !== undefined) throw new UsageError(`unknown --kind ${badKind}; kinds are ${institutionKinds.join(', ')}`);
  const strata = strataOption(args.strata);
  const filters = {
    kind: args.kind,
    departement: args.departement?.map((value) => areaCode(value, 'département')),
    region: args.region?.map((value) => areaCode(value, 'région')),
    minPopulation: populationOption(args['min-population'], '--min-population'),
    maxPopulation: populationOption(args['max-population'], '--max-population'),
    stratum: args.stratum?.flatMap((value) => value.split(',')).map((label) => label.trim()),
  };
  if (filters.minPopulation !== undefined && filters.maxPopulation !== undefined && filters.minPopulation > filters.maxPopulation) {
    throw new UsageError(`--min-population ${filters.minPopulation} is above --max-population ${filters.maxPopulation}`);
  }
  for (const label of filters.stratum ?? []) {
    if (!strata.bands.some((band) => band.label === label)) {
      throw new UsageError(`unknown stratum "${label}"; the strata are ${strata.bands.map((band) => band.label).join(', ')}`);
    }
  }
  if (args.sample !== undefined && (!Number.isInteger(args.sample) || args.sample < 1)) {
    throw new UsageError(`--sample ${args.sample} is not a whole number ≥ 1`);
  }
  if (args.seed !== undefined && args.sample === undefined) throw new UsageError('--seed needs --sample');

  const imported = await importRegistry(args, strata);
  const groupBy = args['group-by'];
  if (groupBy !== undefined) checkGroupColumns(groupBy, imported);
  const selected = selectInstitutions(imported, {
    filters,
    groupBy,
    ...(args.sample !== undefined ? { sample: { size: args.sample, seed: args.seed ?? '0' } } : {}),
  });

  const csv = writeSitesCsv(selected.institutions, selected.withoutWebsite);
  if (args.out) {
    await writeFile(args.out, csv).catch((error: unknown) => {
      throw new CommandError(`cannot write ${args.out}: ${(error as Error).message}`);
    });
  } else {
    io.stdout.write(csv);
  }
  io.stderr.write(accountOf(args.file, selected, groupBy));
}

async function importRegistry(args: SitesImportArgs, strata: StrataConfig): Promise<ImportResult> {
  try {
    switch (args.from) {
      case 'csv':
        return await readSitesCsv(args.file, { strata });
      case 'annuaire':
        return await importAnnuaire(args.file, { strata, kinds: args.kind ?? ['commune'] });
      case 'domains':
        return await importDomains(args.file, { strata, ...(args.kind?.length === 1 ? { kind: args.kind[0] } : {}) });
    }
  } catch (error) {
    if (error instanceof RegistryFormatError) throw new UsageError(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`no such file: ${args.file}`);
    throw new CommandError(`cannot read ${args.file}: ${(error as Error).message}`);
  }
}

/** Problems line by line, then the summary, then the peer groups when asked: all for stderr. */
export function accountOf(file: string, result: ImportResult, groupBy?: string): string {
  const lines = result.problems.map((problem) => `${file}:${problem.line}: ${problem.reason}`);
  lines.push(...importSummaryLines(result.summary, result.problems.length));
  if (groupBy !== undefined) {
    const groups = groupPeers(result.institutions, groupBy);
    lines.push(`peer groups by ${groupColumns(groupBy).join(' × ')}: ${groups.length}`);
    for (const group of groups) {
      lines.push(
        `  ${group.members.length}\t${group.key}${group.comparable ? '' : ` (fewer than ${minComparableGroupSize}: too small to compare)`}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** `read 18, kept 10, merged 1, skipped 7, problems 9`, then one line per reason for skipping. */
export function importSummaryLines(summary: ImportSummary, problems: number): string[] {
  const { read, kept, merged, skipped } = summary;
  const skippedTotal = Object.values(skipped).reduce((sum, n) => sum + n, 0);
  const lines = [`read ${read}, kept ${kept}, merged ${merged}, skipped ${skippedTotal}, problems ${problems}`];
  for (const [reason, n] of Object.entries(skipped).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    lines.push(`  skipped ${n}: ${reason}`);
  }
  if (summary.noWebsite) {
    const total = summary.noWebsite.reduce((sum, entry) => sum + entry.count, 0);
    const groups = summary.noWebsite.map((entry) => `${entry.kind}${entry.stratum ? ` × ${entry.stratum}` : ''} ${entry.count}`);
    lines.push(`  without a website: ${total} (${groups.join(', ')}): counted, not audited`);
  }
  return lines;
}

function strataOption(value: string | undefined): StrataConfig {
  if (value === undefined) return defaultStrata;
  const thresholds = value.split(',').map((part) => Number(part.trim()));
  try {
    return strataFromThresholds(thresholds);
  } catch (error) {
    throw new UsageError(`--strata ${value}: ${(error as Error).message}`);
  }
}

function populationOption(value: number | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isFinite(value) || value < 0) throw new UsageError(`${flag} needs a population ≥ 0`);
  return value;
}

/** A département or région given by code (`53`, `2a`, `1`) or by name (`Mayenne`, `Pays de la Loire`). */
function areaCode(value: string, what: 'département' | 'région'): string {
  const areas = what === 'département' ? allDepartements() : allRegions();
  const wanted = value.trim();
  const code = /^\d$/.test(wanted) ? `0${wanted}` : wanted.toUpperCase();
  if (areas.some((area) => area.code === code)) return code;
  const byName = areas.find((area) => plain(area.nom) === plain(wanted));
  if (byName) return byName.code;
  throw new UsageError(`unknown ${what} "${value}" (give its code, such as ${what === 'département' ? '53' : '52'}, or its name)`);
}

function plain(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function checkGroupColumns(groupBy: string, result: ImportResult): void {
  const known = new Set<string>(sitesCsvColumns);
  for (const institution of result.institutions) for (const key of Object.keys(institution.extra ?? {})) known.add(key);
  const unknown = groupColumns(groupBy).filter((column) => !known.has(column));
  if (unknown.length > 0) {
    throw new UsageError(`--group-by: no column ${unknown.join(', ')} in the sites file (columns: ${[...known].join(', ')})`);
  }
}
