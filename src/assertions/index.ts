// Assertions for CI: Lighthouse CI's syntax and muniseo's keys, judged against a study's sites.
export { parseAssertions, AssertionFileError, type ParsedAssertions } from './assertion-file.js';
export { lighthouseAuditIds, type LighthouseAuditIds } from './lighthouse-audits.js';
export { evaluateAssertions } from './evaluate.js';
export { describeResult, summarise, summaryLine, type AssertionSummary } from './describe.js';
export { junitXml } from './junit.js';
export type * from './types.js';
