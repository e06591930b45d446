// What the Lighthouse lane tells a reader, in both languages: why each page was chosen, and the
// failures muniseo itself describes (a timeout, a crashed worker). Lighthouse's own runtime
// errors keep Lighthouse's code and text. The lane records message ids and values; the report
// renders them in its own language, the English text staying beside them (`reason`, `error`).
import type { Language } from './localised.js';
import { renderMessage, type Message, type MessageCatalogue, type MessageValues } from './messages.js';

export const lighthouseMessages = {
  // Why a page was chosen (LighthousePageRequest.reasonMessage).
  'lighthouse.homePage': { fr: 'page d’accueil', en: 'home page' },
  'lighthouse.typedPage': { fr: '{page} : {signal}', en: '{page}: {signal}' },
  'lighthouse.entry': { fr: '{page} (page de détail)', en: '{page} entry' },
  'lighthouse.deepPage': {
    fr: 'page de contenu profonde : {segments, plural, one {# segment} other {# segments}} de chemin, {words, plural, one {# mot} other {# mots}}, {template}',
    en: 'deep content page: {segments, plural, one {# path segment} other {# path segments}}, {words, plural, one {# word} other {# words}}, {template}',
  },
  'lighthouse.templateAudited': { fr: 'un gabarit déjà audité', en: 'a template already audited' },
  'lighthouse.templateNew': { fr: 'un gabarit pas encore audité', en: 'a template not yet audited' },
  'lighthouse.anotherTemplate': {
    fr: 'un autre gabarit : {segments, plural, one {# segment} other {# segments}} de chemin',
    en: 'another template: {segments} path segments',
  },
  'lighthouse.anotherTemplateOfType': {
    fr: 'un autre gabarit ({page}) : {segments, plural, one {# segment} other {# segments}} de chemin',
    en: 'another template ({page}): {segments} path segments',
  },

  // The types of page the sampling looks for, as a reason names them.
  'lighthouse.pageType.accessibility': { fr: 'déclaration d’accessibilité', en: 'accessibility statement' },
  'lighthouse.pageType.legal': { fr: 'mentions légales ou page de confidentialité', en: 'legal notice or privacy page' },
  'lighthouse.pageType.contact': { fr: 'page de contact', en: 'contact page' },
  'lighthouse.pageType.news': { fr: 'actualité', en: 'news' },
  'lighthouse.pageType.event': { fr: 'événement', en: 'event' },
  'lighthouse.pageType.demarche': { fr: 'démarche ou service', en: 'démarche or service' },

  // What gave a page its type.
  'lighthouse.signal.urlSegment': { fr: 'segment d’URL « {segment} »', en: 'URL segment "{segment}"' },
  'lighthouse.signal.jsonLd': { fr: 'JSON-LD {type}', en: 'JSON-LD {type}' },
  'lighthouse.signal.title': { fr: 'titre « {title} »', en: 'title "{title}"' },
  'lighthouse.signal.accessibilityLink': {
    fr: 'lien de la mention d’accessibilité de la page d’accueil',
    en: 'linked from the accessibility mention of the home page',
  },
  'lighthouse.signal.legalLink': {
    fr: 'lien des mentions légales de la page d’accueil',
    en: 'linked as the legal notice from the home page',
  },
  'lighthouse.signal.sameTemplate': { fr: 'même gabarit que {path}', en: 'same template as {path}' },

  // Run failures muniseo describes (LighthousePageResult.errorMessage); the code says which.
  'lighthouse.noRun': { fr: 'aucune mesure Lighthouse n’a été faite', en: 'no Lighthouse run was made' },
  'lighthouse.timeout': {
    fr: 'pas de résultat Lighthouse en {seconds} s ; le processus et son Chromium ont été arrêtés',
    en: 'no Lighthouse result within {seconds} s; the worker and its Chromium were killed',
  },
  'lighthouse.laneClosed': {
    fr: 'la file Lighthouse a été fermée avant cette mesure',
    en: 'the Lighthouse lane was closed before this run',
  },
  'lighthouse.chromiumStartFailed': { fr: 'Chromium n’a pas pu démarrer ({detail})', en: '{detail}' },
  'lighthouse.workerCrashed': { fr: 'le processus Lighthouse s’est arrêté ({detail})', en: 'the Lighthouse worker {detail}' },
  'lighthouse.workerKilled': { fr: 'tué par le signal {signal}', en: 'killed by {signal}' },
  'lighthouse.workerExited': { fr: 'code de sortie {code}', en: 'exited with code {code}' },
  'lighthouse.workerError': { fr: 'erreur : {detail}', en: '{detail}' },
  'lighthouse.workerNotRunning': { fr: 'il ne tournait plus', en: 'not running' },

  // Pages chosen once every page type and template has one (`--lighthouse-pages N` beyond them, or `all`).
  'lighthouse.byDepth': {
    fr: 'page à {depth, plural, one {# clic} other {# clics}} de l’accueil, {inbound, plural, =0 {sans lien entrant} one {# lien entrant} other {# liens entrants}}',
    en: 'page {depth, plural, one {# click} other {# clicks}} from the home page, {inbound, plural, =0 {no inbound link} one {# inbound link} other {# inbound links}}',
  },
} as const satisfies MessageCatalogue;

export type LighthouseMessageId = keyof typeof lighthouseMessages;

/** A Lighthouse message: its id (checked against the catalogue) and the values of its placeholders. */
export function lighthouseMessage(id: LighthouseMessageId, values?: MessageValues): Message {
  return values ? { id, values } : { id };
}

/** A Lighthouse message in `lang`. */
export function renderLighthouseMessage(message: Message, lang: Language): string {
  return renderMessage(lighthouseMessages, message, lang);
}
