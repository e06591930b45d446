// `--junit FILE` in the Ant/Jenkins form, validated against the Ant JUnit schema (test/fixtures/junit/)
// by xmllint, compiled to WebAssembly: one test case per assertion and page, errors as failures,
// warnings as skipped test cases.
import { readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';
import { describe, expect, it } from 'vitest';
import { junitXml, type AssertionResult } from '../../src/assertions/index.js';

const schema = { fileName: 'JUnit.xsd', contents: readFileSync(new URL('../fixtures/junit/JUnit.xsd', import.meta.url), 'utf8') };

async function validate(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const result = await validateXML({ xml: { fileName: 'junit.xml', contents: xml }, schema });
  return { valid: result.valid, errors: result.errors.map((error) => error.rawMessage) };
}

const ville = { id: 'ville', name: 'Ville-sur-Test\n(mairie)', url: 'https://ville.example.test/' };
const results: AssertionResult[] = [
  {
    key: 'categories:seo',
    level: 'error',
    passed: false,
    site: ville,
    page: { url: 'https://ville.example.test/contact?a=1&b=<2>', formFactor: 'mobile' },
    name: 'minScore',
    operator: '>=',
    expected: 0.9,
    actual: 0.82,
    values: [0.82],
    aggregationMethod: 'optimistic',
  },
  { key: 'muniseo:index', level: 'error', passed: true, site: ville, name: 'minScore', operator: '>=', expected: 50, actual: 61 },
  {
    key: 'muniseo:check:sitemap-present',
    level: 'warn',
    passed: false,
    site: ville,
    name: 'status',
    operator: '>=',
    expected: 'pass',
    actual: 'fail',
    // Control characters from a crawled page cannot appear in XML 1.0 at all.
    message: 'no sitemap \u0001 "quoted"',
  },
  {
    key: 'muniseo:level',
    level: 'error',
    passed: false,
    site: { id: 'bourg', name: 'Bourg', url: 'https://bourg.example.test/' },
    name: 'minLevel',
    operator: '>=',
    expected: 2,
    actual: 1,
  },
];

describe('JUnit XML', () => {
  it('is valid against the Ant JUnit schema, even with crawled text in it', async () => {
    const xml = junitXml(results, {
      hostname: 'ci runner\t1',
      timestamp: new Date('2026-11-30T09:15:00.250Z'),
      assertionFile: 'assert.json',
    });
    expect(await validate(xml)).toEqual({ valid: true, errors: [] });
  });

  it('the validation is not blind: a test case without a classname is refused', async () => {
    const xml = junitXml(results, { hostname: 'ci', timestamp: new Date('2026-11-30T09:15:00Z'), assertionFile: 'assert.json' });
    const broken = xml.replace(/ classname="[^"]*"/, '');
    expect((await validate(broken)).valid).toBe(false);
  });

  it('one suite per site, one case per assertion and page; errors fail, warnings are skipped', () => {
    const xml = junitXml(results, { hostname: 'ci', timestamp: new Date('2026-11-30T09:15:00Z'), assertionFile: 'assert.json' });
    const suites = [...xml.matchAll(/<testsuite [^>]*>/g)].map((match) => match[0]);
    expect(suites).toHaveLength(2);
    expect(suites[0]).toContain('tests="3" failures="1" errors="0" skipped="1"');
    expect(suites[0]).toContain('timestamp="2026-11-30T09:15:00"');
    expect(suites[1]).toContain('tests="1" failures="1" errors="0" skipped="0"');
    expect(xml).toContain('<testcase name="categories:seo https://ville.example.test/contact?a=1&amp;b=&lt;2&gt; (mobile)"');
    expect(xml).toMatch(/<failure message="error {2}categories:seo .*actual 0\.82" type="minScore">/);
    expect(xml).toMatch(/<skipped message="warn {3}muniseo:check:sitemap-present .*actual fail — no sitemap {2}&quot;quoted&quot;"\/>/);
  });
});
