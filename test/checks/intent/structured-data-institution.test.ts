import structuredDataInstitution from '../../../src/checks/intent/structured-data-institution.js';
import { siteCheckCases, siteContext } from '../../helpers/check-cases.js';
import { at, crawled, siteOf } from '../crawl-data.js';

const ld = (data: object) => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', ...data })}</script>`;
const address = { '@type': 'PostalAddress', streetAddress: '1 place de la Mairie', postalCode: '49990', addressLocality: 'Saint-Exemple' };
/** Yoast's graph as the plugin prints it by default: the Organization named after the site, with its logo and nothing else. */
const yoastGraph = (organisation: object = {}) =>
  `<script type="application/ld+json" class="yoast-schema-graph">${JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebPage', '@id': `${at('/')}#webpage`, url: at('/'), isPartOf: { '@id': `${at('/')}#website` } },
      {
        '@type': 'WebSite',
        '@id': `${at('/')}#website`,
        url: at('/'),
        name: 'Mairie de Saint-Exemple',
        publisher: { '@id': `${at('/')}#organization` },
      },
      {
        '@type': 'Organization',
        '@id': `${at('/')}#organization`,
        name: 'Mairie de Saint-Exemple',
        url: at('/'),
        logo: { '@type': 'ImageObject', url: at('/wp-content/uploads/2024/01/logo.png') },
        ...organisation,
      },
    ],
  })}</script>`;

siteCheckCases(structuredDataInstitution, {
  pass: [
    {
      name: 'GovernmentOrganization on the home page, with its address',
      message: 'institution',
      values: { type: 'GovernmentOrganization', name: 'Ville de Saint-Exemple' },
      site: siteOf([crawled('/', ld({ '@type': 'GovernmentOrganization', name: 'Ville de Saint-Exemple', address }))]),
    },
    {
      name: 'City with a telephone',
      site: siteOf([crawled('/', ld({ '@type': 'City', name: 'Saint-Exemple', telephone: '+33 2 61 91 00 00' }))]),
    },
    {
      name: 'microdata GovernmentOrganization in a town-hall footer block',
      site: siteOf([
        crawled(
          '/',
          '<footer><div itemscope itemtype="https://schema.org/GovernmentOrganization"><span itemprop="name">Mairie de Saint-Exemple</span>' +
            '<span itemprop="telephone">02 61 91 00 00</span></div></footer>',
        ),
      ]),
    },
    {
      name: 'RDFa City under vocab="https://schema.org/"',
      site: siteOf([
        crawled(
          '/',
          '<div vocab="https://schema.org/" typeof="City"><span property="name">Saint-Exemple</span><span property="address">1 place de la Mairie</span></div>',
        ),
      ]),
    },
    {
      name: 'named by its SIREN only',
      message: 'institution',
      site: {
        ...siteOf([
          crawled(
            '/',
            ld({
              '@type': 'GovernmentOrganization',
              name: 'Hôtel de ville',
              identifier: { '@type': 'PropertyValue', propertyID: 'SIREN', value: '219 990 017' },
              address,
            }),
          ),
        ]),
        institution: { ...siteContext().institution, siren: '219990017' },
      },
    },
    {
      name: 'Yoast’s Organization node completed with an address (Yoast Local SEO or a hand-written graph)',
      message: 'institution',
      site: siteOf([crawled('/', yoastGraph({ address, telephone: '+33 2 61 91 00 00' }))]),
    },
  ],
  warn: [
    {
      name: 'Organization only on the contact page',
      message: 'notOnHome',
      values: { type: 'Organization', name: 'Mairie de Saint-Exemple', url: at('/contact/') },
      site: siteOf([crawled('/', ''), crawled('/contact/', ld({ '@type': 'Organization', name: 'Mairie de Saint-Exemple', address }))]),
    },
  ],
  fail: [
    {
      name: 'Yoast’s default Organization node: the site’s name and logo, no address or phone',
      message: 'noContact',
      values: { type: 'Organization', name: 'Mairie de Saint-Exemple' },
      site: siteOf([crawled('/', yoastGraph())]),
    },
    {
      name: 'the commune only as publisher of the page',
      message: 'asRole',
      values: { name: 'Mairie de Saint-Exemple', role: 'publisher' },
      site: siteOf([
        crawled(
          '/',
          ld({
            '@type': 'WebPage',
            name: 'Accueil',
            publisher: { '@type': 'GovernmentOrganization', name: 'Mairie de Saint-Exemple', address },
          }),
        ),
      ]),
    },
    {
      name: 'the web agency’s own node, address and phone included',
      message: 'otherEntity',
      values: { type: 'Organization', name: 'Agence Fictive', institution: 'Saint-Exemple' },
      site: siteOf([crawled('/', ld({ '@type': 'Organization', name: 'Agence Fictive', address, telephone: '+33 3 53 01 00 00' }))]),
    },
    { name: 'only breadcrumbs', message: 'missing', site: siteOf([crawled('/', ld({ '@type': 'BreadcrumbList' }))]) },
    { name: 'no JSON-LD', message: 'missing', site: siteOf([crawled('/', '')]) },
  ],
  na: [
    {
      name: 'an institution audited from its URL alone: no name to recognise',
      message: 'unnamedInstitution',
      site: {
        ...siteOf([crawled('/', ld({ '@type': 'GovernmentOrganization', name: 'Ville de Saint-Exemple', address }))]),
        institution: { id: 'www.saint-exemple.test', name: 'www.saint-exemple.test', kind: 'other', url: at('/') },
      },
    },
  ],
});
