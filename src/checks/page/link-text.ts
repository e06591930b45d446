import { definePageCheck, fail, notApplicable, pass } from '../define.js';
import { isVagueLinkText, type TextLanguage } from '../vague-link-texts.js';
import { type LinkFact, type PageFacts, urlKey } from '../../model/index.js';

/**
 * Links a visitor follows to another page, as Lighthouse's link-text audit selects them: not
 * mail, phone or javascript: links, not `rel="nofollow"` links (search engines do not follow
 * them, so their text tells them nothing), and not links to the page itself, a fragment of it
 * (`#contenu`, `/actualites/#commentaires`) or its own URL.
 */
function judged(link: LinkFact, page: PageFacts): boolean {
  if (link.kind !== 'http' && link.kind !== 'schemeless-www') return false;
  if (link.inPage || link.rel.includes('nofollow')) return false;
  return !(link.kind === 'http' && link.url !== undefined && urlKey(link.url) === urlKey(page.url));
}

/** The language judging a link: its text's own, else the page's, else none declared. */
function languageOf(link: LinkFact, page: PageFacts): TextLanguage {
  if (link.mixedLanguage) return { mixedLanguage: true };
  const lang = link.lang ?? page.lang?.toLowerCase();
  return lang ? { lang } : {};
}

/** What is wrong with a link's text: the message that names it, or undefined when the text is descriptive. */
function problem(link: LinkFact, page: PageFacts): 'emptyText' | 'vagueText' | undefined {
  const language = languageOf(link, page);
  if (link.text === '') return 'emptyText';
  if (isVagueLinkText(link.text, language) !== true) return undefined;
  // « En savoir plus » with aria-label « En savoir plus sur le budget » has a descriptive accessible name.
  if (link.ariaLabel && isVagueLinkText(link.ariaLabel, language) === false) return undefined;
  return 'vagueText';
}

export default definePageCheck({
  id: 'link-text',
  dimension: 'on-page',
  weight: 1,
  title: { fr: 'Les textes de lien sont explicites', en: 'Link texts are descriptive' },
  rationale: {
    fr: 'Le texte d’un lien dit aux moteurs de quoi parle la page liée ; « cliquez ici », « en savoir plus » ou « lire la suite » ne disent rien (RGAA 6.1). Comme l’audit link-text de Lighthouse, muniseo ne juge ni les liens nofollow ni les liens vers la page elle-même (ancres comprises), et juge chaque lien dans la langue de son texte avec les listes de Lighthouse (anglais, allemand, espagnol, portugais, suédois, japonais, coréen, tamoul, persan) et les siennes (français, italien). Un texte sans langue déclarée est lu en français et en anglais ; un lien vide échoue aussi (Lighthouse le laisse à son audit d’accessibilité).',
    en: 'A link’s text tells search engines what the linked page is about; "cliquez ici", "en savoir plus" or "lire la suite" say nothing (RGAA 6.1). As Lighthouse’s link-text audit does, muniseo judges neither nofollow links nor links to the page itself (fragments included), and judges each link in its text’s language with Lighthouse’s lists (English, German, Spanish, Portuguese, Swedish, Japanese, Korean, Tamil, Persian) and its own (French, Italian). Text in no declared language is read as French and English; an empty link fails too (Lighthouse leaves it to its accessibility audit).',
  },
  source: [
    'https://developer.chrome.com/docs/lighthouse/seo/link-text',
    'https://developers.google.com/search/docs/crawling-indexing/links-crawlable#anchor-text-placement',
    'https://accessibilite.numerique.gouv.fr/methode/criteres-et-tests/#6.1',
  ],
  messages: {
    noJudgeableLinks: {
      fr: 'aucun lien dans une langue que muniseo sait juger',
      en: 'no links in a language muniseo can judge',
    },
    emptyText: {
      fr: '{count, plural, one {# lien sans texte explicite} other {# liens sans texte explicite}}, par exemple le lien vers {href}, qui n’a aucun texte',
      en: '{count, plural, one {# link} other {# links}} without descriptive text, e.g. link to {href} has no text',
    },
    vagueText: {
      fr: '{count, plural, one {# lien sans texte explicite} other {# liens sans texte explicite}}, par exemple le texte de lien vague « {text} »',
      en: '{count, plural, one {# link} other {# links}} without descriptive text, e.g. vague link text "{text}"',
    },
  },
  run: (page) => {
    const links = page.links.filter((link) => judged(link, page));
    const judgeable = links.filter((link) => link.text === '' || isVagueLinkText(link.text, languageOf(link, page)) !== undefined);
    if (judgeable.length === 0) return notApplicable('noJudgeableLinks');
    const problems = judgeable
      .map((link) => ({ link, problem: problem(link, page) }))
      .filter((found): found is { link: LinkFact; problem: 'emptyText' | 'vagueText' } => found.problem !== undefined);
    const first = problems[0];
    if (!first) return pass({ value: 0 });
    return fail(first.problem, {
      value: problems.length,
      values: { count: problems.length, href: first.link.href, text: first.link.text },
      examples: problems.map(({ link }) => link.url ?? link.href),
    });
  },
});
