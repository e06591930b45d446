import structuredDataInstitution from '../../../src/checks/intent/structured-data-institution.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { at, crawled, siteOf } from '../crawl-data.js';

const ld = (type: string) =>
  `<script type="application/ld+json">{"@context":"https://schema.org","@type":"${type}","name":"Saint-Exemple"}</script>`;

siteCheckCases(structuredDataInstitution, {
  pass: [
    { name: 'GovernmentOrganization on the home page', site: siteOf([crawled('/', ld('GovernmentOrganization'))]) },
    { name: 'City on the home page', site: siteOf([crawled('/', ld('City'))]) },
    {
      name: 'microdata GovernmentOrganization in a town-hall footer block',
      site: siteOf([
        crawled(
          '/',
          '<footer><div itemscope itemtype="https://schema.org/GovernmentOrganization"><span itemprop="name">Mairie de Saint-Exemple</span></div></footer>',
        ),
      ]),
    },
    {
      name: 'RDFa City under vocab="https://schema.org/"',
      site: siteOf([crawled('/', '<div vocab="https://schema.org/" typeof="City"><span property="name">Saint-Exemple</span></div>')]),
    },
  ],
  warn: [
    {
      name: 'Organization only on the contact page',
      message: 'notOnHome',
      values: { types: ['Organization'], url: at('/contact/') },
      site: siteOf([crawled('/', ''), crawled('/contact/', ld('Organization'))]),
    },
  ],
  fail: [
    { name: 'only breadcrumbs', message: 'missing', site: siteOf([crawled('/', ld('BreadcrumbList'))]) },
    { name: 'no JSON-LD', message: 'missing', site: siteOf([crawled('/', '')]) },
  ],
});
