import { defineSiteCheck, fail, notApplicable, pass, warn } from '../define.js';
import { snapshotFor } from '../site-lookup.js';

/** Six months: the minimum HSTS preload lists and the Mozilla Observatory accept. */
export const minHstsMaxAge = 15_768_000;

export default defineSiteCheck({
  id: 'hsts',
  dimension: 'performance',
  weight: 1,
  title: { fr: 'Le site impose HTTPS aux navigateurs (HSTS)', en: 'Site enforces HTTPS in browsers (HSTS)' },
  rationale: {
    fr: 'L’en-tête Strict-Transport-Security fait passer le navigateur directement en HTTPS, sans la redirection http:// interceptable.',
    en: 'The Strict-Transport-Security header makes the browser go straight to HTTPS, skipping the interceptable http:// redirect.',
  },
  source: ['https://www.rfc-editor.org/rfc/rfc6797', 'https://developers.google.com/search/docs/appearance/page-experience'],
  messages: {
    notHttps: { fr: 'le site n’est pas servi en HTTPS', en: 'site not served over https' },
    missing: { fr: 'aucun en-tête Strict-Transport-Security', en: 'no Strict-Transport-Security header' },
    shortMaxAge: {
      fr: 'max-age de {maxAge, plural, one {# seconde} other {# secondes}}, moins de six mois',
      en: 'max-age of {maxAge, plural, one {# second} other {# seconds}}, under six months',
    },
  },
  run: (site) => {
    if (!site.origin.startsWith('https:')) return notApplicable('notHttps');
    const home = snapshotFor(site, site.home?.url ?? `${site.origin}/`);
    const probe = site.homeProbes.find((candidate) => (candidate.finalUrl ?? candidate.url).startsWith(site.origin) && candidate.headers);
    const header = home?.headers['strict-transport-security'] ?? probe?.headers?.['strict-transport-security'];
    if (!header) return fail('missing');
    const maxAge = Number(/max-age\s*=\s*"?(\d+)/i.exec(header)?.[1] ?? 0);
    return maxAge >= minHstsMaxAge ? pass({ value: maxAge }) : warn('shortMaxAge', { value: maxAge, values: { maxAge } });
  },
});
