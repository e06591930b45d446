import { defineSiteCheck, fail, notApplicable, pass, warn } from '../define.js';

export default defineSiteCheck({
  id: 'soft-404',
  dimension: 'indexability',
  weight: 1,
  title: { fr: 'Une page inexistante répond 404', en: 'A missing page answers 404' },
  rationale: {
    fr: 'Un site qui répond 200 (ou redirige vers l’accueil) pour une page qui n’existe pas crée des « soft 404 » : les moteurs indexent des pages d’erreur et doutent des vraies.',
    en: 'A site answering 200 (or redirecting to the home page) for a page that does not exist creates soft 404s: search engines index error pages and doubt real ones.',
  },
  run: (site) => {
    const probe = site.soft404;
    if (!probe || probe.status === undefined) return notApplicable(probe?.error ? `probe failed: ${probe.error}` : 'no probe');
    if (probe.status === 404 || probe.status === 410) return pass({ value: probe.status });
    if (probe.status >= 500) return warn({ value: probe.status, evidence: `a missing page answers HTTP ${probe.status}` });
    if (probe.status >= 400) return pass({ value: probe.status });
    const redirected = probe.redirectChain.length > 0 ? ` after redirecting to ${probe.finalUrl}` : '';
    return fail({ value: probe.status, evidence: `a missing page answers HTTP ${probe.status}${redirected}` });
  },
});
