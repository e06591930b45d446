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

/**
 * Rich results Google shows today: the features of its Search Gallery
 * (https://developers.google.com/search/docs/appearance/structured-data/search-gallery, read in
 * 2026), each with the schema.org types that earn it. Only these count as rich results: a type
 * Google reads without showing anything for it (`WebPage`, `WebSite`, `City`, `Place`) does not.
 * Image metadata is left out: it needs licence properties muniseo does not read, and every SEO
 * plugin's graph holds an `ImageObject` without them.
 */
export const searchGalleryFeatures: Readonly<Record<string, readonly string[]>> = {
  article: ['Article', 'NewsArticle', 'BlogPosting', 'Report'],
  breadcrumb: ['BreadcrumbList'],
  'course-list': ['Course'],
  dataset: ['Dataset'],
  'discussion-forum': ['DiscussionForumPosting', 'SocialMediaPosting'],
  'education-qa': ['Quiz'],
  'employer-aggregate-rating': ['EmployerAggregateRating'],
  event: [
    'Event',
    'BusinessEvent',
    'ChildrensEvent',
    'ComedyEvent',
    'DanceEvent',
    'EducationEvent',
    'ExhibitionEvent',
    'Festival',
    'FoodEvent',
    'LiteraryEvent',
    'MusicEvent',
    'SaleEvent',
    'ScreeningEvent',
    'SocialEvent',
    'SportsEvent',
    'TheaterEvent',
    'VisualArtsEvent',
  ],
  'job-posting': ['JobPosting'],
  'local-business': [
    'LocalBusiness',
    'GovernmentOffice',
    'PostOffice',
    'Library',
    'TouristInformationCenter',
    'EntertainmentBusiness',
    'SportsActivityLocation',
    'MedicalBusiness',
    'ChildCare',
  ],
  'math-solver': ['MathSolver'],
  movie: ['Movie'],
  organization: ['Organization', 'GovernmentOrganization', 'EducationalOrganization', 'NGO'],
  product: ['Product', 'ProductGroup'],
  'profile-page': ['ProfilePage'],
  'q-and-a': ['QAPage'],
  recipe: ['Recipe'],
  'review-snippet': ['Review', 'AggregateRating'],
  'software-app': ['SoftwareApplication', 'MobileApplication', 'WebApplication'],
  'vacation-rental': ['VacationRental'],
  video: ['VideoObject'],
};

/** Types that earn a rich result in Google Search today. */
export const richResultTypes = new Set(Object.values(searchGalleryFeatures).flat());

/**
 * Types whose rich result Google has retired: markup still read, no longer shown. Each with the
 * month Google stopped showing it and the announcement.
 */
export const retiredRichResultTypes: ReadonlyMap<string, { since: string; source: string }> = new Map([
  // https://developers.google.com/search/blog/2023/08/howto-faq-changes
  ['HowTo', { since: '2023-09', source: 'https://developers.google.com/search/blog/2023/08/howto-faq-changes' }],
  // Restricted to government and health sites in 2023, then shown for no site from 7 May 2026
  // (the deprecation notice of https://developers.google.com/search/docs/appearance/structured-data/faqpage).
  ['FAQPage', { since: '2026-05', source: 'https://developers.google.com/search/docs/appearance/structured-data/faqpage' }],
  ...['SpecialAnnouncement', 'ClaimReview', 'EstimatedSalary', 'Vehicle', 'Car', 'Book'].map(
    (type) => [type, { since: '2025-06', source: 'https://developers.google.com/search/blog/2025/06/simplifying-search-results' }] as const,
  ),
]);
