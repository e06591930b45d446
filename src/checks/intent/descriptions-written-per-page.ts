import { defineSiteCheck, notApplicable } from '../define.js';
import { type DescriptionOrigin, descriptionOriginsOf } from '../description-origin.js';
import { statusForShare } from '../run.js';
import { share } from '../site-lookup.js';

type Reason = Exclude<DescriptionOrigin, 'written'>;

/** How many pages have a written description, the opening of every explanation. */
const writtenFr =
  '{written, plural, =0 {aucune page sur {pages} n’a de description rédigée} one {# page sur {pages} a une description rédigée} other {# pages sur {pages} ont une description rédigée}}';
const writtenEn =
  '{pages, plural, one {{written} of # page has a written description} other {{written} of # pages have a written description}}';

export default defineSiteCheck({
  id: 'descriptions-written-per-page',
  dimension: 'intent',
  weight: 3,
  title: { fr: 'Les descriptions sont rédigées page par page', en: 'Descriptions are written page by page' },
  rationale: {
    fr: 'Un CMS ou une extension SEO remplit seul les descriptions : un texte commun au site, une phrase bâtie autour du titre, ou le début du texte de la page (l’« extrait » de Yoast, Rank Math ou All in One SEO, le résumé de Metatag sous Drupal). Seule une description qui ne reprend ni le titre ni le début du texte, propre à sa page, montre qu’on l’a rédigée.',
    en: 'A CMS or an SEO plugin fills descriptions on its own: one text for the whole site, a sentence built around the title, or the opening of the page’s text (the “excerpt” of Yoast, Rank Math or All in One SEO, Metatag’s summary on Drupal). Only a description of the page’s own that repeats neither its title nor the opening of its text shows that someone wrote it.',
  },
  source: [
    'https://developers.google.com/search/docs/appearance/snippet#meta-descriptions',
    'https://yoast.com/help/list-available-snippet-variables-yoast-seo/',
    'https://www.drupal.org/project/metatag',
  ],
  messages: {
    noPage: { fr: 'aucune page n’a été lue', en: 'no page was read' },
    written: {
      fr: `${writtenFr} : ni absente, ni partagée, ni tirée du titre, d’un modèle ou du début du texte`,
      en: `${writtenEn}: neither missing, shared, nor taken from the title, a template or the opening of the text`,
    },
    missing: {
      fr: `${writtenFr} ; le plus souvent, pas de description du tout ({count})`,
      en: `${writtenEn}; most often, no description at all ({count})`,
    },
    sharedWithOtherPages: {
      fr: `${writtenFr} ; le plus souvent, la même description que d’autres pages ({count})`,
      en: `${writtenEn}; most often, the same description as other pages ({count})`,
    },
    copiesTitle: {
      fr: `${writtenFr} ; le plus souvent, une description qui ne dit rien de plus que le titre ({count})`,
      en: `${writtenEn}; most often, a description that says nothing more than the title ({count})`,
    },
    siteTemplate: {
      fr: `${writtenFr} ; le plus souvent, une description tirée d’un modèle commun au site, le titre inséré dans une même phrase ({count})`,
      en: `${writtenEn}; most often, a description made from one site-wide template, the title set in the same sentence ({count})`,
    },
    copiesText: {
      fr: `${writtenFr} ; le plus souvent, une description identique au début du texte, comme la tire la règle d’extrait d’un CMS ({count})`,
      en: `${writtenEn}; most often, a description identical to the opening of the text, as a CMS’s excerpt rule takes it ({count})`,
    },
  },
  run: (site) => {
    if (site.pages.length === 0) return notApplicable('noPage');
    const origins = descriptionOriginsOf(site.pages);
    const written = origins.filter((origin) => origin === 'written').length;
    const writtenShare = share(written, site.pages.length);
    const status = statusForShare(writtenShare);
    const examples = site.pages.filter((_, index) => origins[index] !== 'written').map((page) => page.url);
    const counts: Record<string, number> = { written, pages: site.pages.length };
    if (status === 'pass') return { status, value: writtenShare, message: 'written', values: counts, examples };
    const [reason, count] = mostFrequentReason(origins);
    return { status, value: writtenShare, message: reason, values: { ...counts, count }, examples };
  },
});

/** The reason most pages' descriptions are not written; ties go to the reason met first. */
function mostFrequentReason(origins: readonly DescriptionOrigin[]): [Reason, number] {
  const counts = new Map<Reason, number>();
  for (const origin of origins) if (origin !== 'written') counts.set(origin, (counts.get(origin) ?? 0) + 1);
  let best: [Reason, number] = ['missing', 0];
  for (const [reason, count] of counts) if (count > best[1]) best = [reason, count];
  return best;
}
