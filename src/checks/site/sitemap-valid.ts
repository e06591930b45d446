import { defineSiteCheck, fail, notApplicable, pass, warn } from '../define.js';

export default defineSiteCheck({
  id: 'sitemap-valid',
  dimension: 'indexability',
  weight: 1,
  title: { fr: 'Les sitemaps déclarés sont lisibles', en: 'Declared sitemaps can be read' },
  rationale: {
    fr: 'Un sitemap déclaré mais introuvable, mal formé ou listant d’autres sites est rejeté par la Search Console : les pages qu’il devait faire découvrir restent inconnues.',
    en: 'A sitemap declared but missing, malformed or listing other sites is rejected by Search Console: the pages it should reveal stay unknown.',
  },
  run: (site) => {
    if (site.sitemaps.length === 0) return notApplicable('no sitemap declared or found at /sitemap.xml');
    const broken = site.sitemaps.filter((sitemap) => sitemap.kind === 'missing' || sitemap.kind === 'invalid');
    if (broken.length > 0) {
      const first = broken[0]!;
      return fail({
        value: broken.length,
        evidence: `${first.url}: ${first.errors[0] ?? first.kind}`,
        examples: broken.map((sitemap) => sitemap.url),
      });
    }
    const flawed = site.sitemaps.filter((sitemap) => sitemap.errors.length > 0 || sitemap.outsideSite > 0);
    if (flawed.length > 0) {
      const first = flawed[0]!;
      const reason = first.errors[0] ?? `${first.outsideSite} URL(s) outside the site`;
      return warn({ value: flawed.length, evidence: `${first.url}: ${reason}`, examples: flawed.map((sitemap) => sitemap.url) });
    }
    return pass({ value: site.sitemaps.length });
  },
});
