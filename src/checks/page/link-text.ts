import { definePageCheck, fail, notApplicable, pass } from '../define.js';
import { isVagueLinkText } from '../vague-link-texts.js';
import type { LinkFact, PageFacts } from '../../model/index.js';

/** Links a visitor follows to another page; in-page jumps, mail and phone links are not judged. */
function judged(link: LinkFact): boolean {
  return (link.kind === 'http' || link.kind === 'schemeless-www') && !link.inPage;
}

/** What is wrong with a link's text: the message that names it, or undefined when the text is descriptive. */
function problem(link: LinkFact, page: PageFacts): 'emptyText' | 'vagueText' | undefined {
  const language = link.lang ?? page.lang;
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
    fr: 'Le texte d’un lien dit aux moteurs de quoi parle la page liée ; « cliquez ici », « en savoir plus » ou « lire la suite » ne disent rien (RGAA 6.1). Chaque lien est jugé dans sa langue.',
    en: 'A link’s text tells search engines what the linked page is about; "cliquez ici", "en savoir plus" or "lire la suite" say nothing (RGAA 6.1). Each link is judged in its own language.',
  },
  source: [
    'https://developer.chrome.com/docs/lighthouse/seo/link-text',
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
    const links = page.links.filter(judged);
    const judgeable = links.filter((link) => link.text === '' || isVagueLinkText(link.text, link.lang ?? page.lang) !== undefined);
    if (judgeable.length === 0) return notApplicable('noJudgeableLinks');
    const problems = judgeable
      .map((link) => ({ link, problem: problem(link, page) }))
      .filter((found): found is { link: LinkFact; problem: 'emptyText' | 'vagueText' } => found.problem !== undefined);
    const first = problems[0];
    if (!first) return pass({ value: 0 });
    return fail(first.problem, {
      value: problems.length,
      values: { count: problems.length, href: first.link.href, text: first.link.text },
    });
  },
});
