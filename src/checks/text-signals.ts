// Names of the text signals extract finds in a page (src/extract/page-facts.ts, `textSignals`), as
// a report prints them when a legal page lacks one.
import type { Localised } from '../model/index.js';

const labels: Record<string, Localised> = {
  'publication-director': { fr: 'directeur ou directrice de la publication', en: 'publication director' },
  host: { fr: 'hébergeur', en: 'host' },
  publisher: { fr: 'éditeur', en: 'publisher' },
  'accessibility-declaration': { fr: 'titre « Déclaration d’accessibilité »', en: '"Déclaration d’accessibilité" title' },
  'conformity-state': { fr: 'état de conformité', en: 'compliance status' },
  'law-2005-102': { fr: 'référence à la loi n° 2005-102', en: 'reference to law 2005-102' },
  'multi-year-plan': { fr: 'schéma pluriannuel', en: 'multi-year plan' },
  'defenseur-des-droits': { fr: 'recours au Défenseur des droits', en: 'recourse to the Défenseur des droits' },
  purpose: { fr: 'finalités', en: 'purposes' },
  retention: { fr: 'durée de conservation', en: 'retention period' },
  processors: { fr: 'sous-traitants', en: 'processors' },
};

/** The signals' names in both languages, for a message's `{missing}` list. */
export function textSignalLabels(signals: readonly string[]): Localised[] {
  return signals.map((signal) => labels[signal] ?? { fr: signal, en: signal });
}
