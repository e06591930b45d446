import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/checks/catalogue.js';
import { generatedDocs, renderChecksDoc, renderMethodologyDoc } from '../../src/docs/generate.js';
import { dimensionWeights, levelThresholds, lighthouseInputs } from '../../src/scoring/index.js';

const committed = (path: string) => readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');

describe('generated docs', () => {
  it.each(Object.entries(generatedDocs()))('%s is up to date with the code (run `npm run build && npm run docs`)', (path, text) => {
    expect(committed(path)).toBe(text);
  });

  it('documents every check of the catalogue with both titles', () => {
    const doc = renderChecksDoc();
    for (const check of catalogue) {
      expect(doc).toContain(`### \`${check.id}\``);
      expect(doc).toContain(check.title.en);
      expect(doc).toContain(check.title.fr);
    }
    for (const input of lighthouseInputs) expect(doc).toContain(`\`${input.id}\``);
  });

  it('states the weights, level thresholds and their reasons from the scoring definition', () => {
    const doc = renderMethodologyDoc();
    for (const [dimension, weight] of Object.entries(dimensionWeights))
      expect(doc).toMatch(new RegExp(`\\(\`${dimension}\`\\) \\| ${weight} \\|`));
    for (const threshold of levelThresholds) {
      expect(doc).toContain(threshold.reason.en);
      expect(doc).toContain(threshold.reason.fr);
      if (threshold.level > 0) expect(doc).toContain(`total ≥ ${threshold.min}`);
    }
  });

  it('renders a changed catalogue differently (the comparison can fail)', () => {
    const [first, ...rest] = catalogue;
    const renamed = { ...first!, title: { ...first!.title, en: 'A title nobody wrote' } };
    expect(renderChecksDoc([renamed, ...rest])).not.toBe(renderChecksDoc());
  });
});
