import { definePageCheck, fail, notApplicable, pass } from '../define.js';

export default definePageCheck({
  id: 'structured-data-valid',
  dimension: 'rich-results',
  weight: 1,
  title: { fr: 'Les données structurées JSON-LD sont lisibles', en: 'JSON-LD structured data parses' },
  rationale: {
    fr: 'Un bloc JSON-LD mal formé (virgule en trop, guillemets typographiques) est ignoré en entier par les moteurs.',
    en: 'A malformed JSON-LD block (a trailing comma, curly quotes) is ignored whole by search engines.',
  },
  source: 'https://developers.google.com/search/docs/appearance/structured-data/intro-structured-data',
  messages: {
    noJsonLd: { fr: 'aucun bloc JSON-LD', en: 'no JSON-LD' },
    unparsable: {
      fr: '{count, plural, one {# bloc JSON-LD illisible} other {# blocs JSON-LD illisibles}} ; erreur de l’analyseur : {error}',
      en: '{count, plural, one {# JSON-LD block does not parse} other {# JSON-LD blocks do not parse}}; parser error: {error}',
    },
  },
  run: (page) => {
    const blocks = page.jsonLd.raw.length + page.jsonLd.errors.length;
    if (blocks === 0) return notApplicable('noJsonLd');
    const error = page.jsonLd.errors[0];
    if (error === undefined) return pass({ value: blocks });
    return fail('unparsable', { value: page.jsonLd.errors.length, values: { count: page.jsonLd.errors.length, error } });
  },
});
