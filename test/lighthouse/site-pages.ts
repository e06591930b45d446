// Sampling input built the way the audit builds it: real HTML through the real extractor.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { PageFacts, PageSnapshot } from '../../src/model/index.js';
import { extractPageFacts } from '../../src/extract/page-facts.js';

export interface SitePage {
  html: string;
  status?: number;
  contentType?: string;
  /** The address this page was requested at, when it redirected here. */
  requestedAt?: string;
}

export interface SiteInput {
  homeUrl: string;
  pages: PageFacts[];
  snapshots: PageSnapshot[];
}

/** Pages keyed by path ("/contact/"), served at `origin`. */
export function siteInput(origin: string, pages: Record<string, SitePage>, homeUrl = `${origin}/`): SiteInput {
  const facts: PageFacts[] = [];
  const snapshots: PageSnapshot[] = [];
  for (const [path, page] of Object.entries(pages)) {
    const url = new URL(path, origin).href;
    const status = page.status ?? 200;
    const contentType = page.contentType ?? 'text/html; charset=utf-8';
    snapshots.push({
      requestedUrl: page.requestedAt ? new URL(page.requestedAt, origin).href : url,
      finalUrl: url,
      redirectChain: [],
      status,
      headers: { 'content-type': contentType },
      contentType,
      size: page.html.length,
      truncated: false,
      timingMs: 5,
      body: contentType.includes('html') ? page.html : undefined,
      depth: path.split('/').filter(Boolean).length,
      discoveredBy: 'link',
      renderedWith: 'http',
    });
    if (contentType.includes('html'))
      facts.push(extractPageFacts({ url, status, headers: { 'content-type': contentType }, body: page.html, siteOrigin: origin }));
  }
  return { homeUrl, pages: facts, snapshots };
}

/** Every HTML page of a fixture site folder, with `{{origin}}` replaced as the fixture server does. */
export function fixtureSiteInput(folder: string, origin: string): SiteInput {
  const pages: Record<string, SitePage> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) {
        const relativePath = relative(folder, path).split(sep).join('/');
        const urlPath = `/${relativePath.replace(/(^|\/)index\.html$/, '$1')}`;
        pages[urlPath] = { html: readFileSync(path, 'utf8').replaceAll('{{origin}}', origin) };
      }
    }
  };
  walk(folder);
  return siteInput(origin, pages);
}

/** A plain page of a small site: the same header and footer everywhere, `main` as given. */
export function page(title: string, main: string, head = ''): SitePage {
  return {
    html: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>
<header class="site-header"><nav class="menu"><ul class="menu-list"><li><a href="/">Accueil</a></li></ul></nav></header>
<main id="contenu">${main}</main>
<footer class="site-footer"><a href="/mentions-legales/">Mentions légales</a></footer></body></html>`,
  };
}
