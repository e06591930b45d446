// Institutions: registries in, enrichment from the official geography, population strata,
// peer groups, and the sites CSV that the audit reads.
export type { ImportResult, ImportSummary, NoWebsiteCount, RegistryProblem, StrataConfig, Stratum } from './types.js';
export { readSitesCsv, parseSitesCsv, writeSitesCsv, sitesCsvColumns, noWebsiteUrl, type SitesCsvOptions } from './sites-csv.js';
export { importAnnuaire, parseAnnuaire, type AnnuaireOptions } from './annuaire.js';
export { importDomains, parseDomains, type DomainsOptions } from './domains.js';
export { RegistryFormatError } from './errors.js';
export { defaultStrata, defaultStrataThresholds, strataFromThresholds, stratumOf, bandOf, stratumByLabel } from './strata.js';
export { peerGroupKey, groupPeers, groupColumns, defaultGroupBy, minComparableGroupSize, type PeerGroup } from './peer-groups.js';
export { filterInstitutions, exclusionOf, type InstitutionFilters } from './filters.js';
export { stratifiedSample, largestRemainderQuotas } from './sample.js';
export { selectInstitutions, type Selection } from './selection.js';
export { enrichInstitution, identityOf, type InstitutionDraft } from './enrich.js';
export { checkWebsite, hostLabel, hostSlug } from './website.js';
