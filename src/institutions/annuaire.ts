// The Annuaire de l'administration (DILA, "base de données locales"): mairies, conseils
// départementaux and régionaux, EPCI, with their websites. Two shapes of the same records:
// the bulk JSON holds `pivot` and `site_internet` as arrays, the API export (Opendatasoft)
// as JSON serialised in strings.
import { enrichInstitution, normaliseInsee, type InstitutionDraft } from './enrich.js';
import { RegistryFormatError } from './errors.js';
import { communeByInsee, epciBySiren, epciOfCommune } from './geography.js';
import { recordStartLines } from './json-lines.js';
import { ImportLedger, noWebsiteCategory } from './ledger.js';
import { readRegistryText } from './read-text.js';
import { defaultStrata } from './strata.js';
import type { ImportResult, StrataConfig } from './types.js';
import type { InstitutionKind } from '../model/index.js';
import { firstWebsite } from './website.js';

export interface AnnuaireOptions {
  strata?: StrataConfig;
  /** Kinds of service kept: mairies by default; `departement`, `region`, `epci` when asked. */
  kinds?: readonly InstitutionKind[];
}

/** `type_service_local` values that designate an institution muniseo audits. */
const serviceKinds: Record<string, InstitutionKind | 'arrondissement'> = {
  mairie: 'commune',
  mairie_com: 'commune',
  paris_mairie: 'commune',
  // A Paris mairie d'arrondissement is part of the commune of Paris, not a peer of communes.
  paris_mairie_arrondissement: 'arrondissement',
  cg: 'departement',
  cr: 'region',
  epci: 'epci',
};

const recordKeys = ['service', 'results'] as const;

export async function importAnnuaire(path: string, options: AnnuaireOptions = {}): Promise<ImportResult> {
  const { text } = await readRegistryText(path);
  try {
    return parseAnnuaire(text, options);
  } catch (error) {
    if (error instanceof RegistryFormatError && !error.path) throw new RegistryFormatError(error.message, path);
    throw error;
  }
}

export function parseAnnuaire(text: string, options: AnnuaireOptions = {}): ImportResult {
  const strata = options.strata ?? defaultStrata;
  const kinds = options.kinds ?? ['commune'];
  const { records, recordsKey } = recordsOf(text);
  const lines = recordStartLines(text, recordsKey);
  const lineOf = (index: number) => (lines.length === records.length ? (lines[index] ?? index + 1) : index + 1);

  const ledger = new ImportLedger();
  records.forEach((record, index) => {
    ledger.countRead();
    const line = lineOf(index);
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      ledger.skip('not an Annuaire record', { line, reason: 'not a JSON object', raw: JSON.stringify(record) });
      return;
    }
    const fields = record as Record<string, unknown>;
    const raw = `${stringOf(fields['id'])} ${stringOf(fields['nom'])}`.trim();
    const pivot = structuredField(fields['pivot']);
    if (!pivot.ok) {
      ledger.skip('malformed JSON field', { line, reason: `pivot is not valid JSON: ${pivot.error}`, raw });
      return;
    }
    const sites = structuredField(fields['site_internet']);
    if (!sites.ok) {
      ledger.skip('malformed JSON field', { line, reason: `site_internet is not valid JSON: ${sites.error}`, raw });
      return;
    }

    const entries = pivot.value.filter(isObject);
    const entry = entries.find((candidate) => Object.hasOwn(serviceKinds, stringOf(candidate['type_service_local'])));
    const serviceType = entry ? stringOf(entry['type_service_local']) : undefined;
    const serviceKind = serviceType ? serviceKinds[serviceType] : undefined;
    if (!entry || !serviceKind) {
      ledger.skip('other service type');
      return;
    }
    if (serviceKind === 'arrondissement') {
      ledger.skip("mairie d'arrondissement");
      return;
    }
    if (!kinds.includes(serviceKind)) {
      ledger.skip(`${serviceKind} not requested`);
      return;
    }
    const name = stringOf(fields['nom']);
    if (/d[ée]l[ée]gu[ée]e/i.test(name)) {
      ledger.skip('mairie déléguée');
      return;
    }
    if (/\bannexe\b/i.test(name)) {
      ledger.skip('annexe');
      return;
    }

    const candidates = sites.value.map((site) => (isObject(site) ? stringOf(site['valeur']) : stringOf(site))).filter((v) => v !== '');
    // A mairie without a website is an institution the study cannot audit: counted, not reported line by line.
    const website = candidates.length > 0 ? firstWebsite(candidates) : undefined;
    if (website && !website.ok) {
      ledger.skip(website.category, { line, reason: website.reason, raw });
      return;
    }

    const location = stringOf(fields['code_insee_commune']);
    const served = stringList(entry['code_insee_commune']);
    const siren = stringOf(fields['siren']);
    const draft: InstitutionDraft = { url: website?.url ?? '', kind: serviceKind };
    if (siren) draft.siren = siren;
    if (serviceKind === 'commune') {
      const insee = served.length === 1 ? served[0] : location;
      if (!insee) {
        if (!website) ledger.skip(noWebsiteCategory);
        else ledger.skip('missing INSEE code', { line, reason: 'mairie without code_insee_commune', raw });
        return;
      }
      if (website && location && served.length === 1 && normaliseInsee(location) !== normaliseInsee(insee)) {
        ledger.report(line, `code_insee_commune ${location} differs from the pivot's ${insee}; used the pivot's`, raw);
      }
      draft.insee = insee;
    } else {
      draft.name = name;
      const codes = served.length > 0 ? served : location ? [location] : [];
      if (serviceKind === 'epci' && !epciBySiren(siren)) {
        const epci = mostFrequent(codes.map((code) => epciOfCommune(communeByInsee(normaliseInsee(code))?.commune.code ?? '')?.code));
        if (epci) draft.siren = epci;
        else if (website) ledger.report(line, 'EPCI not identified: no known SIREN, and its communes belong to no EPCI', raw);
      }
      if (serviceKind === 'departement' || serviceKind === 'region') {
        const key = serviceKind;
        const area = mostFrequent(codes.map((code) => communeByInsee(normaliseInsee(code))?.commune[key]));
        if (area) draft[key] = area;
        else if (website) ledger.report(line, `${key} not identified from code_insee_commune`, raw);
      }
    }
    const enriched = enrichInstitution(draft, strata);
    if (!website) {
      if (enriched.ok) ledger.noWebsite(enriched.institution);
      else ledger.skip(noWebsiteCategory);
      return;
    }
    if (!enriched.ok) {
      ledger.skip(enriched.category, { line, reason: enriched.reason, raw });
      return;
    }
    for (const note of enriched.notes) ledger.report(line, note, raw);
    ledger.keep(enriched.institution, line);
  });
  return ledger.result();
}

function recordsOf(text: string): { records: unknown[]; recordsKey?: string } {
  const start = text.replace(/^\ufeff/, '').trimStart()[0];
  if (start !== '[' && start !== '{') {
    throw new RegistryFormatError('not JSON: an Annuaire export is a JSON file (a CSV list of sites is read with --from csv)');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new RegistryFormatError(`not valid JSON: ${(error as Error).message}`);
  }
  let records: unknown[] | undefined;
  let recordsKey: string | undefined;
  if (Array.isArray(parsed)) records = parsed;
  else if (isObject(parsed)) {
    recordsKey = recordKeys.find((key) => Array.isArray(parsed[key]));
    if (recordsKey) records = parsed[recordsKey] as unknown[];
  }
  if (!records) {
    throw new RegistryFormatError('no records: expected a JSON array, or an object with a "service" (bulk) or "results" (API) array');
  }
  const looksLikeAnnuaire = records.some((record) => isObject(record) && ('pivot' in record || 'site_internet' in record));
  if (records.length > 0 && !looksLikeAnnuaire) {
    throw new RegistryFormatError('no record has the Annuaire fields "pivot" or "site_internet"');
  }
  return { records, recordsKey };
}

type Structured = { ok: true; value: unknown[] } | { ok: false; error: string };

/** A list field as either shape gives it: an array, JSON in a string, a plain string, or nothing. */
function structuredField(value: unknown): Structured {
  if (value === undefined || value === null || value === '') return { ok: true, value: [] };
  if (Array.isArray(value)) return { ok: true, value };
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (!trimmed.startsWith('[') && !trimmed.startsWith('{')) return { ok: true, value: [trimmed] };
    try {
      const parsed: unknown = JSON.parse(trimmed);
      return { ok: true, value: Array.isArray(parsed) ? parsed : [parsed] };
    } catch (error) {
      return { ok: false, error: (error as Error).message };
    }
  }
  return { ok: true, value: [value] };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOf(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

function stringList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(stringOf).filter((v) => v !== '');
  const single = stringOf(value);
  return single ? [single] : [];
}

function mostFrequent(values: readonly (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | undefined;
  for (const [value, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0)) best = value;
  return best;
}
