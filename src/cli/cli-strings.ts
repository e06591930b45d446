// What rescore, sample-for-review, agreement and report --compare tell their user, in French and
// English (--lang). Placeholders are `{name}`.
import { interpolate } from '../report/strings.js';

export type CliLang = 'fr' | 'en';

const fr = {
  rescoreDone:
    '{sites} sites recalculés selon la définition de l’indice version {version} (versions enregistrées : {from}) ; score changé pour {score}, niveau pour {level}.',
  rescoreRefused: 'impossible de recalculer « {study} » à partir de ses résultats enregistrés : {reasons}',
  rescoreChanged: 'contrôles modifiés depuis l’audit : {checks}',
  rescoreAdded: 'contrôles absents des résultats enregistrés : {checks}',
  rescoreRemoved: 'contrôles retirés du catalogue : {checks}',
  rescoreMissingVisibility:
    'ce que les moteurs peuvent explorer et indexer (robots.txt pour leurs robots, noindex) n’a pas été enregistré, or l’indice en dépend depuis sa version 2',
  rescoreCrawlHint: 'Une nouvelle exploration est nécessaire : muniseo audit --sites FICHIER --study NOUVELLE-ÉDITION.',
  compareRefused:
    'comparaison refusée : « {current} » est noté selon la version {currentVersions} de l’indice et « {other} » selon la version {otherVersions} ; des indices de définitions différentes ne se comparent pas',
  compareRescoreHint: 'Recalculez l’édition la plus ancienne selon la définition actuelle : muniseo rescore --study {study}',
  sampleWritten: '{n} sites tirés sur {audited} audités ({strata} strates, graine « {seed} ») : {path}',
  sampleTooFew: 'seulement {audited} sites audités dans « {study} » : l’échantillon les prend tous',
  sheetUrl: 'url',
  sheetId: 'id',
  sheetLevel: 'niveau',
  sheetLabeller: 'annotateur',
  sheetNotes: 'remarques',
  agreementLabellers: 'Accord entre annotateurs (kappa pondéré {weights}, {sites} sites communs) :',
  agreementPair: '  {first} / {second} : kappa {kappa}, accord exact {exact} sur {sites} sites',
  agreementMuniseo: 'muniseo / consensus : kappa {kappa}, accord exact {exact} sur {sites} sites',
  agreementSettled: 'Consensus : {agreed} accords, {byThird} tranchés par le troisième annotateur, {lowerLevel} au niveau le plus bas',
  agreementDeliberate:
    'Niveau 2 ou plus : précision {precision} ({tp} confirmés sur {positives} annoncés par muniseo), rappel {recall} ({tp} trouvés sur {truths} du consensus)',
  agreementRecorded: 'Chiffres enregistrés dans l’étude : la méthodologie du rapport les publie.',
} as const;

type CliKey = keyof typeof fr;

const en: Record<CliKey, string> = {
  rescoreDone:
    '{sites} sites rescored under index definition version {version} (stored versions: {from}); score changed for {score}, level for {level}.',
  rescoreRefused: 'cannot rescore "{study}" from its stored results: {reasons}',
  rescoreChanged: 'checks changed since the audit: {checks}',
  rescoreAdded: 'checks missing from the stored results: {checks}',
  rescoreRemoved: 'checks no longer in the catalogue: {checks}',
  rescoreMissingVisibility:
    'what search engines may crawl and index (robots.txt for their crawlers, noindex) was not recorded, and the index depends on it since its version 2',
  rescoreCrawlHint: 'A new crawl is needed: muniseo audit --sites FILE --study NEW-EDITION.',
  compareRefused:
    'comparison refused: "{current}" is scored under index version {currentVersions} and "{other}" under version {otherVersions}; indexes of different definitions are not comparable',
  compareRescoreHint: 'Rescore the older edition under the current definition: muniseo rescore --study {study}',
  sampleWritten: '{n} sites drawn out of {audited} audited ({strata} strata, seed "{seed}"): {path}',
  sampleTooFew: 'only {audited} audited sites in "{study}": the sample takes them all',
  sheetUrl: 'url',
  sheetId: 'id',
  sheetLevel: 'level',
  sheetLabeller: 'labeller',
  sheetNotes: 'notes',
  agreementLabellers: 'Agreement between labellers (weighted kappa {weights}, {sites} sites in common):',
  agreementPair: '  {first} / {second}: kappa {kappa}, exact agreement {exact} over {sites} sites',
  agreementMuniseo: 'muniseo / consensus: kappa {kappa}, exact agreement {exact} over {sites} sites',
  agreementSettled: 'Consensus: {agreed} agreed, {byThird} settled by the third labeller, {lowerLevel} at the lower level',
  agreementDeliberate:
    'Level 2 or above: precision {precision} ({tp} confirmed of {positives} muniseo found), recall {recall} ({tp} found of {truths} in the consensus)',
  agreementRecorded: 'Figures recorded with the study: the report’s methodology publishes them.',
};

const catalogues: Record<CliLang, Record<CliKey, string>> = { fr, en };

export function cliText(lang: CliLang): (key: CliKey, values?: Record<string, unknown>) => string {
  return (key, values = {}) => interpolate(catalogues[lang][key], values);
}
