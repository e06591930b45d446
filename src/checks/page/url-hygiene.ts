import { hasSessionParameter } from '../../model/index.js';
import { definePageCheck, fail, pass, warn } from '../define.js';

/** Beyond 115 characters a URL is hard to read, share and display (the usual auditing threshold). */
export const maxUrlLength = 115;
/** More query parameters than this make a URL unreadable and multiply its variants. */
const maxQueryParameters = 3;

// A URL can have several problems at once: the message names the first one, and the later ones
// follow as clauses that appear only when their value is true (or a count above zero).
const spacesClause = {
  fr: '{spaces, plural, =0 {} other {, espaces dans le chemin}}',
  en: '{spaces, plural, =0 {} other {, spaces in the path}}',
};
const parametersClause = {
  fr: '{parameters, plural, =0 {} other {, # paramètres de requête}}',
  en: '{parameters, plural, =0 {} other {, # query parameters}}',
};
const capitalsClause = {
  fr: '{capitals, plural, =0 {} other {, majuscules dans le chemin}}',
  en: '{capitals, plural, =0 {} other {, capital letters in the path}}',
};

export default definePageCheck({
  id: 'url-hygiene',
  dimension: 'on-page',
  weight: 1,
  title: {
    fr: 'L’URL est courte, en minuscules, sans espace ni identifiant de session',
    en: 'URL is short, lower-case, without spaces or session ids',
  },
  rationale: {
    fr: 'Une URL lisible se partage et se comprend dans les résultats ; majuscules et espaces créent des doublons, un identifiant de session en crée à l’infini.',
    en: 'A readable URL is shared and understood in results; capitals and spaces create duplicates, and a session id creates endless ones.',
  },
  source: 'https://developers.google.com/search/docs/crawling-indexing/url-structure',
  messages: {
    sessionId: { fr: 'identifiant de session dans l’URL', en: 'session identifier in the URL' },
    tooLong: {
      fr: `URL de {length} caractères (plus de {max})${capitalsClause.fr}${spacesClause.fr}${parametersClause.fr}`,
      en: `URL of {length} characters (more than {max})${capitalsClause.en}${spacesClause.en}${parametersClause.en}`,
    },
    capitalsInPath: {
      fr: `majuscules dans le chemin${spacesClause.fr}${parametersClause.fr}`,
      en: `capital letters in the path${spacesClause.en}${parametersClause.en}`,
    },
    spacesInPath: { fr: `espaces dans le chemin${parametersClause.fr}`, en: `spaces in the path${parametersClause.en}` },
    manyParameters: { fr: '{parameters} paramètres de requête', en: '{parameters} query parameters' },
  },
  run: (page) => {
    const url = new URL(page.url);
    if (hasSessionParameter(url)) return fail('sessionId', { value: page.url });
    const path = url.pathname + url.search;
    const parameterCount = [...url.searchParams.keys()].length;
    const values = {
      length: page.url.length,
      max: maxUrlLength,
      capitals: /[A-Z]/.test(url.pathname),
      spaces: /%20|\+|\s/.test(url.pathname),
      parameters: parameterCount > maxQueryParameters ? parameterCount : 0,
    };
    if (values.length > maxUrlLength) return warn('tooLong', { value: path, values });
    if (values.capitals) return warn('capitalsInPath', { value: path, values });
    if (values.spaces) return warn('spacesInPath', { value: path, values });
    if (values.parameters > 0) return warn('manyParameters', { value: path, values });
    return pass({ value: path });
  },
});
