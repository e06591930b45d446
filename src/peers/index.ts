// Peers from a published study: a study's aggregates (the peers file) and a site placed among them.
export { buildPeersFile, parsePeersFile, MixedIndexVersionsError } from './peers-file.js';
export { placeAmongPeers, midRankPercentile, IndexVersionMismatchError } from './placement.js';
