// The sites CSV (docs/sites-csv.md): what `muniseo sites import` writes and `muniseo audit
// --sites` reads. One institution a row; `name,url` required, the rest optional, extra
// columns kept for `--group-by`.
import { detectDelimiter, formatCsvRow, parseCsv } from './csv.js';
import { enrichInstitution, type InstitutionDraft } from './enrich.js';
import { RegistryFormatError } from './errors.js';
import { ImportLedger } from './ledger.js';
import { readRegistryText } from './read-text.js';
import { defaultStrata } from './strata.js';
import { type ImportResult, type StrataConfig } from './types.js';
import { type Institution, type InstitutionKind, institutionKinds } from '../model/index.js';
import { checkWebsite } from './website.js';

/** The documented columns, in the order `writeSitesCsv` writes them. */
export const sitesCsvColumns = [
  'id',
  'name',
  'kind',
  'url',
  'insee',
  'siren',
  'population',
  'stratum',
  'departement',
  'region',
  'epci',
] as const;
export type SitesCsvColumn = (typeof sitesCsvColumns)[number];

const requiredColumns: readonly SitesCsvColumn[] = ['name', 'url'];

/** Other spellings met in registries exported from spreadsheets and open-data portals. */
const columnAliases: Record<string, SitesCsvColumn> = {
  nom: 'name',
  site: 'url',
  site_internet: 'url',
  site_web: 'url',
  website: 'url',
  code_insee: 'insee',
  code_insee_commune: 'insee',
  insee_code: 'insee',
  cog: 'insee',
  population_municipale: 'population',
  code_departement: 'departement',
  dep: 'departement',
  code_region: 'region',
  reg: 'region',
  strate: 'stratum',
  siren_epci: 'epci',
};

export interface SitesCsvOptions {
  strata?: StrataConfig;
}

export async function readSitesCsv(path: string, options: SitesCsvOptions = {}): Promise<ImportResult> {
  const { text, fallbackEncoding } = await readRegistryText(path);
  try {
    const result = parseSitesCsv(text, options);
    if (fallbackEncoding) result.problems.unshift({ line: 1, reason: `file is not UTF-8; read as ${fallbackEncoding}` });
    return result;
  } catch (error) {
    if (error instanceof RegistryFormatError && !error.path) throw new RegistryFormatError(error.message, path);
    throw error;
  }
}

export function parseSitesCsv(text: string, options: SitesCsvOptions = {}): ImportResult {
  const strata = options.strata ?? defaultStrata;
  const firstChar = text.replace(/^\ufeff/, '').trimStart()[0];
  if (firstChar === undefined) throw new RegistryFormatError('empty file; expected a header line with at least name,url');
  if (firstChar === '{' || firstChar === '[') {
    throw new RegistryFormatError('this is JSON, not CSV (an Annuaire export is read with --from annuaire)');
  }
  const delimiter = detectDelimiter(text.split('\n', 1)[0] ?? '');
  const [header, ...rows] = parseCsv(text, delimiter);
  if (!header) throw new RegistryFormatError('empty file; expected a header line with at least name,url');
  if ('error' in header) throw new RegistryFormatError(`line ${header.line}: unreadable header (${header.error})`);
  const columns = header.fields.map((name, index) => columnOf(name.trim() === '' ? `column ${index + 1}` : name));
  const seen = new Set<string>();
  for (const column of columns) {
    if (seen.has(column.key)) throw new RegistryFormatError(`line ${header.line}: column "${column.key}" appears twice`);
    seen.add(column.key);
  }
  const missing = requiredColumns.filter((required) => !seen.has(required));
  if (missing.length > 0) {
    throw new RegistryFormatError(
      `line ${header.line}: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (header: ${header.raw})`,
    );
  }

  const ledger = new ImportLedger();
  for (const row of rows) {
    ledger.countRead();
    if ('error' in row) {
      ledger.skip('malformed CSV line', { line: row.line, reason: `malformed CSV: ${row.error}`, raw: row.raw });
      continue;
    }
    if (row.fields.length !== columns.length) {
      ledger.skip('wrong column count', {
        line: row.line,
        reason: `expected ${columns.length} fields (as in the header), found ${row.fields.length}`,
        raw: row.raw,
      });
      continue;
    }
    const cells = new Map<string, string>();
    const extra: Record<string, string> = {};
    columns.forEach((column, index) => {
      const value = (row.fields[index] ?? '').trim();
      if (column.standard) cells.set(column.key, value);
      else if (value !== '') extra[column.key] = value;
    });
    const draft = draftOf(cells, extra, (reason) => ledger.report(row.line, reason, row.raw));
    if (!draft.ok) {
      ledger.skip(draft.category, { line: row.line, reason: draft.reason, raw: row.raw });
      continue;
    }
    const enriched = enrichInstitution(draft.draft, strata);
    if (!enriched.ok) {
      ledger.skip(enriched.category, { line: row.line, reason: enriched.reason, raw: row.raw });
      continue;
    }
    if (draft.noWebsite) {
      ledger.noWebsite(enriched.institution);
      continue;
    }
    for (const note of enriched.notes) ledger.report(row.line, note, row.raw);
    ledger.keep(enriched.institution, row.line);
  }
  return ledger.result();
}

type DraftOutcome = { ok: true; draft: InstitutionDraft; noWebsite: boolean } | { ok: false; category: string; reason: string };

/** The `url` of an institution the registry lists without a website: counted, never audited. */
export const noWebsiteUrl = 'none';

function draftOf(cells: Map<string, string>, extra: Record<string, string>, note: (reason: string) => void): DraftOutcome {
  const cell = (key: SitesCsvColumn) => {
    const value = cells.get(key);
    return value === undefined || value === '' ? undefined : value;
  };
  const noWebsite = cell('url')?.toLowerCase() === noWebsiteUrl;
  const website = noWebsite ? ({ ok: true, url: '' } as const) : checkWebsite(cell('url') ?? '');
  if (!website.ok) return { ok: false, category: website.category === 'no URL' ? 'missing URL' : website.category, reason: website.reason };

  let kind: InstitutionKind | undefined;
  const kindCell = cell('kind');
  if (kindCell !== undefined) {
    const normalised = plain(kindCell);
    if (!(institutionKinds as readonly string[]).includes(normalised)) {
      return { ok: false, category: 'unknown kind', reason: `unknown kind "${kindCell}" (expected ${institutionKinds.join(', ')})` };
    }
    kind = normalised as InstitutionKind;
  }

  let population: number | undefined;
  const populationCell = cell('population');
  if (populationCell !== undefined) {
    const digits = populationCell.replace(/[\s\u00a0\u202f]/g, '');
    if (/^\d+$/.test(digits)) population = Number(digits);
    else note(`population "${populationCell}" is not a whole number; left out`);
  }

  const draft: InstitutionDraft = { url: website.url };
  const assign = <K extends keyof InstitutionDraft>(key: K, value: InstitutionDraft[K] | undefined) => {
    if (value !== undefined) draft[key] = value;
  };
  assign('id', cell('id'));
  assign('name', cell('name'));
  assign('kind', kind);
  assign('insee', cell('insee'));
  assign('siren', cell('siren'));
  assign('population', population);
  assign('stratum', cell('stratum'));
  assign('departement', cell('departement'));
  assign('region', cell('region'));
  assign('epci', cell('epci'));
  if (Object.keys(extra).length > 0) draft.extra = extra;
  return { ok: true, draft, noWebsite };
}

function columnOf(headerName: string): { key: string; standard: boolean } {
  const trimmed = headerName.trim();
  const normalised = plain(trimmed).replace(/[\s-]+/g, '_');
  if ((sitesCsvColumns as readonly string[]).includes(normalised)) return { key: normalised, standard: true };
  const alias = columnAliases[normalised];
  if (alias) return { key: alias, standard: true };
  return { key: trimmed, standard: false };
}

/** Lower case without accents: `Département` → `departement`. */
function plain(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

/**
 * The sites CSV of these institutions: the documented columns, then every extra column met. Those
 * the registry lists without a website follow, with the URL `none`.
 */
export function writeSitesCsv(institutions: readonly Institution[], withoutWebsite: readonly Institution[] = []): string {
  const all = [...institutions, ...withoutWebsite.map((institution) => ({ ...institution, url: noWebsiteUrl }))];
  const extraColumns: string[] = [];
  for (const institution of all) {
    for (const key of Object.keys(institution.extra ?? {})) if (!extraColumns.includes(key)) extraColumns.push(key);
  }
  const lines = [formatCsvRow([...sitesCsvColumns, ...extraColumns])];
  for (const institution of all) {
    const standard = sitesCsvColumns.map((column) => {
      const value = institution[column];
      return value === undefined ? '' : String(value);
    });
    const extras = extraColumns.map((column) => institution.extra?.[column] ?? '');
    lines.push(formatCsvRow([...standard, ...extras]));
  }
  return `${lines.join('\n')}\n`;
}
