/** A link as the page wrote it and as it resolves. */
export interface LinkFact {
  /** Absolute URL, fragment removed; undefined when the href cannot be resolved or is not http(s). */
  url?: string;
  href: string;
  text: string;
  rel: string[];
  internal: boolean;
  /** `javascript:`, `href`-less, scheme-less `www.`, `mailto:`, … */
  kind: 'http' | 'javascript' | 'missing-href' | 'schemeless-www' | 'mailto' | 'tel' | 'other';
  /**
   * Language of the link's text, lower-cased: the one language its text-bearing elements declare,
   * else that of the closest ancestor with `lang` (`xml:lang` in SVG). Undefined when none declares one.
   */
  lang?: string;
  /** The text mixes elements in several languages (`<span lang="de">click</span> <span lang="fr">here</span>`): no one language judges it. */
  mixedLanguage?: boolean;
  /** Inside an <svg> element. */
  inSvg: boolean;
  /** The aria-label, when the anchor has one. */
  ariaLabel?: string;
  /** An explicit ARIA role (`button`, `tab`…): the anchor is a control, not a link. */
  role?: string;
  /** The anchor has an inline onclick handler. */
  onclick?: boolean;
  /** An href-less anchor with a name or id: a fragment target, not a link. */
  fragmentTarget?: boolean;
  /** The href is a fragment of the same page (`#contenu`). */
  inPage?: boolean;
}

export interface ImageFact {
  src: string;
  alt: string | null;
}

export interface HeadingFact {
  level: number;
  text: string;
}

/** A `rel="alternate" hreflang` annotation, from `<head>` or the HTTP `Link` header (those in `<body>` do not count). */
export interface HreflangFact {
  /** As written, spaces included. */
  hreflang: string;
  /** As written; empty when the annotation has no href. */
  href: string;
  source: 'head' | 'header';
}

export interface DetectedTags {
  /** Audience-measurement tools named anywhere in the page, consent-manager configuration included. */
  analytics: string[];
  /** The subset loaded by the page itself, outside a consent manager's configuration. */
  analyticsLoaded: string[];
  consentManagers: string[];
  verification: string[];
  /** SEO plugins that print themselves in the page (their comment, their JSON-LD block, their assets). */
  seoPlugins: string[];
  cms: string[];
  /** Hosted site builders and platforms (Wix, Jimdo, e-monsite, SiteW, Webnode), by their generator or asset hosts. */
  platforms: string[];
  dsfr: string[];
}

/**
 * An entity a page describes with structured data (JSON-LD, microdata or RDFa), with what tells
 * whose entity it is: its names, identifiers and contact details, and the role it plays.
 */
export interface StructuredEntity {
  syntax: 'json-ld' | 'microdata' | 'rdfa';
  /** schema.org type names. */
  types: string[];
  name?: string;
  /** `alternateName` and `legalName`. */
  otherNames: string[];
  /** Values of `identifier`, `taxID`, `vatID`, `leiCode`, `iso6523Code` (a SIREN, a SIRET, an INSEE code), as written. */
  identifiers: string[];
  /** Has a non-empty `address`. */
  hasAddress: boolean;
  telephone?: string;
  /**
   * The property through which another item names it (`publisher`, `creator`, `author`, `about`…);
   * absent for an item standing on its own (top level, or a node of a JSON-LD `@graph`).
   */
  role?: string;
}

/** A credit naming who made the site: « Réalisation : Agence Exemple », « Site réalisé par … ». */
export interface CreditFact {
  /** The name credited, as written (« Agence Exemple »). */
  name: string;
  /** The credit's wording around the name, shortened (« Réalisation : Agence Exemple »). */
  phrase: string;
  /** The credit link's absolute URL, when the name is a link. */
  href?: string;
}

/** What a page tells about the software and the people behind the site, for attribution. */
export interface PlatformFacts {
  /** The CMS version the `generator` meta or the `X-Generator` header gives (`6.6.2`, `10`, `4.2.8`). */
  cmsVersion?: string;
  /** The theme or template whose assets the page loads (a WordPress theme's folder, a Drupal or Joomla theme, a TYPO3 site package). */
  theme?: string;
  /** Credits to whoever made or hosts the site's design (footer credits, credit links). */
  credits: CreditFact[];
  /** Hosts other than the page's own that serve its scripts, stylesheets and images, sorted. */
  assetHosts: string[];
}

/** Everything the checks need from one HTML page; derived only by src/extract/. */
export interface PageFacts {
  url: string;
  status: number;
  lang?: string;
  title?: string;
  titleCount: number;
  metaDescription?: string;
  metaDescriptionCount: number;
  headings: HeadingFact[];
  /** The first `<link rel="canonical">` in `<head>`, as written (those in `<body>` do not count). */
  canonicalTag?: string;
  /** `<link rel="canonical">` in `<head>`. */
  canonicalTagCount: number;
  /** Every `<link rel="canonical">` href in `<head>`, as written, in order. */
  canonicalTags: string[];
  /** The first canonical of the HTTP `Link` header. */
  canonicalHeader?: string;
  /** Every canonical of the HTTP `Link` header, as written. */
  canonicalHeaders: string[];
  /** `<link rel="prev">` and `<link rel="next">` in `<head>`, as written: the page belongs to a paginated series. */
  paginationLinks: { prev?: string; next?: string };
  /** Directives of `<meta name="robots|googlebot|bingbot">`, lower-cased (`unavailable_after: <date>` kept whole). */
  metaRobots: string[];
  /** Directives of the `X-Robots-Tag` header aimed at every robot or at a search engine, lower-cased. */
  xRobotsTag: string[];
  /** The response's `Date` header as an ISO instant: when the page was fetched, by the server's clock. */
  responseDate?: string;
  hreflang: HreflangFact[];
  viewport?: string;
  jsonLd: { types: string[]; errors: string[]; raw: unknown[] };
  /** schema.org types of microdata items (`itemscope itemtype`). */
  microdataTypes: string[];
  /** schema.org types of RDFa resources (`typeof`, with `vocab`, a `schema:` or declared prefix, or a full IRI). */
  rdfaTypes: string[];
  /** Every structured-data type the page declares, whatever the syntax (JSON-LD, microdata, RDFa), sorted. */
  structuredDataTypes: string[];
  /** The entities the structured data describes, whatever the syntax (at most 50). */
  structuredEntities: StructuredEntity[];
  openGraph: Record<string, string>;
  twitter: Record<string, string>;
  links: LinkFact[];
  images: ImageFact[];
  wordCount: number;
  /** Words of the main content (`<main>`, `role="main"`, `<article>`, else the body without header, nav, footer and aside). */
  mainWordCount: number;
  /**
   * The opening of the main content's text (its first 2,000 characters, spaces collapsed): what a
   * CMS's excerpt rule copies into a description (Yoast's `%%excerpt%%`, Drupal's `[node:summary]`).
   */
  mainTextOpening: string;
  /**
   * Hash of the whole visible text, template included: the same page under another URL (the
   * crawl's identical-body trap, Lighthouse's sampling). Duplicate content compares `contentBlocks`.
   */
  contentHash: string;
  tags: DetectedTags;
  socialProfiles: string[];
  accessibility: { level?: 'totalement' | 'partiellement' | 'non'; mentionText?: string; declarationUrl?: string };
  legalNoticeUrl?: string;
  privacyUrl?: string;
  /** Text-level signals for public-sector pages (legal notice and accessibility declaration contents). */
  textSignals: string[];
  /** Resources referenced over http:// from an https:// page. */
  mixedContent: string[];
  hasAppRoot: boolean;
  noscriptText: string;
  generator?: string;
  /** CMS version, theme, credits and asset hosts, for attribution. */
  platform: PlatformFacts;
  baseHref?: string;
  /**
   * The main content's text blocks in page order, as hashes: `<main>` or `role="main"` (else the
   * body) without navigation, sidebars, and the site's header and footer (src/extract/main-content.ts).
   * Duplicate content drops the blocks most of the site's pages repeat, then compares what is left.
   */
  contentBlocks: ContentBlocks;
}

/**
 * A page's text blocks (paragraphs, headings, list items, cells…): hashes of their text, never the
 * text. Parallel arrays of numbers rather than an object a block, so that a page keeps a few
 * kilobytes: V8 stores such arrays unboxed, 8 bytes a hash and 4 a small integer, where objects
 * holding the same numbers took four times as much (bench/duplicates.js, with --expose-gc).
 */
export interface ContentBlocks {
  /** Each block's hash of its lower-cased words (53 bits): the same text gives the same hash on every page. */
  hashes: number[];
  /** Each block's word count. */
  words: number[];
  /** How many of `shingles` belong to each block, in order (at most 32 each). */
  shingleCounts: number[];
  /**
   * The blocks' word shingles that can enter a MinHash signature (30-bit hashes, see
   * `minimalShingles` in src/extract/minhash.ts), block after block.
   */
  shingles: number[];
}
