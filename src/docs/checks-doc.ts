// docs/checks.md: the catalogue as its metadata states it, one section per dimension.
import { catalogue } from '../checks/catalogue.js';
import { pageShareThresholds } from '../checks/run.js';
import type { Check } from '../checks/types.js';
import type { Dimension } from '../model/index.js';
import { dimensionLabels, dimensionWeights, lighthouseInputs, scoredDimensions } from '../scoring/index.js';
import { generatedNotice, table } from './markdown.js';

const order: Dimension[] = [...scoredDimensions, 'public-sector'];

function checkSection(check: Check): string[] {
  const sources = typeof check.source === 'string' ? [check.source] : check.source;
  const messages = Object.entries(check.messages);
  return [
    `### \`${check.id}\``,
    '',
    `**${check.title.en}** — *${check.title.fr}*`,
    '',
    `Scope: ${check.scope} · weight ${check.weight}${check.theme ? ` · theme ${check.theme}` : ''}`,
    '',
    `- ${check.rationale.en}`,
    `- *${check.rationale.fr}*`,
    `- Source: ${sources.map((source) => `<${source}>`).join(', ')}`,
    '',
    ...(messages.length > 0
      ? [
          'Messages (`message.id` in results.json and checks.csv):',
          '',
          ...table(
            ['id', 'English', 'French'],
            messages.map(([id, texts]) => [`\`${id}\``, escapeCell(texts.en), escapeCell(texts.fr)]),
          ),
          '',
        ]
      : []),
  ];
}

/** Message templates in a Markdown table cell: pipes escaped, tags shown as code-free text. */
function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

export function renderChecksDoc(checks: readonly Check[] = catalogue): string {
  const lines = [
    generatedNotice('src/checks/ (each check’s metadata) and src/scoring/'),
    '',
    '# The check catalogue',
    '',
    `muniseo runs ${checks.length} checks on every audited site. Each check is one file in \`src/checks/\` with`,
    'its metadata (stable id, dimension, weight, titles and rationale in French and English) and a pure rule',
    'over the facts extracted from the crawled pages. See [methodology.md](methodology.md) for how the results',
    'make up the SEO practice index.',
    '',
    `A **page** check judges every crawled HTML page; the site passes when at least ${pageShareThresholds.pass * 100}% of the`,
    `pages it applies to pass, warns from ${pageShareThresholds.warn * 100}%, and fails below. A **site** check judges the site as a whole.`,
    'A check that does not apply (no image for an alt-text check, no sitemap for a sitemap check) is `na` and',
    'does not count. Checks of weight 0 are facts reported beside the index, never inside it.',
    '',
    ...table(
      ['dimension', 'index weight', 'checks'],
      order.map((dimension) => [
        `${dimensionLabels[dimension].en} (\`${dimension}\`)`,
        dimension === 'public-sector' ? '— (reported beside)' : dimensionWeights[dimension],
        checks.filter((check) => check.dimension === dimension).length,
      ]),
    ),
    '',
  ];
  for (const dimension of order) {
    lines.push(`## ${dimensionLabels[dimension].en} — *${dimensionLabels[dimension].fr}*`, '');
    for (const check of checks.filter((candidate) => candidate.dimension === dimension)) lines.push(...checkSection(check));
    if (dimension === 'performance') {
      lines.push('### Lighthouse inputs', '', 'When Lighthouse runs, two more inputs join this dimension (see methodology.md):', '');
      for (const input of lighthouseInputs) {
        lines.push(`- \`${input.id}\` (weight ${input.weight}): **${input.title.en}** — *${input.title.fr}*. ${input.rationale.en}`);
      }
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
