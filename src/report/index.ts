// Provisional report: a plain table. The full study report (issue 7) replaces this module.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { StudyStore } from '../store/study-store.js';
import { studyJson } from './results-json.js';

export interface ReportOptions {
  studyDir: string;
  lang: 'fr' | 'en';
  pdf?: boolean;
  /** Folder of another study to compare with. */
  compareWith?: string;
  chromePath?: string;
}

export interface WrittenReport {
  indexPath: string;
  files: string[];
}

const page = Handlebars.compile(`<!doctype html><html lang="{{lang}}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>muniseo — {{name}}</title></head><body><main><h1>{{name}}</h1>
{{#if fictional}}<p><strong>Données fictives : les institutions de cette étude n'existent pas.</strong></p>{{/if}}
<table><thead><tr><th>Institution</th><th>Résultat</th><th>Indice</th><th>Niveau</th><th>Lighthouse SEO</th></tr></thead><tbody>
{{#each sites}}<tr><td>{{institution.name}}</td><td>{{outcome}} {{reason}}</td><td>{{index.score}}</td><td>{{index.label.fr}}</td><td>{{#each lighthouse.pages}}{{scores.seo}} {{/each}}</td></tr>{{/each}}
</tbody></table></main></body></html>`);

export async function writeReport(store: StudyStore, options: ReportOptions): Promise<WrittenReport> {
  const meta = store.readMeta();
  if (!meta) throw new Error(`no study in ${store.path}`);
  mkdirSync(options.studyDir, { recursive: true });
  const sites = [...store.siteResults()];
  const indexPath = join(options.studyDir, 'index.html');
  writeFileSync(indexPath, page({ lang: options.lang, name: meta.name, fictional: meta.fictional, sites }));
  const resultsPath = join(options.studyDir, 'results.json');
  writeFileSync(resultsPath, `${JSON.stringify(studyJson(meta, sites), null, 2)}\n`);
  return { indexPath, files: [indexPath, resultsPath] };
}
