// Lists of public-sector host names, one a line, such as DINUM's
// etalab/noms-de-domaine-organismes-secteur-public (`sources/communes.txt`…). No INSEE code,
// no name: each host becomes an institution identified by a slug of the host, unenriched.
import { basename } from 'node:path';
import { enrichInstitution } from './enrich.js';
import { RegistryFormatError } from './errors.js';
import { ImportLedger } from './ledger.js';
import { readRegistryText } from './read-text.js';
import { defaultStrata } from './strata.js';
import type { ImportResult, StrataConfig } from './types.js';
import type { InstitutionKind } from '../model/index.js';
import { checkWebsite, hostLabel } from './website.js';

export interface DomainsOptions {
  strata?: StrataConfig;
  /** Kind of every host; by default from the file name (`communes.txt` → commune), else `other`. */
  kind?: InstitutionKind;
}

/** The DINUM list's file names and the kind of institution each lists. */
const kindsByFileName: Record<string, InstitutionKind> = {
  'communes.txt': 'commune',
  'epci.txt': 'epci',
  'conseils-departementaux.txt': 'departement',
  'conseils-regionaux.txt': 'region',
};

export async function importDomains(path: string, options: DomainsOptions = {}): Promise<ImportResult> {
  const { text } = await readRegistryText(path);
  const kind = options.kind ?? kindsByFileName[basename(path).toLowerCase()] ?? 'other';
  try {
    return parseDomains(text, { ...options, kind });
  } catch (error) {
    if (error instanceof RegistryFormatError && !error.path) throw new RegistryFormatError(error.message, path);
    throw error;
  }
}

export function parseDomains(text: string, options: DomainsOptions = {}): ImportResult {
  const strata = options.strata ?? defaultStrata;
  const kind = options.kind ?? 'other';
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  const firstEntry = lines.find((line) => line.trim() !== '' && !line.trim().startsWith('#'))?.trim() ?? '';
  if (firstEntry.startsWith('{') || firstEntry.startsWith('[')) {
    throw new RegistryFormatError('this is JSON, not a list of domains (an Annuaire export is read with --from annuaire)');
  }
  if (/[,;\t]/.test(firstEntry)) {
    throw new RegistryFormatError(`line 1 holds several columns ("${firstEntry}"); a CSV of sites is read with --from csv`);
  }

  const ledger = new ImportLedger();
  lines.forEach((content, index) => {
    const entry = content.trim();
    if (entry === '' || entry.startsWith('#')) return;
    const line = index + 1;
    ledger.countRead();
    const website = checkWebsite(entry);
    if (!website.ok) {
      ledger.skip(website.category, { line, reason: website.reason, raw: content });
      return;
    }
    const enriched = enrichInstitution({ url: website.url, kind, name: hostLabel(website.url) }, strata);
    if (!enriched.ok) {
      ledger.skip(enriched.category, { line, reason: enriched.reason, raw: content });
      return;
    }
    ledger.keep(enriched.institution, line);
  });
  return ledger.result();
}
