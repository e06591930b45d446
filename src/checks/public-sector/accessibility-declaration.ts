import { defineSiteCheck, fail, notApplicable, pass, warn } from '../define.js';
import { pageFor, share } from '../site-lookup.js';
import { urlKey } from '../../model/index.js';

/** What a declaration drawn up from the official model contains. */
const declarationSignals = ['accessibility-declaration', 'conformity-state', 'defenseur-des-droits'];

export default defineSiteCheck({
  id: 'accessibility-declaration',
  dimension: 'public-sector',
  weight: 0,
  title: {
    fr: 'La déclaration d’accessibilité est publiée et liée de chaque page',
    en: 'The accessibility statement is published and linked from every page',
  },
  rationale: {
    fr: 'La mention d’accessibilité doit mener à une déclaration (état de conformité, contenus non accessibles, voies de recours auprès du Défenseur des droits) accessible depuis toutes les pages.',
    en: 'The accessibility mention must lead to a statement (compliance status, inaccessible content, recourse to the Défenseur des droits) reachable from every page.',
  },
  run: (site) => {
    if (!site.home) return notApplicable('home page not read');
    const declarationUrl =
      site.home.accessibility.declarationUrl ?? site.pages.find((page) => page.accessibility.declarationUrl)?.accessibility.declarationUrl;
    if (!declarationUrl) return fail({ value: 'absent', evidence: 'no link to an accessibility page' });
    const declaration = pageFor(site, declarationUrl);
    if (!declaration) return warn({ value: declarationUrl, evidence: `${declarationUrl} was not read` });
    const missing = declarationSignals.filter((signal) => !declaration.textSignals.includes(signal));
    if (missing.length > 0) return warn({ value: declarationUrl, evidence: `${declarationUrl} lacks: ${missing.join(', ')}` });
    const linking = site.pages.filter((page) => page.links.some((link) => link.url && urlKey(link.url) === urlKey(declarationUrl)));
    const reach = share(linking.length, site.pages.length);
    if (reach < 0.9) return warn({ value: declarationUrl, evidence: `linked from ${linking.length} of ${site.pages.length} pages` });
    return pass({ value: declarationUrl });
  },
});
