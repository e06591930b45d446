// Lighthouse results enter the performance dimension as two check-like inputs: the median score
// of the audited pages, mobile runs first (Google indexes the mobile version).
import type { LighthouseCategory, LighthousePageResult, Localised } from '../model/index.js';
import type { ScoredDimension } from './definition.js';

export interface LighthouseInput {
  id: string;
  category: LighthouseCategory;
  dimension: ScoredDimension;
  weight: number;
  title: Localised;
  rationale: Localised;
}

export const lighthouseInputs: readonly LighthouseInput[] = [
  {
    id: 'lighthouse-performance',
    category: 'performance',
    dimension: 'performance',
    weight: 3,
    title: { fr: 'Score Lighthouse Performance (médiane des pages)', en: 'Lighthouse Performance score (median of pages)' },
    rationale: {
      fr: 'Mesure en laboratoire de la vitesse perçue (LCP, CLS, TBT) sur mobile ; les Signaux Web essentiels comptent dans le classement et dans l’usage réel.',
      en: 'A lab measure of perceived speed (LCP, CLS, TBT) on mobile; Core Web Vitals count in ranking and in real use.',
    },
  },
  {
    id: 'lighthouse-seo',
    category: 'seo',
    dimension: 'performance',
    weight: 2,
    title: { fr: 'Score Lighthouse SEO (médiane des pages)', en: 'Lighthouse SEO score (median of pages)' },
    rationale: {
      fr: 'Le contrôle SEO de Lighthouse sur la page rendue (après JavaScript) recoupe les règles de muniseo lues dans le HTML brut.',
      en: 'Lighthouse’s SEO audit of the rendered page (after JavaScript) cross-checks muniseo’s rules read from the raw HTML.',
    },
  },
];

/** 0–1 credit per input, or nothing when no audited page has a score for it. */
export function lighthouseCredits(results: readonly LighthousePageResult[]): { input: LighthouseInput; credit: number }[] {
  const usable = results.filter((result) => !result.error);
  const mobile = usable.filter((result) => result.formFactor === 'mobile');
  const chosen = mobile.length > 0 ? mobile : usable;
  const credits: { input: LighthouseInput; credit: number }[] = [];
  for (const input of lighthouseInputs) {
    const scores = chosen.map((result) => result.scores[input.category]).filter((score): score is number => typeof score === 'number');
    if (scores.length > 0) credits.push({ input, credit: median(scores) });
  }
  return credits;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
