import { defineSiteCheck, fail, notApplicable, pass } from '../define.js';

export default defineSiteCheck({
  id: 'social-profiles',
  dimension: 'public-sector',
  theme: 'other',
  weight: 0,
  title: { fr: 'Le site renvoie vers les comptes de la collectivité', en: 'Site links to the authority’s social profiles' },
  rationale: {
    fr: 'Les liens vers les comptes officiels (Facebook, Instagram, LinkedIn, YouTube, PanneauPocket, IntraMuros…) relient le site aux canaux où les habitants s’informent.',
    en: 'Links to official accounts (Facebook, Instagram, LinkedIn, YouTube, PanneauPocket, IntraMuros…) connect the site to the channels residents follow.',
  },
  source: 'https://developers.google.com/search/docs/appearance/structured-data/organization',
  messages: {
    noPage: { fr: 'aucune page n’a été lue', en: 'no page was read' },
    none: { fr: 'aucun lien vers un compte officiel sur un réseau social', en: 'no link to an official social profile' },
  },
  run: (site) => {
    if (site.pages.length === 0) return notApplicable('noPage');
    const profiles = [...new Set(site.pages.flatMap((page) => page.socialProfiles))].sort();
    return profiles.length > 0 ? pass({ value: profiles.length, examples: profiles }) : fail('none', { value: 0 });
  },
});
