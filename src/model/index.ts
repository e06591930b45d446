// The model: the types every stage exchanges, and the few pure rules several stages share.
// Stages import the model, never each other's insides (eslint.config.js enforces it).
export type * from './crawl.js';
export { crawlOutcomes, snapshotSucceeded } from './crawl.js';
export type * from './page-facts.js';
export type * from './lighthouse.js';
export type * from './institution.js';
export type * from './site-result.js';
export type * from './findings.js';
export type * from './localised.js';
export type * from './robots.js';
export type * from './peers.js';
export { peersFormatVersion } from './peers.js';
export { institutionKinds } from './institution.js';
export { dimensions, findingCredit } from './findings.js';
export { languages } from './localised.js';
export { lighthouseCategories, measuredLighthouseVariability } from './lighthouse.js';
export {
  isAllowed,
  blocksWholeSite,
  groupsFor,
  productToken,
  crawlDelaySeconds,
  canonicalPath,
  missingRobotsTxt,
  unavailableRobotsTxt,
  addRobotsProblem,
} from './robots.js';
export { normaliseUrl, urlKey, sameSite, bareHost, twinHosts, slashTwin, originOf } from './urls.js';
export {
  trapPattern,
  hasSessionParameter,
  withoutSessionId,
  repeatsSegments,
  maxUrlLength,
  sessionTrap,
  identicalBodyTrap,
  trapOf,
  type Trap,
} from './traps.js';
export {
  forbidsIndexing,
  noindexDirective,
  noindexSource,
  isIndexable,
  resolveAgainst,
  declaredCanonical,
  resolvedCanonical,
} from './indexing.js';
export { similarity, shingleSize, shingleCount, signatureSize, shingleRanks, minhashSignature, bandKeys } from './similarity.js';
export type * from './messages.js';
export { renderMessage, renderTemplate, formatValue, placeholdersOf } from './messages.js';
export { institutionKindLabels } from './institution.js';
export { cmsName, isHostedPlatform, platformName, seoPluginName } from './platforms.js';
export type * from './visibility.js';
export { invisibility, invisibilityLabels, mostPagesShare, searchEngineAgents } from './visibility.js';
export { crawlMessages, crawlMessage, renderCrawlMessage, renderCrawlMessages, type CrawlMessageId } from './crawl-messages.js';
export { lighthouseMessages, lighthouseMessage, renderLighthouseMessage, type LighthouseMessageId } from './lighthouse-messages.js';
export { encodingForLabel, decodeText } from './encodings.js';
export type * from './attribution.js';
export { clusterOf } from './attribution.js';
export { mostFrequent } from './counting.js';
