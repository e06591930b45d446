// The catalogue: every check muniseo runs, in report order. Adding a check = one file + one line here.
import type { Check } from './types.js';
import titlePresent from './page/title-present.js';
import metaDescriptionPresent from './page/meta-description-present.js';
import singleH1 from './page/single-h1.js';
import htmlLang from './page/html-lang.js';
import viewport from './page/viewport.js';
import canonicalPresent from './page/canonical-present.js';
import robotsTxtPresent from './site/robots-txt-present.js';
import sitemapPresent from './site/sitemap-present.js';

export const catalogue: readonly Check[] = [
  titlePresent,
  metaDescriptionPresent,
  singleH1,
  htmlLang,
  viewport,
  canonicalPresent,
  robotsTxtPresent,
  sitemapPresent,
];
