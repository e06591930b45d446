// Structured data in the three syntaxes Google reads: JSON-LD, microdata and RDFa
// (https://developers.google.com/search/docs/appearance/structured-data/intro-structured-data#structured-data-format).
// Types are schema.org type names (`Event`, `GovernmentOrganization`); microdata and RDFa types of
// other vocabularies (Drupal 7's `sioc:Item`, `foaf:Document`) are left out, as search engines ignore them.
import type * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import type { PageFacts } from '../model/index.js';
import { attr } from './html.js';
import { extractStructuredEntities } from './structured-entities.js';

const schemaOrgIri = /^https?:\/\/schema\.org\/([^/\s#?]+)\/?$/i;
/** RDFa 1.1's initial context predefines `schema:` (https://www.w3.org/2011/rdfa-context/rdfa-1.1). */
const predefinedPrefixes: Record<string, string> = { schema: 'http://schema.org/' };

export interface StructuredData {
  jsonLd: PageFacts['jsonLd'];
  microdataTypes: string[];
  rdfaTypes: string[];
  structuredDataTypes: string[];
  structuredEntities: PageFacts['structuredEntities'];
}

export function extractStructuredData($: cheerio.CheerioAPI): StructuredData {
  const jsonLd = extractJsonLd($);
  const microdataTypes = microdata($);
  const rdfaTypes = rdfa($);
  return {
    jsonLd,
    microdataTypes,
    rdfaTypes,
    structuredDataTypes: [...new Set([...jsonLd.types, ...microdataTypes, ...rdfaTypes])].sort(),
    structuredEntities: extractStructuredEntities($, jsonLd.raw, (el) => rdfaTypesOf($, el)),
  };
}

function extractJsonLd($: cheerio.CheerioAPI): PageFacts['jsonLd'] {
  const types = new Set<string>();
  const errors: string[] = [];
  const raw: unknown[] = [];
  $('script')
    .filter((_, el) => (attr(el, 'type') ?? '').toLowerCase().trim() === 'application/ld+json')
    .each((index, el) => {
      const source = $(el).text();
      try {
        const parsed: unknown = JSON.parse(source);
        raw.push(parsed);
        collectTypes(parsed, types);
      } catch (error) {
        errors.push(`block ${index + 1}: ${(error as Error).message}`);
      }
    });
  return { types: [...types].sort(), errors, raw };
}

function collectTypes(node: unknown, types: Set<string>, depth = 0): void {
  if (depth > 20 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collectTypes(item, types, depth + 1);
    return;
  }
  const record = node as Record<string, unknown>;
  const type = record['@type'];
  for (const name of Array.isArray(type) ? type : [type]) {
    if (typeof name === 'string') types.add(name.replace(/^https?:\/\/schema\.org\//, ''));
  }
  for (const value of Object.values(record)) collectTypes(value, types, depth + 1);
}

/** `<div itemscope itemtype="https://schema.org/Event">`: each schema.org IRI of `itemtype`. */
function microdata($: cheerio.CheerioAPI): string[] {
  const types = new Set<string>();
  for (const el of $('[itemscope][itemtype]').toArray()) {
    for (const iri of (attr(el, 'itemtype') ?? '').trim().split(/\s+/)) {
      const name = schemaOrgIri.exec(iri)?.[1];
      if (name) types.add(name);
    }
  }
  return [...types].sort();
}

/** `typeof` terms resolved against `vocab`, `prefix` (and RDFa 1.0's `xmlns:`) and the predefined `schema:` prefix. */
function rdfa($: cheerio.CheerioAPI): string[] {
  const types = new Set<string>();
  for (const el of $('[typeof]').toArray()) for (const name of rdfaTypesOf($, el)) types.add(name);
  return [...types].sort();
}

/** The schema.org types of one element's `typeof`. */
function rdfaTypesOf($: cheerio.CheerioAPI, el: Element): string[] {
  return (attr(el, 'typeof') ?? '')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((term) => {
      const name = schemaOrgIri.exec(resolveRdfaTerm($, el, term) ?? '')?.[1];
      return name ? [name] : [];
    });
}

function resolveRdfaTerm($: cheerio.CheerioAPI, el: Element, term: string): string | undefined {
  if (/^https?:\/\//i.test(term)) return term;
  const curie = /^([\w.-]*):(.+)$/.exec(term);
  const scope = [el, ...$(el).parents().toArray()];
  if (curie) {
    const [, prefix = '', reference = ''] = curie;
    const wanted = prefix.toLowerCase();
    for (const node of scope) {
      const declared = declaredPrefixes(node)[wanted];
      if (declared) return declared + reference;
    }
    const predefined = predefinedPrefixes[wanted];
    return predefined ? predefined + reference : undefined;
  }
  const vocab = scope.map((node) => attr(node, 'vocab')).find((value) => value !== undefined);
  return vocab ? vocab.trim() + term : undefined;
}

/** `prefix="schema: http://schema.org/ og: http://ogp.me/ns#"` and `xmlns:schema="http://schema.org/"`. */
function declaredPrefixes(el: Element): Record<string, string> {
  const prefixes: Record<string, string> = {};
  const declaration = attr(el, 'prefix');
  if (declaration) {
    for (const [, name, iri] of declaration.matchAll(/([\w.-]+):\s+(\S+)/g)) {
      if (name && iri) prefixes[name.toLowerCase()] = iri;
    }
  }
  for (const [key, value] of Object.entries(el.attribs ?? {})) {
    const name = /^xmlns:([\w.-]+)$/i.exec(key)?.[1];
    if (name) prefixes[name.toLowerCase()] ??= value.trim();
  }
  return prefixes;
}
