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
  run: (page) => {
    const blocks = page.jsonLd.raw.length + page.jsonLd.errors.length;
    if (blocks === 0) return notApplicable('no JSON-LD');
    return page.jsonLd.errors.length === 0
      ? pass({ value: blocks })
      : fail({ value: page.jsonLd.errors.length, evidence: page.jsonLd.errors[0] });
  },
});
