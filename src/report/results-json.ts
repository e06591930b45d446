// SiteResult (internal) → the documented results format (src/report/results-schema.ts).
import { clusterOf, type Message, type SiteResult } from '../model/index.js';
import type { StudyMeta } from '../store/study-store.js';
import { resultsSchemaVersion } from './results-schema.js';

export function studyJson(meta: StudyMeta, sites: Iterable<SiteResult>): Record<string, unknown> {
  return {
    schemaVersion: resultsSchemaVersion,
    study: {
      name: meta.name,
      startedAt: meta.startedAt,
      finishedAt: meta.finishedAt ?? null,
      tool: meta.tool,
      config: meta.config,
      ...(meta.environment ? { environment: meta.environment } : {}),
    },
    sites: [...sites].map(siteJson),
  };
}

/** A message as the schema writes it: its id and the values of its placeholders, `{}` when it has none. */
function messageJson(message: Message): { id: string; values: Record<string, unknown> } {
  return { id: message.id, values: message.values ?? {} };
}

/** Messages kept beside English texts, written only when the stored result has them. */
function messagesJson(key: string, messages: readonly Message[] | undefined): Record<string, unknown> {
  return messages ? { [key]: messages.map(messageJson) } : {};
}

export function siteJson(result: SiteResult): Record<string, unknown> {
  const { institution, crawl } = result;
  return {
    id: institution.id,
    name: institution.name,
    url: institution.url,
    kind: institution.kind,
    insee: institution.insee ?? null,
    siren: institution.siren ?? null,
    population: institution.population ?? null,
    stratum: institution.stratum ?? null,
    departement: institution.departement ?? null,
    region: institution.region ?? null,
    outcome: result.outcome,
    reason: result.reason ?? null,
    reasonMessages: result.reasonMessages?.map(messageJson) ?? null,
    crawl: {
      pagesCrawled: crawl.pagesCrawled,
      htmlPages: crawl.htmlPages,
      documents: crawl.documents,
      maxDepth: crawl.maxDepth,
      renderedWith: crawl.renderedWith,
      robotsTxt: { ...crawl.robotsTxt, ...messagesJson('problemMessages', crawl.robotsTxt.problemMessages) },
      sitemaps: crawl.sitemaps.map((sitemap) => ({ ...sitemap, ...messagesJson('errorMessages', sitemap.errorMessages) })),
      traps: crawl.traps.map((trap) => ({ ...trap, ...(trap.patternMessage ? { patternMessage: messageJson(trap.patternMessage) } : {}) })),
    },
    checks: result.checks.map((check) => ({
      id: check.id,
      scope: check.scope,
      dimension: check.dimension,
      status: check.status,
      value: check.value ?? null,
      message: check.message ? { id: check.message.id, values: check.message.values ?? {} } : null,
      evidence: check.evidence ?? null,
      pagesAffected: check.pagesAffected,
      pagesChecked: check.pagesChecked,
      examples: check.examples,
    })),
    lighthouse: {
      pages: result.lighthouse.pages.map((page) => ({
        url: page.url,
        pageType: page.pageType,
        reason: page.reason,
        reasonMessage: page.reasonMessage ? messageJson(page.reasonMessage) : null,
        formFactor: page.formFactor,
        runs: page.runs.length,
        scores: page.scores,
        metrics: page.metrics,
        spread: page.spread,
        failingSeoAudits: page.failingSeoAudits,
        failingAccessibilityAudits: page.failingAccessibilityAudits,
        error: page.error ?? null,
        errorMessage: page.errorMessage ? messageJson(page.errorMessage) : null,
      })),
    },
    visibility: result.visibility ?? null,
    attribution: attributionJson(result),
    index: result.index ?? null,
  };
}

/** Who built the site and with what, flat as the exports carry it; null when the audit read no page (or predates attribution). */
function attributionJson(result: SiteResult): Record<string, unknown> | null {
  const { attribution } = result;
  if (!attribution) return null;
  return {
    cms: attribution.cms?.id ?? null,
    cmsVersion: attribution.cms?.version ?? null,
    seoPlugins: attribution.seoPlugins,
    theme: attribution.theme ?? null,
    platform: attribution.platform ?? null,
    vendor: attribution.vendor?.name ?? null,
    vendorEvidence: attribution.vendor?.evidence ?? null,
    cluster: clusterOf(result.institution.id, attribution),
  };
}

/**
 * Writes the same text as `JSON.stringify(studyJson(meta, sites), null, 2)`, one site at a time,
 * so that exporting a national study does not hold every site in memory.
 */
export function writeStudyJson(write: (chunk: string) => void, meta: StudyMeta, sites: Iterable<SiteResult>): void {
  const writer = new StudyJsonWriter(write, meta);
  for (const site of sites) writer.add(site);
  writer.end();
}

/** The same text as writeStudyJson, fed one site at a time (the report writes it as results stream by). */
export class StudyJsonWriter {
  private first = true;

  constructor(
    private readonly write: (chunk: string) => void,
    meta: StudyMeta,
  ) {
    const head = studyJson(meta, []);
    write(
      `{\n  "schemaVersion": ${JSON.stringify(head['schemaVersion'])},\n  "study": ${indent(JSON.stringify(head['study'], null, 2), 2)},\n  "sites": [`,
    );
  }

  add(site: SiteResult): void {
    this.write(`${this.first ? '' : ','}\n    ${indent(JSON.stringify(siteJson(site), null, 2), 4)}`);
    this.first = false;
  }

  end(): void {
    this.write(this.first ? ']\n}\n' : '\n  ]\n}\n');
  }
}

const indent = (text: string, spaces: number) => text.replaceAll('\n', `\n${' '.repeat(spaces)}`);
