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

/** The place name inside an institution's name, normalised: what its page titles should carry. */
export function placeName(institution: Institution): string {
  const name = normaliseText(institution.name);
  return name.replace(institutionPrefix, '').replace(/^l'/, '').trim() || name;
}
