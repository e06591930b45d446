import { definePageCheck, fail, notApplicable, pass } from '../define.js';
import { isVagueLinkText } from '../vague-link-texts.js';
import type { LinkFact, PageFacts } from '../../model/index.js';

/** Links a visitor follows to another page; in-page jumps, mail and phone links are not judged. */
function judged(link: LinkFact): boolean {
  return (link.kind === 'http' || link.kind === 'schemeless-www') && !link.inPage;
}

function problem(link: LinkFact, page: PageFacts): string | undefined {
  const language = link.lang ?? page.lang;
  if (link.text === '') return `link to ${link.href} has no text`;
  if (isVagueLinkText(link.text, language) !== true) return undefined;
  // « En savoir plus » with aria-label « En savoir plus sur le budget » has a descriptive accessible name.
  if (link.ariaLabel && isVagueLinkText(link.ariaLabel, language) === false) return undefined;
  return `vague link text "${link.text}"`;
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
  run: (page) => {
    const links = page.links.filter(judged);
    const judgeable = links.filter((link) => link.text === '' || isVagueLinkText(link.text, link.lang ?? page.lang) !== undefined);
    if (judgeable.length === 0) return notApplicable('no links in a language muniseo can judge');
    const problems = judgeable.map((link) => problem(link, page)).filter((found): found is string => found !== undefined);
    return problems.length === 0
      ? pass({ value: 0 })
      : fail({ value: problems.length, evidence: `${problems.length} link(s) without descriptive text, e.g. ${problems[0]}` });
  },
});
