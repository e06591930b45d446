import { hasSessionParameter } from '../../model/index.js';
import { definePageCheck, fail, pass, warn } from '../define.js';

/** Beyond 115 characters a URL is hard to read, share and display (the usual auditing threshold). */
export const maxUrlLength = 115;

export default definePageCheck({
  id: 'url-hygiene',
  dimension: 'on-page',
  weight: 1,
  title: {
    fr: 'L’URL est courte, en minuscules, sans espace ni identifiant de session',
    en: 'URL is short, lower-case, without spaces or session ids',
  },
  rationale: {
    fr: 'Une URL lisible se partage et se comprend dans les résultats ; majuscules et espaces créent des doublons, un identifiant de session en crée à l’infini.',
    en: 'A readable URL is shared and understood in results; capitals and spaces create duplicates, and a session id creates endless ones.',
  },
  run: (page) => {
    const url = new URL(page.url);
    if (hasSessionParameter(url)) return fail({ value: page.url, evidence: 'session identifier in the URL' });
    const problems: string[] = [];
    const path = url.pathname + url.search;
    if (page.url.length > maxUrlLength) problems.push(`${page.url.length} characters`);
    if (/[A-Z]/.test(url.pathname)) problems.push('capital letters in the path');
    if (/%20|\+|\s/.test(url.pathname)) problems.push('spaces in the path');
    if ([...url.searchParams.keys()].length > 3) problems.push(`${[...url.searchParams.keys()].length} query parameters`);
    return problems.length === 0 ? pass({ value: path }) : warn({ value: path, evidence: problems.join(', ') });
  },
});
