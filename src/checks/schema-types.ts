// schema.org types that matter for a local authority's site.

/** Types that describe the institution itself (the knowledge panel of the organisation). */
export const institutionTypes = new Set([
  'GovernmentOrganization',
  'Organization',
  'City',
  'AdministrativeArea',
  'GovernmentOffice',
  'GovernmentBuilding',
  'CityHall',
]);

/** Types that earn a rich result or feed one (breadcrumbs, events, articles, FAQs, places). */
export const richResultTypes = new Set([
  ...institutionTypes,
  'Place',
  'CivicStructure',
  'Event',
  'BreadcrumbList',
  'NewsArticle',
  'Article',
  'BlogPosting',
  'FAQPage',
  'HowTo',
  'JobPosting',
  'Dataset',
]);
