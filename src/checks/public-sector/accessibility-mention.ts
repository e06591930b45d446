import { defineSiteCheck, fail, notApplicable, pass, warn } from '../define.js';

export default defineSiteCheck({
  id: 'accessibility-mention',
  dimension: 'public-sector',
  weight: 0,
  title: { fr: 'L’accueil affiche le niveau de conformité en accessibilité', en: 'Home page states its accessibility compliance level' },
  rationale: {
    fr: 'La loi (art. 47 de la loi 2005-102, décret 2019-768) impose sur la page d’accueil la mention « Accessibilité : totalement / partiellement / non conforme ». Non conforme est signalé.',
    en: 'French law (art. 47 of law 2005-102, decree 2019-768) requires the home page to state "Accessibilité : totalement / partiellement / non conforme". Non-compliant is flagged.',
  },
  run: (site) => {
    if (!site.home) return notApplicable('home page not read');
    const { level, mentionText } = site.home.accessibility;
    if (!level) return fail({ value: 'absent', evidence: 'no « Accessibilité : … conforme » mention on the home page' });
    return level === 'non' ? warn({ value: level, evidence: `« ${mentionText} »` }) : pass({ value: level });
  },
});
