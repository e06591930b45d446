// The heavy fixture web (fixtures/heavy-sites, made by make-heavy-sites.js): town sites that score well
// below 1.00 on performance, so that a bias in performance shows.
import { fileURLToPath } from 'node:url';
import { startFixtureWeb } from '../../dist/fixtures/server.js';

export const heavySitesDir = fileURLToPath(new URL('../../fixtures/heavy-sites/', import.meta.url));

export function startHeavyWeb() {
  return startFixtureWeb({ sitesDir: heavySitesDir });
}

/** The home, contact and démarches pages of every heavy site: what default sampling picks on them. */
export function heavyPages(web) {
  return [...web.sites.values()].flatMap((site) => ['/', '/contact/', '/demarches/'].map((path) => `${site.origin}${path}`));
}
