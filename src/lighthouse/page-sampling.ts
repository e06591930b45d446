// Which pages Lighthouse audits: the home page, then one page per type (contact, démarche, news article,
// event, legal or accessibility page, deep content page), then pages of templates not yet seen, then
// the rest by click depth and inbound links (`--lighthouse-pages N` beyond the types, or `all`).
// Pure and deterministic: the crawl's order never matters, every tie ends on the URL.
import {
  lighthouseMessage,
  type LighthousePageRequest,
  type Message,
  type PageFacts,
  type PageSnapshot,
  renderLighthouseMessage,
} from '../model/index.js';
import {
  classifyPage,
  evidenceKinds,
  pathSegments,
  sampledPageTypes,
  typeMatch,
  type PageTypeMatch,
  type SampledPageType,
} from './page-types.js';
import { templateKey } from './page-template.js';

export interface SamplingInput {
  /** The institution's address, as the crawl started from it. */
  homeUrl: string;
  pages: PageFacts[];
  snapshots: PageSnapshot[];
}

interface Candidate {
  url: string;
  facts: PageFacts;
  segments: string[];
  hasQuery: boolean;
  template: string;
  match?: PageTypeMatch;
  /** Clicks from the home page, as the crawl found the page (path segments when the crawl did not say). */
  depth: number;
  /** Other crawled pages that link to this one. */
  inbound: number;
}

/** Pages audited besides the home page: a number, or every distinct HTML page the crawl kept. */
export type LighthousePageCount = number | 'all';

/** A last segment that lists rather than shows: a month of the calendar, a page of results. */
const listingSegment = /^(\d{4}(-\d{2}){0,2}|page-?\d+|p\d+|\d+)$/;

/** A page chosen for `reason` (a Lighthouse message), its English text kept beside it. */
function request(url: string, pageType: string, reasonMessage: Message): LighthousePageRequest {
  return { url, pageType, reason: renderLighthouseMessage(reasonMessage, 'en'), reasonMessage };
}

/**
 * The pages Lighthouse audits: the home page and `pages` others (`all`: every successful HTML page of
 * the home page's host, one per URL and per content). The first ones are the same whatever `pages`
 * is: asking for more only adds pages at the end.
 */
export function selectLighthousePages(input: SamplingInput, pages: LighthousePageCount): LighthousePageRequest[] {
  const count = pages === 'all' ? Number.POSITIVE_INFINITY : pages;
  const homeUrl = finalHomeUrl(input);
  const homeFacts = input.pages.find((facts) => facts.url === homeUrl);
  const home = request(homeUrl, 'home', lighthouseMessage('lighthouse.homePage'));
  if (count <= 0) return [home];

  const candidates = contentPages(input, homeUrl, homeFacts);
  const chosen: LighthousePageRequest[] = [home];
  const chosenUrls = new Set([homeUrl]);
  const usedTemplates = new Set<string>();
  if (homeFacts) usedTemplates.add(templateKey(homeFacts, bodyOf(input, homeUrl)));

  const take = (candidate: Candidate, pageType: string, reason: Message) => {
    chosen.push(request(candidate.url, pageType, reason));
    chosenUrls.add(candidate.url);
    usedTemplates.add(candidate.template);
  };
  const open = () => candidates.filter((candidate) => !chosenUrls.has(candidate.url));
  const chosenTypes = () => new Set(chosen.map((request) => request.pageType));

  for (const slot of sampledPageTypes) {
    if (chosen.length > count) break;
    const pick = bestForSlot(slot, open(), usedTemplates, chosenTypes());
    if (!pick) continue;
    if (slot === 'deep') {
      const template = lighthouseMessage(usedTemplates.has(pick.template) ? 'lighthouse.templateAudited' : 'lighthouse.templateNew');
      const values = { segments: pick.segments.length, words: pick.facts.wordCount, template };
      take(pick, 'deep', lighthouseMessage('lighthouse.deepPage', values));
    } else {
      const match = pick.match as PageTypeMatch;
      const page = match.isEntry ? lighthouseMessage('lighthouse.entry', { page: match.label }) : match.label;
      take(pick, match.type, lighthouseMessage('lighthouse.typedPage', { page, signal: match.signal }));
    }
  }

  // Fewer page types than pages asked for: widen the sample with templates Lighthouse has not seen.
  for (const candidate of open().sort(byShallowest)) {
    if (chosen.length > count) break;
    if (usedTemplates.has(candidate.template) || (candidate.match && chosenTypes().has(candidate.match.type))) continue;
    const segments = candidate.segments.length;
    const reason = candidate.match
      ? lighthouseMessage('lighthouse.anotherTemplateOfType', { page: candidate.match.label, segments })
      : lighthouseMessage('lighthouse.anotherTemplate', { segments });
    take(candidate, candidate.match?.type ?? 'other', reason);
  }

  // Every template seen and more pages asked for: the pages closest to the home page, then the most linked.
  for (const candidate of open().sort(byDepthThenInbound)) {
    if (chosen.length > count) break;
    take(
      candidate,
      candidate.match?.type ?? 'other',
      lighthouseMessage('lighthouse.byDepth', { depth: candidate.depth, inbound: candidate.inbound }),
    );
  }
  return chosen;
}

/** The home page's address after redirects, as the crawl saw it. */
function finalHomeUrl(input: SamplingInput): string {
  const wanted = comparable(input.homeUrl);
  const requested = input.snapshots.filter((page) => comparable(page.requestedUrl) === wanted);
  const snapshot = requested.find((page) => page.status >= 200 && page.status < 300) ?? requested[0];
  const url = snapshot?.finalUrl ?? input.homeUrl;
  return input.pages.find((facts) => comparable(facts.url) === comparable(url))?.url ?? url;
}

/** The same address written the same way: "http://a.fr" and "http://a.fr/#top" are one page. */
function comparable(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url;
  }
}

function bodyOf(input: SamplingInput, url: string): string | undefined {
  return input.snapshots.find((snapshot) => snapshot.finalUrl === url && snapshot.body)?.body;
}

/** Successful HTML pages of the home page's host, one per URL and per content, each classified. */
function contentPages(input: SamplingInput, homeUrl: string, homeFacts: PageFacts | undefined): Candidate[] {
  const homeHost = hostOf(homeUrl);
  const snapshotByUrl = new Map<string, PageSnapshot>();
  for (const snapshot of [...input.snapshots].sort((a, b) => compareText(a.requestedUrl, b.requestedUrl))) {
    if (!snapshotByUrl.has(snapshot.finalUrl)) snapshotByUrl.set(snapshot.finalUrl, snapshot);
  }
  const seenUrls = new Set([homeUrl]);
  const seenContent = new Set(homeFacts ? [homeFacts.contentHash] : []);
  const inbound = inboundLinks(input.pages);
  const candidates: Candidate[] = [];
  for (const facts of [...input.pages].sort((a, b) => compareText(a.url, b.url))) {
    const snapshot = snapshotByUrl.get(facts.url);
    if (seenUrls.has(facts.url) || facts.status < 200 || facts.status >= 300) continue;
    if (hostOf(facts.url) !== homeHost || snapshot?.error) continue;
    if (snapshot && !/html/i.test(snapshot.contentType)) continue;
    if (seenContent.has(facts.contentHash)) continue;
    seenUrls.add(facts.url);
    seenContent.add(facts.contentHash);
    candidates.push({
      url: facts.url,
      facts,
      segments: pathSegments(facts.url),
      hasQuery: new URL(facts.url).search.length > 0,
      template: templateKey(facts, snapshot?.body),
      match: linkedFromHome(facts.url, homeFacts) ?? classifyPage(facts),
      depth: snapshot?.depth ?? pathSegments(facts.url).length,
      inbound: inbound.get(comparable(facts.url))?.size ?? 0,
    });
  }
  inheritTemplateTypes(candidates);
  return candidates;
}

/** For each linked address, the other pages that link to it (a page linking to itself does not count). */
function inboundLinks(pages: PageFacts[]): Map<string, Set<string>> {
  const linkedFrom = new Map<string, Set<string>>();
  for (const facts of pages) {
    const from = comparable(facts.url);
    for (const link of facts.links) {
      if (link.kind !== 'http' || !link.internal || !link.url) continue;
      const to = comparable(link.url);
      if (to === from) continue;
      const sources = linkedFrom.get(to) ?? new Set<string>();
      sources.add(from);
      linkedFrom.set(to, sources);
    }
  }
  return linkedFrom;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** The home page names its accessibility statement and legal notice: the strongest evidence there is. */
function linkedFromHome(url: string, homeFacts: PageFacts | undefined): PageTypeMatch | undefined {
  if (!homeFacts) return undefined;
  if (homeFacts.accessibility.declarationUrl && comparable(homeFacts.accessibility.declarationUrl) === comparable(url)) {
    return typeMatch('accessibility', 'home-link', false, 'lighthouse.signal.accessibilityLink');
  }
  if (homeFacts.legalNoticeUrl && comparable(homeFacts.legalNoticeUrl) === comparable(url)) {
    return typeMatch('legal', 'home-link', false, 'lighthouse.signal.legalLink');
  }
  return undefined;
}

/** A page that says nothing of its type takes the type of its template, when that template has only one. */
function inheritTemplateTypes(candidates: Candidate[]): void {
  const typesByTemplate = new Map<string, Map<string, Candidate>>();
  for (const candidate of candidates) {
    if (!candidate.match) continue;
    const types = typesByTemplate.get(candidate.template) ?? new Map<string, Candidate>();
    if (!types.has(candidate.match.type)) types.set(candidate.match.type, candidate);
    typesByTemplate.set(candidate.template, types);
  }
  for (const candidate of candidates) {
    if (candidate.match) continue;
    const types = typesByTemplate.get(candidate.template);
    if (!types || types.size !== 1) continue;
    const [example] = [...types.values()] as [Candidate];
    const exampleMatch = example.match as PageTypeMatch;
    const signal = lighthouseMessage('lighthouse.signal.sameTemplate', { path: new URL(example.url).pathname });
    candidate.match = { ...exampleMatch, evidence: 'template', signal, isEntry: true };
  }
}

function bestForSlot(
  slot: SampledPageType,
  candidates: Candidate[],
  usedTemplates: Set<string>,
  chosenTypes: Set<string>,
): Candidate | undefined {
  if (slot === 'deep') {
    // Deepest first, of a type not audited yet; a template Lighthouse has not seen wins over one it has.
    return candidates
      .filter((candidate) => candidate.segments.length >= 2 && !(candidate.match && chosenTypes.has(candidate.match.type)))
      .sort(
        (a, b) =>
          Number(usedTemplates.has(a.template)) - Number(usedTemplates.has(b.template)) ||
          b.segments.length - a.segments.length ||
          b.facts.wordCount - a.facts.wordCount ||
          compareText(a.url, b.url),
      )[0];
  }
  const types = slot === 'legal-or-accessibility' ? ['accessibility', 'legal'] : [slot];
  const entryFirst = slot === 'news' || slot === 'event' || slot === 'demarche';
  return candidates
    .filter((candidate) => candidate.match && types.includes(candidate.match.type))
    .sort(
      (a, b) =>
        types.indexOf((a.match as PageTypeMatch).type) - types.indexOf((b.match as PageTypeMatch).type) ||
        Number(a.hasQuery) - Number(b.hasQuery) ||
        (entryFirst ? entryRank(a) - entryRank(b) : 0) ||
        evidenceRank(a) - evidenceRank(b) ||
        (entryFirst ? 0 : a.segments.length - b.segments.length) ||
        compareText(a.url, b.url),
    )[0];
}

/** 0 an entry with structured data of its kind, 1 an entry, 2 a listing (the section, a month, a page of results). */
function entryRank(candidate: Candidate): number {
  const match = candidate.match as PageTypeMatch;
  const last = candidate.segments[candidate.segments.length - 1] ?? '';
  if (!match.isEntry || listingSegment.test(last)) return 2;
  return match.evidence === 'json-ld' || candidate.facts.structuredDataTypes.some((type) => /Event|Article|Service/.test(type)) ? 0 : 1;
}

function evidenceRank(candidate: Candidate): number {
  return evidenceKinds.indexOf((candidate.match as PageTypeMatch).evidence);
}

function byShallowest(a: Candidate, b: Candidate): number {
  return Number(a.hasQuery) - Number(b.hasQuery) || a.segments.length - b.segments.length || compareText(a.url, b.url);
}

function byDepthThenInbound(a: Candidate, b: Candidate): number {
  return a.depth - b.depth || b.inbound - a.inbound || Number(a.hasQuery) - Number(b.hasQuery) || compareText(a.url, b.url);
}

/** Code-unit order, the same on every machine and locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
