// Writes docs/checks.md and docs/methodology.md from the code. Run after a build: `npm run docs`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderChecksDoc } from './checks-doc.js';
import { renderMethodologyDoc } from './methodology-doc.js';

export { renderChecksDoc, renderMethodologyDoc };

/** The generated files, by path relative to the repository root. */
export function generatedDocs(): Record<string, string> {
  return { 'docs/checks.md': renderChecksDoc(), 'docs/methodology.md': renderMethodologyDoc() };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // dist/docs/generate.js and src/docs/generate.ts both sit two levels below the root.
  const root = new URL('../../', import.meta.url);
  for (const [path, text] of Object.entries(generatedDocs())) {
    const target = fileURLToPath(new URL(path, root));
    writeFileSync(target, text);
    process.stderr.write(`wrote ${target}\n`);
  }
}
