// Assertion results as JUnit XML in the Apache Ant form (the one Jenkins, GitLab and the GitHub
// Actions test reporters read; schema: test/fixtures/junit/JUnit.xsd): one test suite per site, one
// test case per assertion and page. A failed `error` assertion is a failure; a failed `warn` one is a
// skipped test case with its message, so that reporters show it without failing the job, as Lighthouse
// CI's warnings do not fail it.
import { describeResult } from './describe.js';
import type { AssertionResult } from './types.js';

export interface JunitOptions {
  /** Written as the suites' `hostname`. */
  hostname: string;
  /** When the assertions were judged, for the suites' `timestamp`. */
  timestamp: Date;
  /** Written as a property of each suite: where the assertions came from. */
  assertionFile: string;
}

export function junitXml(results: readonly AssertionResult[], options: JunitOptions): string {
  const bySite = new Map<string, AssertionResult[]>();
  for (const result of results) bySite.set(result.site.id, [...(bySite.get(result.site.id) ?? []), result]);
  // Ant's form: a local time without zone, to the second.
  const timestamp = options.timestamp.toISOString().slice(0, 19);
  const suites = [...bySite.values()].map((siteResults, id) => {
    const site = (siteResults[0] as AssertionResult).site;
    const failures = siteResults.filter((result) => !result.passed && result.level === 'error').length;
    const skipped = siteResults.filter((result) => !result.passed && result.level === 'warn').length;
    const cases = siteResults.map((result) => testCase(result, site.id));
    return [
      `  <testsuite package="muniseo" id="${id}" name="${attribute(token(site.name) || site.id)}" timestamp="${timestamp}" hostname="${attribute(token(options.hostname) || 'localhost')}" tests="${siteResults.length}" failures="${failures}" errors="0" skipped="${skipped}" time="0">`,
      '    <properties>',
      `      <property name="site" value="${attribute(site.url)}"/>`,
      `      <property name="assertions" value="${attribute(options.assertionFile)}"/>`,
      '    </properties>',
      ...cases,
      '    <system-out></system-out>',
      '    <system-err></system-err>',
      '  </testsuite>',
    ].join('\n');
  });
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<testsuites>', ...suites, '</testsuites>', ''].join('\n');
}

function testCase(result: AssertionResult, siteId: string): string {
  const name = token(result.page ? `${result.key} ${result.page.url} (${result.page.formFactor})` : result.key);
  const open = `    <testcase name="${attribute(name)}" classname="${attribute(token(`muniseo.${siteId}`))}" time="0"`;
  if (result.passed) return `${open}/>`;
  const description = describeResult(result);
  if (result.level === 'warn') return `${open}>\n      <skipped message="${attribute(description)}"/>\n    </testcase>`;
  return `${open}>\n      <failure message="${attribute(description)}" type="${attribute(result.name)}">${text(description)}</failure>\n    </testcase>`;
}

/** An xs:token: no line breaks or tabs, no leading, trailing or doubled spaces. */
function token(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** Characters XML 1.0 cannot hold at all (crawled text may carry them) are dropped. */
function xmlSafe(value: string): string {
  // eslint-disable-next-line no-control-regex -- these control characters are exactly what must go.
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

function text(value: string): string {
  return xmlSafe(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attribute(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
