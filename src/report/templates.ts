// The Handlebars side: templates/ holds the pages, partials and stylesheet. Helpers only
// translate and compare; every value arrives formatted. `{{ }}` escapes; the one `{{{ }}}`
// (templates/partials/chart.hbs) writes SVG that Vega produced.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import type { ReportLang } from './format.js';
import { strings, translate, type StringKey } from './strings.js';

/** templates/ sits two levels above this file both in src/report and in dist/report. */
export const templatesDir = fileURLToPath(new URL('../../templates/', import.meta.url));

export const stylesheetPath = join(templatesDir, 'report.css');

export type PageName = 'index' | 'site' | 'compare';

export interface PageTemplates {
  render(page: PageName, context: object): string;
}

export function loadTemplates(lang: ReportLang): PageTemplates {
  const handlebars = Handlebars.create();
  handlebars.registerHelper('t', function (key: unknown, options: Handlebars.HelperOptions) {
    if (typeof key !== 'string' || !(key in strings[lang])) throw new Error(`report template asks for an unknown string: ${String(key)}`);
    return translate(lang, key as StringKey, options.hash as Record<string, unknown>);
  });
  const partialsDir = join(templatesDir, 'partials');
  for (const file of readdirSync(partialsDir).filter((name) => name.endsWith('.hbs'))) {
    handlebars.registerPartial(basename(file, '.hbs'), readFileSync(join(partialsDir, file), 'utf8'));
  }
  const pages = new Map<PageName, Handlebars.TemplateDelegate>();
  for (const page of ['index', 'site', 'compare'] as const) {
    pages.set(page, handlebars.compile(readFileSync(join(templatesDir, `${page}.hbs`), 'utf8'), { preventIndent: true }));
  }
  return {
    render: (page, context) => {
      const template = pages.get(page);
      if (!template) throw new Error(`no template for page ${page}`);
      return template(context);
    },
  };
}
