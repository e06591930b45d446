// The Lighthouse lane: which pages (sampling), how they are run (isolated workers), what is kept (median runs).
export { selectLighthousePages, type LighthousePageCount, type SamplingInput } from './page-sampling.js';
export {
  startLighthouseLane,
  defaultLighthouseConcurrency,
  formFactorsOf,
  lighthouseVersion,
  defaultIsolation,
  defaultBrowserReuse,
  isolationOf,
  type LighthouseLane,
  type LaneOptions,
} from './lane.js';
export { isolationLevels, overlappingWindows, type Isolation, type ScheduleEvent } from './cpu-schedule.js';
export { browserReuseModes, type BrowserReuse } from './worker-protocol.js';
export { medianRunIndex, scoreSpread } from './median-run.js';
export { measureBenchmarkIndex } from './benchmark-index.js';
export { performanceVariability } from './performance-variability.js';
export { classifyPage, type PageType } from './page-types.js';
export { findChrome, chromeFlags, installChromeHelp } from '../browser/chrome.js';
export * from '../model/lighthouse.js';
