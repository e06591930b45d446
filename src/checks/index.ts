export { catalogue } from './catalogue.js';
export { runChecks, statusForShare, pageShareThresholds } from './run.js';
export { definePageCheck, defineSiteCheck, pass, warn, fail, notApplicable } from './define.js';
export type * from './types.js';
