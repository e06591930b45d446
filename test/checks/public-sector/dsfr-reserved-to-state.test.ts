import dsfrReservedToState from '../../../src/checks/public-sector/dsfr-reserved-to-state.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { crawled, siteOf } from '../crawl-data.js';

const dsfr =
  '<html data-fr-scheme="system"><body><header class="fr-header"><p class="fr-logo">République <br>Française</p></header></body></html>';

siteCheckCases(dsfrReservedToState, {
  pass: [{ name: 'own design', site: siteOf([crawled('/', '<header class="entete"><p>Ville de Saint-Exemple</p></header>')]) }],
  fail: [
    {
      name: 'DSFR header and Marque État on a commune site',
      message: 'dsfrMarkers',
      values: { kind: { fr: 'commune', en: 'commune' }, markers: ['data-fr-scheme', 'fr-header', 'fr-logo'] },
      site: siteOf([crawled('/', dsfr)]),
    },
    {
      name: 'DSFR stylesheet only',
      message: 'dsfrMarkers',
      values: { markers: ['dsfr-assets'] },
      site: siteOf([crawled('/', '<link rel="stylesheet" href="/dsfr/dsfr.min.css">')]),
    },
  ],
  na: [
    { name: 'a State site', message: 'stateSite', site: { origin: 'https://www.prefecture.gouv.fr', ...siteOf([crawled('/', dsfr)]) } },
    { name: 'no page', message: 'noPage', site: { pages: [] } },
  ],
});
