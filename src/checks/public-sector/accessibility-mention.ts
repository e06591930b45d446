import { defineSiteCheck, fail, notApplicable, pass, warn } from '../define.js';

export default defineSiteCheck({
  id: 'accessibility-mention',
  dimension: 'public-sector',
  theme: 'accessibility',
  weight: 0,
  title: { fr: 'L’accueil affiche le niveau de conformité en accessibilité', en: 'Home page states its accessibility compliance level' },
  rationale: {
    fr: 'La loi (art. 47 de la loi 2005-102, décret 2019-768) impose sur la page d’accueil la mention « Accessibilité : totalement / partiellement / non conforme ». Non conforme est signalé.',
    en: 'French law (art. 47 of law 2005-102, decree 2019-768) requires the home page to state "Accessibilité : totalement / partiellement / non conforme". Non-compliant is flagged.',
  },
  source: [
    'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000037388867',
    'https://accessibilite.numerique.gouv.fr/obligations/mentions-et-pages-obligatoires/',
  ],
  messages: {
    homeNotRead: { fr: 'la page d’accueil n’a pas été lue', en: 'the home page was not read' },
    noMention: {
      fr: 'aucune mention « Accessibilité : … conforme » sur la page d’accueil',
      en: 'no "Accessibilité : … conforme" mention on the home page',
    },
    nonCompliant: {
      fr: 'la page d’accueil se déclare non conforme : « {mention} »',
      en: 'the home page declares itself non-compliant: "{mention}"',
    },
  },
  run: (site) => {
    if (!site.home) return notApplicable('homeNotRead');
    const { level, mentionText } = site.home.accessibility;
    if (!level) return fail('noMention', { value: 'absent' });
    return level === 'non' ? warn('nonCompliant', { value: level, values: { mention: mentionText ?? '' } }) : pass({ value: level });
  },
});
