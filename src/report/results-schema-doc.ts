// Renders docs/results-schema.md from the schema object. Run: node dist/report/results-schema-doc.js
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resultsSchema, resultsSchemaChanges, resultsSchemaVersion } from './results-schema.js';

interface SchemaNode {
  type?: string | readonly string[];
  enum?: readonly unknown[];
  const?: unknown;
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  required?: readonly string[];
  oneOf?: readonly SchemaNode[];
}

function typeOf(node: SchemaNode): string {
  if (node.const !== undefined) return `\`${JSON.stringify(node.const)}\``;
  if (node.enum) return node.enum.map((value) => `\`${JSON.stringify(value)}\``).join(' \\| ');
  if (node.oneOf) return node.oneOf.map(typeOf).join(' \\| ');
  if (node.type) return (Array.isArray(node.type) ? node.type : [node.type]).join(' \\| ');
  return 'any';
}

function rows(node: SchemaNode, path: string, out: string[]): void {
  const object = node.oneOf?.find((option) => option.properties) ?? node;
  for (const [name, child] of Object.entries(object.properties ?? {})) {
    const childPath = path ? `${path}.${name}` : name;
    const required = object.required?.includes(name) ? 'yes' : '';
    out.push(`| \`${childPath}\` | ${typeOf(child)} | ${required} | ${child.description ?? ''} |`);
    rows(child, childPath, out);
    if (child.items) rows(child.items, `${childPath}[]`, out);
  }
}

export function renderResultsSchemaDoc(): string {
  const table: string[] = [];
  rows(resultsSchema as unknown as SchemaNode, '', table);
  return [
    `# Results schema (\`schemaVersion: ${resultsSchemaVersion}\`)`,
    '',
    '<!-- Generated from src/report/results-schema.ts by `npm run docs`; do not edit by hand. -->',
    '',
    '`muniseo export --study NAME --format json` prints this document; every study folder holds it',
    'as `results.json`. A site that could not be audited is a result: its `outcome` and `reason` say',
    'why, and its `index` is `null` (no index rather than a zero).',
    '',
    '| field | type | required | meaning |',
    '|---|---|---|---|',
    ...table,
    '',
    '## Changelog',
    '',
    ...resultsSchemaChanges.flatMap((entry) => [
      `### ${entry.version} (${entry.tool})`,
      '',
      ...entry.changes.map((change) => `- ${change}`),
      '',
    ]),
    '## JSON Schema',
    '',
    '```json',
    JSON.stringify(resultsSchema, null, 2),
    '```',
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const target = fileURLToPath(new URL('../../docs/results-schema.md', import.meta.url));
  writeFileSync(target, renderResultsSchemaDoc());
  process.stderr.write(`wrote ${target}\n`);
}
