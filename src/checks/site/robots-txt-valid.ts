import { defineSiteCheck, notApplicable, pass, warn } from '../define.js';
import { robotsProblem } from '../crawl-quotes.js';

export default defineSiteCheck({
  id: 'robots-txt-valid',
  dimension: 'indexability',
  weight: 1,
  title: { fr: 'Le robots.txt est bien formé', en: 'robots.txt is well formed' },
  rationale: {
    fr: 'Une ligne que les robots ne comprennent pas (champ inconnu, règle avant tout User-agent, Sitemap relatif) est ignorée : la règle voulue ne s’applique pas (RFC 9309).',
    en: 'A line crawlers cannot read (unknown field, rule before any User-agent, relative Sitemap) is ignored: the intended rule does not apply (RFC 9309).',
  },
  source: [
    'https://www.rfc-editor.org/rfc/rfc9309',
    'https://developers.google.com/search/docs/crawling-indexing/robots/robots_txt#syntax',
  ],
  messages: {
    noRobotsTxt: { fr: 'pas de robots.txt', en: 'no robots.txt' },
    problems: {
      fr: '{count, plural, one {# problème dans le robots.txt : {problem}} other {# problèmes dans le robots.txt, dont le premier : {problem}}}',
      en: '{count, plural, one {# problem in robots.txt: {problem}} other {# problems in robots.txt, the first: {problem}}}',
    },
  },
  run: (site) => {
    if (site.robots.status !== 'ok') return notApplicable('noRobotsTxt');
    const problems = site.robots.problems;
    return problems.length === 0
      ? pass({ value: 0 })
      : warn('problems', { value: problems.length, values: { count: problems.length, problem: robotsProblem(site.robots) } });
  },
});
