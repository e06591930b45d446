// Link texts that say nothing about their target, per language. Lighthouse's list has no French
// entries; muniseo's sites are French, with German, English, Spanish and Italian pages in border
// and tourist areas. A link in a language without a list is not judged.
import { normaliseText } from './text.js';

export const vagueLinkTexts: Record<string, readonly string[]> = {
  fr: [
    'cliquez ici',
    'cliquer ici',
    'cliquez',
    'ici',
    'par ici',
    'en savoir plus',
    'en savoir +',
    'savoir plus',
    'pour en savoir plus',
    'lire la suite',
    'lire plus',
    'la suite',
    'suite',
    'plus',
    '+',
    'voir',
    'voir plus',
    'voir la suite',
    'voir tout',
    'lien',
    'ce lien',
    'cette page',
    'page',
    'details',
    'plus de details',
    "plus d'infos",
    "plus d'informations",
    'infos',
    'informations',
    'decouvrir',
    'acceder',
    'continuer',
    'consulter',
  ],
  en: [
    'click here',
    'click this',
    'here',
    'go',
    'information',
    'learn more',
    'more',
    'more info',
    'more information',
    'right here',
    'read more',
    'see more',
    'start',
    'this',
    'link',
    'details',
    'continue',
  ],
  de: [
    'hier',
    'hier klicken',
    'klicken sie hier',
    'mehr',
    'mehr erfahren',
    'mehr lesen',
    'weiterlesen',
    'weiter',
    'mehr informationen',
    'mehr infos',
    'link',
    'details',
    'siehe',
  ],
  es: ['aqui', 'haga clic aqui', 'haz clic aqui', 'mas', 'leer mas', 'ver mas', 'mas informacion', 'saber mas', 'enlace'],
  it: ['qui', 'clicca qui', 'di piu', 'leggi di piu', 'scopri di piu', 'altro', 'maggiori informazioni', 'leggi tutto', 'link'],
};

const lists = new Map(Object.entries(vagueLinkTexts).map(([language, texts]) => [language, new Set(texts.map(normaliseText))]));

/** Pages of French institutions that declare no language are read as French. */
export const defaultLinkLanguage = 'fr';

/**
 * Whether a link text is vague in its language: `true`, `false`, or `undefined` when muniseo has
 * no list for that language. Surrounding punctuation and arrows (« En savoir plus » ») are ignored;
 * a text with no letter or digit at all (« → », « + ») is vague in every language.
 */
export function isVagueLinkText(text: string, language: string | undefined): boolean | undefined {
  const primary = (language ?? defaultLinkLanguage).toLowerCase().split(/[-_]/)[0] ?? defaultLinkLanguage;
  const list = lists.get(primary);
  if (!list) return undefined;
  const normalised = normaliseText(text);
  if (!/[\p{L}\p{N}]/u.test(normalised)) return true;
  const trimmed = normalised.replace(/^[^\p{L}\p{N}+]+|[^\p{L}\p{N}+]+$/gu, '').trim();
  return list.has(trimmed);
}
