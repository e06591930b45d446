import { defineSiteCheck, fail, notApplicable, pass } from '../define.js';

export default defineSiteCheck({
  id: 'social-profiles',
  dimension: 'public-sector',
  weight: 0,
  title: { fr: 'Le site renvoie vers les comptes de la collectivité', en: 'Site links to the authority’s social profiles' },
  rationale: {
    fr: 'Les liens vers les comptes officiels (Facebook, Instagram, LinkedIn, YouTube, PanneauPocket, IntraMuros…) relient le site aux canaux où les habitants s’informent.',
    en: 'Links to official accounts (Facebook, Instagram, LinkedIn, YouTube, PanneauPocket, IntraMuros…) connect the site to the channels residents follow.',
  },
  run: (site) => {
    if (site.pages.length === 0) return notApplicable('no page');
    const profiles = [...new Set(site.pages.flatMap((page) => page.socialProfiles))].sort();
    return profiles.length > 0
      ? pass({ value: profiles.length, examples: profiles })
      : fail({ value: 0, evidence: 'no link to a social profile' });
  },
});
