import structuredDataInstitution from '../../../src/checks/intent/structured-data-institution.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { crawled, siteOf } from '../crawl-data.js';

const ld = (type: string) =>
  `<script type="application/ld+json">{"@context":"https://schema.org","@type":"${type}","name":"Saint-Exemple"}</script>`;

siteCheckCases(structuredDataInstitution, {
  pass: [
    { name: 'GovernmentOrganization on the home page', site: siteOf([crawled('/', ld('GovernmentOrganization'))]) },
    { name: 'City on the home page', site: siteOf([crawled('/', ld('City'))]) },
  ],
  warn: [{ name: 'Organization only on the contact page', site: siteOf([crawled('/', ''), crawled('/contact/', ld('Organization'))]) }],
  fail: [
    { name: 'only breadcrumbs', site: siteOf([crawled('/', ld('BreadcrumbList'))]) },
    { name: 'no JSON-LD', site: siteOf([crawled('/', '')]) },
  ],
});
