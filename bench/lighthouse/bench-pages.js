// The fixture pages the Lighthouse benchmarks audit: the static HTML pages of every listening fixture
// site, one site after another in turn (home pages first), so that the sample mixes sites and templates.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { defaultFixtureSitesDir } from '../../dist/fixtures/server.js';

export function benchPages(web, count) {
  const bySite = [...web.sites.values()]
    .filter((site) => site.behaviour.listen !== false)
    .map((site) => {
      const folder = join(defaultFixtureSitesDir, site.name);
      const paths = [];
      const walk = (dir) => {
        for (const name of readdirSync(dir).sort()) {
          const path = join(dir, name);
          if (statSync(path).isDirectory()) walk(path);
          else if (name.endsWith('.html')) paths.push(`/${relative(folder, path).split(sep).join('/')}`.replace(/index\.html$/, ''));
        }
      };
      walk(folder);
      // Shortest path first: the home page, then the sections.
      return paths.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).map((path) => `${site.origin}${path}`);
    });
  const pages = [];
  for (let round = 0; pages.length < count && bySite.some((urls) => urls.length > round); round++) {
    for (const urls of bySite) if (urls[round] && pages.length < count) pages.push(urls[round]);
  }
  return pages;
}
