// Names of the domain's values (kinds, outcomes, statuses, dimensions…) in both report languages.
import type { ReportLang } from './format.js';
import { institutionKindLabels, type Localised } from '../model/index.js';

type Labels = Record<string, Localised>;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Kinds of institution, capitalised for table cells and headings. */
export const kindLabels: Labels = Object.fromEntries(
  Object.entries(institutionKindLabels).map(([kind, label]) => [kind, { fr: capitalise(label.fr), en: capitalise(label.en) }]),
);

export const outcomeLabels: Labels = {
  ok: { fr: 'audité', en: 'audited' },
  'no-pages': { fr: 'aucune page lisible', en: 'no readable page' },
  unreachable: { fr: 'injoignable', en: 'unreachable' },
  invisible: { fr: 'invisible aux moteurs de recherche', en: 'invisible to search engines' },
  'refuses-crawler': { fr: 'refuse notre robot (ouvert aux moteurs)', en: 'refuses our crawler (open to search engines)' },
  'blocked-by-robots': { fr: 'robots.txt illisible : exploration suspendue', en: 'robots.txt unreadable: crawling suspended' },
  timeout: { fr: 'délai dépassé', en: 'timed out' },
  'http-error': { fr: 'erreur HTTP', en: 'HTTP error' },
  excluded: { fr: 'exclu à la demande de son propriétaire', en: 'excluded at its owner’s request' },
  'refused-address': { fr: 'adresse refusée par la politique réseau', en: 'address refused by the network policy' },
  error: { fr: 'erreur', en: 'error' },
};

export const statusLabels: Labels = {
  pass: { fr: 'réussi', en: 'pass' },
  warn: { fr: 'avertissement', en: 'warning' },
  fail: { fr: 'échec', en: 'fail' },
  na: { fr: 'sans objet', en: 'not applicable' },
};

export const pageTypeLabels: Labels = {
  home: { fr: 'accueil', en: 'home' },
  contact: { fr: 'contact', en: 'contact' },
  demarche: { fr: 'démarche', en: 'service' },
  news: { fr: 'actualité', en: 'news' },
  event: { fr: 'événement', en: 'event' },
  legal: { fr: 'mentions légales', en: 'legal notice' },
  accessibility: { fr: 'accessibilité', en: 'accessibility' },
  deep: { fr: 'page profonde', en: 'deep page' },
  other: { fr: 'autre', en: 'other' },
};

export const formFactorLabels: Labels = {
  mobile: { fr: 'mobile', en: 'mobile' },
  desktop: { fr: 'ordinateur', en: 'desktop' },
};

export const categoryLabels: Labels = {
  performance: { fr: 'Performance', en: 'Performance' },
  accessibility: { fr: 'Accessibilité', en: 'Accessibility' },
  'best-practices': { fr: 'Bonnes pratiques', en: 'Best practices' },
  seo: { fr: 'SEO', en: 'SEO' },
};

export const metricLabels: Labels = {
  fcp: { fr: 'FCP', en: 'FCP' },
  lcp: { fr: 'LCP', en: 'LCP' },
  cls: { fr: 'CLS', en: 'CLS' },
  tbt: { fr: 'TBT', en: 'TBT' },
  speedIndex: { fr: 'Speed Index', en: 'Speed Index' },
  serverResponseTime: { fr: 'Réponse serveur', en: 'Server response' },
};

/** The label of a value, or the value itself when it has none (a new outcome, a custom dimension). */
export function labelOf(labels: Labels, value: string, lang: ReportLang): string {
  return labels[value]?.[lang] ?? value;
}
