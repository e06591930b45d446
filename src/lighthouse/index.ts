// The Lighthouse lane: which pages (sampling), how they are run (isolated workers), what is kept (median runs).
export { selectLighthousePages, type LighthousePageCount, type SamplingInput } from './page-sampling.js';
export {
  startLighthouseLane,
  defaultLighthouseConcurrency,
  formFactorsOf,
  lighthouseVersion,
  type LighthouseLane,
  type LaneOptions,
} from './lane.js';
export { medianRunIndex, scoreSpread } from './median-run.js';
export { classifyPage, type PageType } from './page-types.js';
export { findChrome, chromeFlags, installChromeHelp } from '../browser/chrome.js';
export * from '../model/lighthouse.js';
