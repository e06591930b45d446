// The SEO practice index, defined as data: docs/methodology.md and every report's methodology
// are rendered from this file, so what is published is what is computed.
import { type Dimension, findingCredit, type Localised, type MaturityLevel } from '../model/index.js';

/** The dimensions that make up the index; `public-sector` facts are reported beside it. */
export const scoredDimensions = [
  'indexability',
  'on-page',
  'rich-results',
  'performance',
  'intent',
] as const satisfies readonly Dimension[];
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
  'public-sector': { fr: 'Obligations du secteur public', en: 'Public-sector obligations' },
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

/**
 * Version of the index definition, stored with every result and printed in the methodology.
 * 1: muniseo 0.1. 2: search visibility decides first (a site search engines cannot show is level 0
 * with its score capped), a warning is half a pass on pages as on sites, no cliff at 90 % of pages.
 * 3: intent signals that CMS and SEO-plugin defaults cannot pass (descriptions copied from the
 * text, the title or a template are not written; institution markup must name the institution
 * with an address or telephone; a Sitemap: line the CMS adds is set aside; no verification seen is
 * not a failure; an SEO plugin is one signal at most; og:image counts in open-graph only). The
 * intent checks changed: results of version 2 need a new crawl, not a rescore.
 */
export const indexVersion = 3;

/** A site search engines cannot show: the level, the cap on its score, and why. */
export const invisibleGate = {
  label: { fr: 'Invisible aux moteurs de recherche', en: 'Invisible to search engines' },
  /** The most an invisible site can score: what it does right cannot reach anyone through search. */
  maxScore: 20,
  reason: {
    fr: 'Un site que les moteurs ne peuvent pas montrer (robots.txt qui interdit Googlebot et Bingbot, noindex sur la page d’accueil ou sur la plupart des pages) est au niveau 0, « invisible aux moteurs de recherche », et son indice est plafonné à 20 : le reste de son travail ne peut atteindre personne par la recherche (Google Search Central, « Bloquer l’indexation » ; l’audit is-crawlable de Lighthouse fait échouer toute sa catégorie SEO). Il compte dans toutes les parts : le retirer ferait disparaître les sites les moins visibles d’une étude sur la visibilité. Un site qui ne bloque que le robot de muniseo, en laissant entrer les moteurs, n’est pas audité et reste à part.',
    en: 'A site search engines cannot show (robots.txt forbidding Googlebot and Bingbot, noindex on the home page or on most pages) is at level 0, "invisible to search engines", and its index is capped at 20: the rest of its work cannot reach anyone through search (Google Search Central, "Block search indexing"; Lighthouse’s is-crawlable audit fails its whole SEO category). It counts in every share: leaving it out would drop the least visible sites from a study of visibility. A site that blocks only muniseo’s crawler while letting search engines in is not audited and is reported apart.',
  },
} as const;

/** Credit a site check earns for its status; `na` checks are left out of the sums. */
export const statusCredit = findingCredit;

export interface LevelThreshold {
  level: MaturityLevel;
  label: Localised;
  /** Smallest total index of the level. */
  min: number;
  /** Smallest score some dimensions must also reach. */
  minDimensions: Partial<Record<ScoredDimension, number>>;
  /** Intent checks that must pass: independent signs that someone worked on SEO. */
  minIntentSignals: number;
  /** Checks that must not fail: without them the other figures mean little. */
  requiredChecks: string[];
  reason: Localised;
}

export const maturityLabels: Record<MaturityLevel, Localised> = {
  0: { fr: 'SEO absent', en: 'No SEO' },
  1: { fr: 'Hygiène de base', en: 'Basic hygiene' },
  2: { fr: 'SEO délibéré', en: 'Deliberate SEO' },
  3: { fr: 'SEO avancé', en: 'Advanced SEO' },
};

/** Levels are cumulative: a site reaches the highest level whose conditions, and those of every level below, it meets. */
export const levelThresholds: readonly LevelThreshold[] = [
  {
    level: 0,
    label: maturityLabels[0],
    min: 0,
    minDimensions: {},
    minIntentSignals: 0,
    requiredChecks: [],
    reason: {
      fr: 'Le point de départ : pages introuvables ou sans titre propre, rien qui aide un moteur à comprendre le site.',
      en: 'The starting point: pages that cannot be found or lack a title of their own, nothing that helps a search engine understand the site.',
    },
  },
  {
    level: 1,
    label: maturityLabels[1],
    min: 45,
    minDimensions: { indexability: 60, 'on-page': 60 },
    minIntentSignals: 0,
    requiredChecks: ['indexable', 'robots-txt-not-blocking'],
    reason: {
      fr: 'Les moteurs peuvent explorer et indexer le site (aucun noindex général, aucun blocage par robots.txt, indexabilité ≥ 60) et la plupart des règles de base des pages tiennent (contenu des pages ≥ 60 : titres, h1, langue, descriptions). C’est ce qu’un CMS correct fournit sans effort ; en dessous de 45 au total, moins de la moitié des bonnes pratiques pondérées sont en place.',
      en: 'Search engines can crawl and index the site (no site-wide noindex, no robots.txt block, indexability ≥ 60) and most page basics hold (on-page ≥ 60: titles, h1, language, descriptions). This is what a decent CMS provides without effort; under 45 in total, fewer than half of the weighted practices are in place.',
    },
  },
  {
    level: 2,
    label: maturityLabels[2],
    min: 60,
    minDimensions: { indexability: 70, 'on-page': 70 },
    minIntentSignals: 2,
    requiredChecks: ['content-without-javascript'],
    reason: {
      fr: 'Au moins deux signes indépendants d’un travail voulu (contrôles d’intention réussis : descriptions rédigées page par page, sitemap déclaré, vérification, données structurées sur l’institution…), sur un site bien indexable et bien balisé (≥ 70) dont le contenu se lit sans JavaScript, condition que toute équipe attentive au référencement remplit. Ce qu’un CMS ou une extension SEO produit seul (descriptions tirées du texte, nœud Organization sans adresse, ligne Sitemap: ajoutée d’office) ne compte pas ; installer l’extension compte pour un signe au plus : un site laissé aux réglages par défaut reste au niveau 1.',
      en: 'At least two independent signs of deliberate work (passing intent checks: descriptions written page by page, sitemap declared, verification, structured data about the institution…) on a site that is well indexable and well marked up (≥ 70) and whose content reads without JavaScript, which any SEO-aware team ensures. What a CMS or an SEO plugin produces on its own (descriptions taken from the text, an Organization node without address, a Sitemap: line added by itself) does not count; installing the plugin counts as one sign at most: a site left at its defaults stays at level 1.',
    },
  },
  {
    level: 3,
    label: maturityLabels[3],
    min: 80,
    minDimensions: { 'rich-results': 60 },
    minIntentSignals: 4,
    requiredChecks: [],
    reason: {
      fr: 'Un SEO outillé et suivi : au moins quatre signes d’intention (dont en pratique la vérification auprès des moteurs et les données structurées sur l’institution), des résultats enrichis et un partage social soignés (≥ 60), sur une base solide (≥ 80 au total).',
      en: 'Tooled and monitored SEO: at least four signs of intent (in practice including verification with search engines and structured data about the institution), rich results and social sharing taken care of (≥ 60), on a solid base (≥ 80 in total).',
    },
  },
];
