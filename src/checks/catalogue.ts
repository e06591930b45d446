// The catalogue: every check muniseo runs, in report order (by dimension: indexability, on-page,
// rich results, performance and mobile, intent, then the public-sector facts reported beside the index).
// Adding a check = one file + one line here.
import type { CheckWeights } from '../model/index.js';
import type { Check } from './types.js';
import httpStatus from './site/http-status.js';
import indexable from './page/indexable.js';
import canonicalPresent from './page/canonical-present.js';
import canonicalAbsolute from './page/canonical-absolute.js';
import canonicalTarget from './page/canonical-target.js';
import canonicalConsistent from './page/canonical-consistent.js';
import hreflangValid from './page/hreflang-valid.js';
import hreflangReturnLinks from './site/hreflang-return-links.js';
import crawlableAnchors from './page/crawlable-anchors.js';
import robotsTxtPresent from './site/robots-txt-present.js';
import robotsTxtValid from './site/robots-txt-valid.js';
import robotsTxtNotBlocking from './site/robots-txt-not-blocking.js';
import sitemapPresent from './site/sitemap-present.js';
import sitemapValid from './site/sitemap-valid.js';
import sitemapUrlsHealthy from './site/sitemap-urls-healthy.js';
import orphanPages from './site/orphan-pages.js';
import crawlDepth from './site/crawl-depth.js';
import crawlTraps from './site/crawl-traps.js';
import brokenInternalLinks from './site/broken-internal-links.js';
import redirectChains from './site/redirect-chains.js';
import soft404 from './site/soft-404.js';
import contentWithoutJavascript from './site/content-without-javascript.js';
import titlePresent from './page/title-present.js';
import titleLength from './page/title-length.js';
import titleNotPlaceholder from './page/title-not-placeholder.js';
import titlePlaceName from './page/title-place-name.js';
import metaDescriptionPresent from './page/meta-description-present.js';
import metaDescriptionLength from './page/meta-description-length.js';
import metaDescriptionNotTitle from './page/meta-description-not-title.js';
import singleH1 from './page/single-h1.js';
import headingOrder from './page/heading-order.js';
import htmlLang from './page/html-lang.js';
import imageAlt from './page/image-alt.js';
import linkText from './page/link-text.js';
import urlHygiene from './page/url-hygiene.js';
import thinContent from './page/thin-content.js';
import duplicateTitles from './site/duplicate-titles.js';
import duplicateDescriptions from './site/duplicate-descriptions.js';
import duplicateContent from './site/duplicate-content.js';
import structuredDataValid from './page/structured-data-valid.js';
import structuredDataTypes from './page/structured-data-types.js';
import openGraph from './page/open-graph.js';
import twitterCard from './page/twitter-card.js';
import viewport from './page/viewport.js';
import mixedContent from './page/mixed-content.js';
import httpsEnforced from './site/https-enforced.js';
import hsts from './site/hsts.js';
import searchEngineVerification from './intent/search-engine-verification.js';
import seoPlugin from './intent/seo-plugin.js';
import descriptionsWrittenPerPage from './intent/descriptions-written-per-page.js';
import structuredDataInstitution from './intent/structured-data-institution.js';
import robotsTxtDeclaresSitemap from './intent/robots-txt-declares-sitemap.js';
import accessibilityMention from './public-sector/accessibility-mention.js';
import accessibilityDeclaration from './public-sector/accessibility-declaration.js';
import legalNotice from './public-sector/legal-notice.js';
import privacyPolicy from './public-sector/privacy-policy.js';
import dsfrReservedToState from './public-sector/dsfr-reserved-to-state.js';
import audienceMeasurement from './public-sector/audience-measurement.js';
import consentManager from './public-sector/consent-manager.js';
import socialProfiles from './public-sector/social-profiles.js';
import cms from './public-sector/cms.js';

export const catalogue: readonly Check[] = [
  httpStatus,
  indexable,
  canonicalPresent,
  canonicalAbsolute,
  canonicalTarget,
  canonicalConsistent,
  hreflangValid,
  hreflangReturnLinks,
  crawlableAnchors,
  robotsTxtPresent,
  robotsTxtValid,
  robotsTxtNotBlocking,
  sitemapPresent,
  sitemapValid,
  sitemapUrlsHealthy,
  orphanPages,
  crawlDepth,
  crawlTraps,
  brokenInternalLinks,
  redirectChains,
  soft404,
  contentWithoutJavascript,
  titlePresent,
  titleLength,
  titleNotPlaceholder,
  titlePlaceName,
  metaDescriptionPresent,
  metaDescriptionLength,
  metaDescriptionNotTitle,
  singleH1,
  headingOrder,
  htmlLang,
  imageAlt,
  linkText,
  urlHygiene,
  thinContent,
  duplicateTitles,
  duplicateDescriptions,
  duplicateContent,
  structuredDataValid,
  structuredDataTypes,
  openGraph,
  twitterCard,
  viewport,
  mixedContent,
  httpsEnforced,
  hsts,
  searchEngineVerification,
  seoPlugin,
  descriptionsWrittenPerPage,
  structuredDataInstitution,
  robotsTxtDeclaresSitemap,
  accessibilityMention,
  accessibilityDeclaration,
  legalNotice,
  privacyPolicy,
  dsfrReservedToState,
  audienceMeasurement,
  consentManager,
  socialProfiles,
  cms,
];

/** Each check's weight in its dimension, as scoring reads it (scoring never imports the catalogue). */
export const checkWeights: CheckWeights = new Map(catalogue.map((check) => [check.id, check.weight]));
