import { textSignalLabels } from '../text-signals.js';
import { defineSiteCheck, fail, notApplicable, pass, warn } from '../define.js';
import { pageFor, share } from '../site-lookup.js';
import { urlKey } from '../../model/index.js';

/** What a declaration drawn up from the official model contains. */
const declarationSignals = ['accessibility-declaration', 'conformity-state', 'defenseur-des-droits'];

export default defineSiteCheck({
  id: 'accessibility-declaration',
  dimension: 'public-sector',
  theme: 'accessibility',
  weight: 0,
  title: {
    fr: 'La déclaration d’accessibilité est publiée et liée de chaque page',
    en: 'The accessibility statement is published and linked from every page',
  },
  rationale: {
    fr: 'La mention d’accessibilité doit mener à une déclaration (état de conformité, contenus non accessibles, voies de recours auprès du Défenseur des droits) accessible depuis toutes les pages.',
    en: 'The accessibility mention must lead to a statement (compliance status, inaccessible content, recourse to the Défenseur des droits) reachable from every page.',
  },
  source: [
    'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000037388867',
    'https://accessibilite.numerique.gouv.fr/obligations/mentions-et-pages-obligatoires/',
    'https://accessibilite.numerique.gouv.fr/obligations/declaration-accessibilite/',
  ],
  messages: {
    homeNotRead: { fr: 'la page d’accueil n’a pas été lue', en: 'the home page was not read' },
    noLink: { fr: 'aucun lien vers une page « Accessibilité »', en: 'no link to an accessibility page' },
    notRead: { fr: 'la page {url} n’a pas été lue', en: '{url} was not read' },
    incomplete: {
      fr: 'la page {url} ne suit pas le modèle de déclaration (titre « Déclaration d’accessibilité », état de conformité, recours au Défenseur des droits) ; éléments absents : {missing}',
      en: '{url} does not follow the statement model ("Déclaration d’accessibilité" title, compliance status, recourse to the Défenseur des droits); missing: {missing}',
    },
    rarelyLinked: {
      fr: '{linking, plural, =0 {aucune page sur {pages} ne renvoie} one {# page sur {pages} renvoie} other {# pages sur {pages} renvoient}} vers la déclaration {url}',
      en: '{url} is linked from {linking} of {pages, plural, one {# page} other {# pages}}',
    },
  },
  run: (site) => {
    if (!site.home) return notApplicable('homeNotRead');
    const declarationUrl =
      site.home.accessibility.declarationUrl ?? site.pages.find((page) => page.accessibility.declarationUrl)?.accessibility.declarationUrl;
    if (!declarationUrl) return fail('noLink', { value: 'absent' });
    const declaration = pageFor(site, declarationUrl);
    if (!declaration) return warn('notRead', { value: declarationUrl, values: { url: declarationUrl } });
    const missing = declarationSignals.filter((signal) => !declaration.textSignals.includes(signal));
    if (missing.length > 0)
      return warn('incomplete', { value: declarationUrl, values: { url: declarationUrl, missing: textSignalLabels(missing) } });
    const linking = site.pages.filter((page) => page.links.some((link) => link.url && urlKey(link.url) === urlKey(declarationUrl)));
    const reach = share(linking.length, site.pages.length);
    if (reach < 0.9)
      return warn('rarelyLinked', {
        value: declarationUrl,
        values: { url: declarationUrl, linking: linking.length, pages: site.pages.length },
      });
    return pass({ value: declarationUrl });
  },
});
