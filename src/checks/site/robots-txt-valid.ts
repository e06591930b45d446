import { defineSiteCheck, notApplicable, pass, warn } from '../define.js';

export default defineSiteCheck({
  id: 'robots-txt-valid',
  dimension: 'indexability',
  weight: 1,
  title: { fr: 'Le robots.txt est bien formé', en: 'robots.txt is well formed' },
  rationale: {
    fr: 'Une ligne que les robots ne comprennent pas (champ inconnu, règle avant tout User-agent, Sitemap relatif) est ignorée : la règle voulue ne s’applique pas (RFC 9309).',
    en: 'A line crawlers cannot read (unknown field, rule before any User-agent, relative Sitemap) is ignored: the intended rule does not apply (RFC 9309).',
  },
  run: (site) => {
    if (site.robots.status !== 'ok') return notApplicable('no robots.txt');
    const problems = site.robots.problems;
    return problems.length === 0 ? pass({ value: 0 }) : warn({ value: problems.length, evidence: problems[0] });
  },
});
