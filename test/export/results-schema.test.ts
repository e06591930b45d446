import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { studyJson, writeStudyJson } from '../../src/report/results-json.js';
import { renderResultsSchemaDoc } from '../../src/report/results-schema-doc.js';
import { siteResult } from '../helpers/site-result.js';
import { validateResults } from '../helpers/validate-results.js';

const meta = { name: 'test', startedAt: '2026-11-26T08:00:00.000Z', tool: { name: 'muniseo', version: '0.1.0' }, config: {} };

describe('results schema v1', () => {
  it('docs/results-schema.md is generated from the schema in code', () => {
    const committed = readFileSync(new URL('../../docs/results-schema.md', import.meta.url), 'utf8');
    expect(committed, 'run `npm run docs` and commit docs/').toBe(renderResultsSchemaDoc());
  });

  it('an audited site and an unreachable one validate', () => {
    const unreachable = siteResult('b', { outcome: 'unreachable', reason: 'connection refused', checks: [], index: undefined });
    const document = studyJson(meta, [siteResult('a'), unreachable]);
    expect(validateResults(document)).toEqual([]);
    expect((document['sites'] as { index: unknown }[])[1]?.index).toBeNull();
  });

  it('carries who built the site: CMS and version, SEO plugins, theme, platform, vendor and the cluster it falls in', () => {
    const attributed = siteResult('a', {
      attribution: {
        cms: { id: 'wordpress', version: '6.6.2' },
        seoPlugins: ['yoast'],
        theme: 'mairie-pro',
        vendor: { name: 'Agence Fictive', evidence: 'credit-link' },
      },
    });
    const platformOnly = siteResult('b', { attribution: { seoPlugins: [], platform: 'campagnol' } });
    const document = studyJson(meta, [attributed, platformOnly, siteResult('c')]);
    expect(validateResults(document)).toEqual([]);
    const sites = document['sites'] as { attribution: unknown }[];
    expect(sites[0]?.attribution).toEqual({
      cms: 'wordpress',
      cmsVersion: '6.6.2',
      seoPlugins: ['yoast'],
      theme: 'mairie-pro',
      platform: null,
      vendor: 'Agence Fictive',
      vendorEvidence: 'credit-link',
      cluster: 'vendor:Agence Fictive',
    });
    expect(sites[1]?.attribution).toMatchObject({ cms: null, platform: 'campagnol', vendor: null, cluster: 'platform:campagnol' });
    // A result stored before attribution existed.
    expect(sites[2]?.attribution).toBeNull();
  });

  it('rejects a document whose site lacks its outcome', () => {
    const document = studyJson(meta, [siteResult('a')]);
    delete (document['sites'] as Record<string, unknown>[])[0]!['outcome'];
    expect(validateResults(document).join('\n')).toMatch(/outcome/);
  });
});

describe('writeStudyJson', () => {
  it.each([0, 1, 3])('streams exactly the text of JSON.stringify for %i sites', (count) => {
    const sites = Array.from({ length: count }, (_, index) => siteResult(`s${index}`));
    let text = '';
    writeStudyJson((chunk) => (text += chunk), meta, sites);
    expect(text).toBe(`${JSON.stringify(studyJson(meta, sites), null, 2)}\n`);
  });
});
