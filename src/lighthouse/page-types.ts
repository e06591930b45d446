// What kind of page a URL and title show on a French municipal site. Lighthouse audits one page of each
// kind, so that a site is judged on the pages its citizens use, not on pages picked at random.
import { lighthouseMessage, type LighthouseMessageId, type Message, type MessageValues, type PageFacts } from '../model/index.js';

export type PageType = 'home' | 'contact' | 'demarche' | 'news' | 'event' | 'accessibility' | 'legal' | 'deep' | 'other';

/** The page types sampled after the home page, in the order they are chosen. */
export const sampledPageTypes = ['contact', 'demarche', 'news', 'event', 'legal-or-accessibility', 'deep'] as const;
export type SampledPageType = (typeof sampledPageTypes)[number];

interface TypeRule {
  /** A reason names it with the message `lighthouse.pageType.<type>`. */
  type: Exclude<PageType, 'home' | 'deep' | 'other'>;
  /** Matched against each decoded, lower-cased path segment. */
  segment: RegExp;
  /** Matched against the lower-cased title. */
  title: RegExp;
  /** JSON-LD types that say the same. */
  jsonLd?: string[];
}

// Earlier rules win: "/actualites/agenda-du-conseil/" is news; "/demarches/contact/" is contact.
export const pageTypeRules: TypeRule[] = [
  {
    type: 'accessibility',
    segment: /^(accessibilite|declaration-(d-|d’)?accessibilite|accessibility|rgaa)(\.\w+)?$/,
    title: /d[ée]claration d.accessibilit[ée]|^accessibilit[ée]\b/,
  },
  {
    type: 'legal',
    segment:
      /^(mentions-legales|mentions|informations-legales|legal|donnees-personnelles|politique-de-confidentialite|confidentialite|vie-privee|rgpd|cookies|gestion-des-cookies)(\.\w+)?$/,
    title: /mentions l[ée]gales|donn[ée]es personnelles|confidentialit[ée]|vie priv[ée]e/,
  },
  {
    type: 'contact',
    segment:
      /^(contact|contacts|contactez-nous|nous-contacter|contacter-la-mairie|ecrire-a-la-mairie|formulaire-de-contact|coordonnees|horaires)(\.\w+)?$/,
    title: /\bcontact|nous [ée]crire|coordonn[ée]es/,
    jsonLd: ['ContactPage'],
  },
  {
    type: 'news',
    segment: /^(actualites?|actus?|news|infos?|a-la-une|communiques?(-de-presse)?|presse|breves|blog)(\.\w+)?$/,
    title: /actualit[ée]|communiqu[ée]/,
    jsonLd: ['NewsArticle', 'Article', 'BlogPosting'],
  },
  {
    type: 'event',
    segment: /^(agenda|evenements?|events?|manifestations?|sortir|que-faire|calendrier|animations)(\.\w+)?$/,
    title: /agenda|[ée]v[ée]nement|manifestation/,
    jsonLd: ['Event'],
  },
  {
    type: 'demarche',
    segment:
      /^(demarches?|demarches-en-ligne|services?|vos-services|services-en-ligne|e-services|formalites|etat-civil|urbanisme|guichet|guichet-unique|papiers|vos-demarches)(\.\w+)?$/,
    title: /d[ée]marche|formalit[ée]|[ée]tat civil|urbanisme|service en ligne/,
    jsonLd: ['GovernmentService', 'Service'],
  },
];

/** Where a page's type comes from, strongest first. */
export const evidenceKinds = ['home-link', 'url', 'json-ld', 'title', 'template'] as const;
export type Evidence = (typeof evidenceKinds)[number];

export interface PageTypeMatch {
  type: PageType;
  /** The type as a reason names it ("contact page"), a Lighthouse message. */
  label: Message;
  evidence: Evidence;
  /** The evidence, a Lighthouse message: `URL segment "contact"`, `title "…"`, `JSON-LD Event`. */
  signal: Message;
  /** True when the page sits below its section (an article, not the list of articles). */
  isEntry: boolean;
}

export function pathSegments(url: string): string[] {
  return new URL(url).pathname
    .split('/')
    .filter((segment) => segment.length > 0)
    .map((segment) =>
      safeDecode(segment)
        .toLowerCase()
        .normalize('NFD')
        .replace(/\p{Diacritic}/gu, ''),
    );
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A match of `type` on the evidence `signal` (a Lighthouse message and its values). */
export function typeMatch(
  type: TypeRule['type'],
  evidence: Evidence,
  isEntry: boolean,
  signal: LighthouseMessageId,
  values?: MessageValues,
): PageTypeMatch {
  return { type, label: lighthouseMessage(`lighthouse.pageType.${type}`), evidence, signal: lighthouseMessage(signal, values), isEntry };
}

/** The type its URL, title or structured data give a page; undefined when none says anything. */
export function classifyPage(facts: PageFacts): PageTypeMatch | undefined {
  const segments = pathSegments(facts.url);
  const title = (facts.title ?? '').toLowerCase();
  for (const rule of pageTypeRules) {
    const index = segments.findIndex((segment) => rule.segment.test(segment));
    if (index >= 0) {
      return typeMatch(rule.type, 'url', index < segments.length - 1, 'lighthouse.signal.urlSegment', { segment: segments[index] ?? '' });
    }
  }
  for (const rule of pageTypeRules) {
    const jsonLdType = rule.jsonLd?.find((type) => facts.structuredDataTypes.includes(type));
    if (jsonLdType) return typeMatch(rule.type, 'json-ld', true, 'lighthouse.signal.jsonLd', { type: jsonLdType });
  }
  for (const rule of pageTypeRules) {
    if (title && rule.title.test(title)) {
      return typeMatch(rule.type, 'title', false, 'lighthouse.signal.title', { title: facts.title?.trim().slice(0, 80) ?? '' });
    }
  }
  return undefined;
}
