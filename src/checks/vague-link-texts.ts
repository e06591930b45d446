// Link texts that say nothing about their target, per language (primary subtag of the link's
// `lang`). Two lists, kept as data with their source:
// - Lighthouse's, the `nonDescriptiveLinkTexts` of its `link-text` audit
//   (https://github.com/GoogleChrome/lighthouse/blob/f8eac394a68b90109078bba44cafbec7ceb9026a/core/audits/seo/link-text.js,
//   Apache-2.0): English, Japanese, Spanish, Portuguese, Korean, Swedish, German, Tamil, Persian;
// - muniseo's: French, which Lighthouse lacks and muniseo's sites are written in, Italian (border
//   and tourist areas), and texts French municipal sites use in English, German and Spanish pages.
// A text matches when it equals an entry once case, accents, surrounding punctuation and arrows are
// set aside (« En savoir plus » », "Read more…"); Lighthouse only sets case and spaces aside.
import { normaliseText } from './text.js';

export const lighthouseVagueLinkTexts: Readonly<Record<string, readonly string[]>> = {
  en: [
    'click here',
    'click this',
    'go',
    'here',
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
  ],
  ja: ['ここをクリック', 'こちらをクリック', 'リンク', '続きを読む', '続く', '全文表示'],
  es: [
    'click aquí',
    'click aqui',
    'clicka aquí',
    'clicka aqui',
    'pincha aquí',
    'pincha aqui',
    'aquí',
    'aqui',
    'más',
    'mas',
    'más información',
    'más informacion',
    'mas información',
    'mas informacion',
    'este',
    'enlace',
    'este enlace',
    'empezar',
  ],
  pt: ['clique aqui', 'ir', 'mais informação', 'mais informações', 'mais', 'veja mais'],
  ko: ['여기', '여기를 클릭', '클릭', '링크', '자세히', '자세히 보기', '계속', '이동', '전체 보기'],
  sv: ['här', 'klicka här', 'läs mer', 'mer', 'mer info', 'mer information'],
  de: ['klicke hier', 'hier klicken', 'hier', 'mehr', 'siehe', 'dies', 'das', 'weiterlesen'],
  ta: [
    'அடுத்த பக்கம்',
    'மறுபக்கம்',
    'முந்தைய பக்கம்',
    'முன்பக்கம்',
    'மேலும் அறிக',
    'மேலும் தகவலுக்கு',
    'மேலும் தரவுகளுக்கு',
    'தயவுசெய்து இங்கே அழுத்தவும்',
    'இங்கே கிளிக் செய்யவும்',
  ],
  fa: [
    'اطلاعات بیشتر',
    'اطلاعات',
    'این',
    'اینجا بزنید',
    'اینجا کلیک کنید',
    'اینجا',
    'برو',
    'بیشتر بخوانید',
    'بیشتر بدانید',
    'بیشتر',
    'شروع',
  ],
};

export const muniseoVagueLinkTexts: Readonly<Record<string, readonly string[]>> = {
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
    'information',
    'informations',
    'decouvrir',
    'acceder',
    'continuer',
    'consulter',
  ],
  en: ['link', 'details', 'continue'],
  de: ['hier klicken', 'klicken sie hier', 'mehr erfahren', 'mehr lesen', 'weiter', 'mehr informationen', 'mehr infos', 'link', 'details'],
  es: ['haga clic aqui', 'haz clic aqui', 'leer mas', 'ver mas', 'saber mas'],
  it: ['qui', 'clicca qui', 'di piu', 'leggi di piu', 'scopri di piu', 'altro', 'maggiori informazioni', 'leggi tutto', 'link'],
};

/**
 * Languages a link is judged in when neither it nor the page declares one. Lighthouse then tries
 * every list; muniseo's pages are French, where « Hier » (yesterday, in an events calendar) and
 * « Mer » (the sea) are descriptive links that Lighthouse's German and Swedish lists would flag.
 */
export const undeclaredLanguages = ['fr', 'en'] as const;

const lists = new Map<string, Set<string>>();
for (const source of [lighthouseVagueLinkTexts, muniseoVagueLinkTexts]) {
  for (const [language, texts] of Object.entries(source)) {
    const list = lists.get(language) ?? new Set<string>();
    for (const text of texts) list.add(normaliseText(text));
    lists.set(language, list);
  }
}

/** The language of a link's text, as extract reads it. */
export interface TextLanguage {
  lang?: string;
  /** Its text mixes several languages: every list judges it, as in Lighthouse. */
  mixedLanguage?: boolean;
}

/**
 * Whether a link text is vague in its language: `true`, `false`, or `undefined` when muniseo has
 * no list for that language. A text with no letter or digit at all (« → », « + ») is vague in
 * every language that has a list.
 */
export function isVagueLinkText(text: string, language: TextLanguage): boolean | undefined {
  const judging = listsFor(language);
  if (judging.length === 0) return undefined;
  const normalised = normaliseText(text);
  if (!/[\p{L}\p{N}]/u.test(normalised)) return true;
  const trimmed = normalised.replace(/^[^\p{L}\p{M}\p{N}+]+|[^\p{L}\p{M}\p{N}+]+$/gu, '').trim();
  return judging.some((list) => list.has(trimmed));
}

function listsFor(language: TextLanguage): Set<string>[] {
  if (language.mixedLanguage) return [...lists.values()];
  if (language.lang === undefined) return undeclaredLanguages.map((code) => lists.get(code)).filter((list) => list !== undefined);
  const primary = language.lang.toLowerCase().split(/[-_]/)[0] ?? '';
  const list = lists.get(primary);
  return list ? [list] : [];
}
