// Text comparisons the way a reader sees text: accents, case, hyphens and spacing do not matter.
import type { Institution } from '../model/index.js';

export function normaliseText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, "'")
    .replace(/[-‐‑–—_]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words that name the kind of institution rather than the place: « Communauté de communes du » Pays Imaginaire. */
const institutionPrefix =
  /^(mairie|ville|commune|communaute (de communes|d'agglomeration|urbaine)|metropole|departement|conseil (departemental|regional)|region|syndicat)( (de la|de l'|du|des|de|d'))? ?/;

/**
 * Words a reader sees, for matching names: letters and digits only, accents, case, hyphens and
 * apostrophes set aside, and the abbreviations « St », « Ste » read as « Saint », « Sainte ».
 */
function nameWords(text: string): string {
  return normaliseText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .map((word) => (word === 'st' ? 'saint' : word === 'ste' ? 'sainte' : word))
    .join(' ');
}

/** A leading article of a place name, which French contracts: Le Havre → « du Havre », Les Sables-d'Olonne → « des Sables-d'Olonne ». */
const leadingArticle = /^(le|la|les|l) /;
/** Registries that sort by the name's noun write the article last: « Havre (Le) ». */
const trailingArticle = /^(.*) \((le|la|les|l')\)$/i;

/** A host name: the name a bare URL audit gives an institution (`www.ville-exemple.fr`). */
const hostName = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i;

/**
 * The place name inside an institution's name, as the words its page titles should carry; the
 * leading article is left out, since French contracts it (« Mairie du Havre »). Undefined when the
 * name is unknown: empty, or only the host of the site's URL (an institution audited from a URL).
 */
export function placeName(institution: Institution): string | undefined {
  const raw = institution.name.trim();
  if (raw === '' || hostName.test(raw)) return undefined;
  const reordered = raw.replace(/\s+/g, ' ').replace(trailingArticle, (_, name: string, article: string) => `${article} ${name}`);
  const withoutKind = normaliseText(reordered).replace(institutionPrefix, '').replace(/^l'/, '').trim() || normaliseText(reordered);
  const words = nameWords(withoutKind);
  return words.replace(leadingArticle, '') || words;
}

/** Whether a text names the place, as whole words: « St-Étienne » names Saint-Étienne, « Romans » does not name Le Mans. */
export function mentionsPlace(text: string, place: string): boolean {
  return ` ${nameWords(text)} `.includes(` ${place} `);
}
