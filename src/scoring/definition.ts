// The SEO practice index, defined as data: docs/methodology.md and every report's methodology
// are rendered from this file, so what is published is what is computed.
import type { Dimension, FindingStatus, Localised } from '../checks/types.js';

export type MaturityLevel = 0 | 1 | 2 | 3;

/** The dimensions that make up the index; `public-sector` facts are reported beside it. */
export const scoredDimensions = ['indexability', 'on-page', 'rich-results', 'performance', 'intent'] as const satisfies readonly Dimension[];
export type ScoredDimension = (typeof scoredDimensions)[number];

/** Share of the total each dimension carries (they sum to 100). */
export const dimensionWeights: Record<ScoredDimension, number> = {
  indexability: 30,
  'on-page': 25,
  'rich-results': 10,
  performance: 15,
  intent: 20,
};

export const dimensionLabels: Record<Dimension, Localised> = {
  indexability: { fr: 'Indexabilité', en: 'Indexability' },
  'on-page': { fr: 'Contenu et balisage des pages', en: 'On-page' },
  'rich-results': { fr: 'Résultats enrichis et partage social', en: 'Rich results and social' },
  performance: { fr: 'Performance et mobile', en: 'Performance and mobile' },
  intent: { fr: 'Intention SEO', en: 'SEO intent' },
  'public-sector': { fr: 'Obligations du secteur public (hors indice)', en: 'Public-sector obligations (outside the index)' },
};

export const dimensionReasons: Record<ScoredDimension, Localised> = {
  indexability: {
    fr: 'Le poids le plus fort : une page que les moteurs ne peuvent ni explorer ni indexer ne sert à rien, quel que soit le reste.',
    en: 'The heaviest weight: a page search engines cannot crawl or index is worth nothing, whatever else is right.',
  },
  'on-page': {
    fr: 'Titres, descriptions, titres de section et textes de lien décident de la pertinence et de l’attrait du résultat.',
    en: 'Titles, descriptions, headings and link texts decide how relevant and how attractive the result is.',
  },
  'rich-results': {
    fr: 'Un bonus : les données structurées et les balises de partage améliorent l’affichage mais pas l’accès aux pages.',
    en: 'A bonus: structured data and sharing tags improve how results look, not whether pages are found.',
  },
  performance: {
    fr: 'L’expérience de page (vitesse, mobile, HTTPS) départage des pages comparables ; Lighthouse la mesure quand il est activé.',
    en: 'Page experience (speed, mobile, HTTPS) separates comparable pages; Lighthouse measures it when enabled.',
  },
  intent: {
    fr: 'Ce qui distingue un travail délibéré des réglages par défaut d’un CMS : c’est la question même de l’étude.',
    en: 'What sets deliberate work apart from a CMS’s defaults: the very question of the study.',
  },
};

/** Credit a site check earns for its status; `na` checks are left out of the sums. */
export const statusCredit: Record<Exclude<FindingStatus, 'na'>, number> = { pass: 1, warn: 0.5, fail: 0 };

export interface LevelThreshold {
  level: MaturityLevel;
  label: Localised;
  /** Smallest total index of the level. */
  min: number;
  /** Smallest score some dimensions must also reach. */
  minDimensions: Partial<Record<ScoredDimension, number>>;
  reason: Localised;
}

export const maturityLabels: Record<MaturityLevel, Localised> = {
  0: { fr: 'SEO absent', en: 'No SEO' },
  1: { fr: 'Hygiène de base', en: 'Basic hygiene' },
  2: { fr: 'SEO délibéré', en: 'Deliberate SEO' },
  3: { fr: 'SEO avancé', en: 'Advanced SEO' },
};

/** A site reaches the highest level whose every condition it meets. */
export const levelThresholds: readonly LevelThreshold[] = [
  {
    level: 0,
    label: maturityLabels[0],
    min: 0,
    minDimensions: {},
    reason: {
      fr: 'Le point de départ : pages introuvables, titres absents ou génériques, rien qui aide un moteur à comprendre le site.',
      en: 'The starting point: pages that cannot be found, missing or generic titles, nothing that helps a search engine understand the site.',
    },
  },
  {
    level: 1,
    label: maturityLabels[1],
    min: 45,
    minDimensions: { indexability: 60, 'on-page': 50 },
    reason: {
      fr: 'Les moteurs peuvent explorer et indexer le site (indexabilité ≥ 60) et la moitié au moins des règles de base des pages sont tenues (titres, h1, langue, descriptions) : ce qu’un CMS correct fournit par défaut.',
      en: 'Search engines can crawl and index the site (indexability ≥ 60) and at least half of the page basics hold (titles, h1, language, descriptions): what a decent CMS provides by default.',
    },
  },
  {
    level: 2,
    label: maturityLabels[2],
    min: 60,
    minDimensions: { indexability: 70, 'on-page': 65, intent: 35 },
    reason: {
      fr: 'Au-delà de l’hygiène, des traces d’un travail voulu (intention ≥ 35, soit au moins les descriptions écrites page par page ou l’équivalent) sur un site bien indexable et bien balisé.',
      en: 'Beyond hygiene, traces of deliberate work (intent ≥ 35, at least page-by-page descriptions or the equivalent) on a site that is well indexable and well marked up.',
    },
  },
  {
    level: 3,
    label: maturityLabels[3],
    min: 80,
    minDimensions: { intent: 70, 'rich-results': 60 },
    reason: {
      fr: 'Un SEO outillé : vérification auprès des moteurs, données structurées sur l’institution et les contenus, balises de partage, en plus d’une base solide.',
      en: 'Tooled SEO: verification with search engines, structured data about the institution and its content, sharing tags, on top of a solid base.',
    },
  },
];
