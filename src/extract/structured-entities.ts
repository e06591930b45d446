// The entities a page's structured data describes, whatever the syntax, with what tells whose
// entity each is: names, identifiers, contact details, and the role it plays for the item naming
// it. An organisation a page names as the `publisher` or `creator` of something (the web agency)
// is not the page describing that organisation.
import type * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import type { StructuredEntity } from '../model/index.js';
import { attr, readableText } from './html.js';

const maxEntities = 50;
const schemaOrgType = /^(?:https?:\/\/schema\.org\/)?([A-Za-z]+)$/;
const identifierProperties = ['identifier', 'taxID', 'vatID', 'leiCode', 'iso6523Code'];

/** Entities of the JSON-LD blocks already parsed (`raw`), then of microdata and RDFa items. */
export function extractStructuredEntities(
  $: cheerio.CheerioAPI,
  jsonLd: readonly unknown[],
  rdfaTypeOf: (el: Element) => string[],
): StructuredEntity[] {
  const entities: StructuredEntity[] = [];
  for (const block of jsonLd) walkJsonLd(block, undefined, entities, 0);
  for (const el of $('[itemscope][itemtype]').toArray()) entities.push(microdataEntity($, el));
  for (const el of $('[typeof]').toArray()) {
    const types = rdfaTypeOf(el);
    if (types.length > 0) entities.push(rdfaEntity($, el, types));
  }
  return entities.slice(0, maxEntities);
}

/** A JSON-LD node and the nodes it nests; nodes of `@graph` stand on their own, nested ones take their property as role. */
function walkJsonLd(node: unknown, role: string | undefined, entities: StructuredEntity[], depth: number): void {
  if (depth > 12 || node === null || typeof node !== 'object' || entities.length >= maxEntities) return;
  if (Array.isArray(node)) {
    for (const item of node) walkJsonLd(item, role, entities, depth + 1);
    return;
  }
  const record = node as Record<string, unknown>;
  const types = typesOf(record['@type']);
  if (types.length > 0) entities.push(jsonLdEntity(record, types, role));
  for (const [key, value] of Object.entries(record)) {
    if (key === '@graph') walkJsonLd(value, undefined, entities, depth + 1);
    else if (!key.startsWith('@')) walkJsonLd(value, key, entities, depth + 1);
  }
}

function typesOf(value: unknown): string[] {
  const names = Array.isArray(value) ? value : [value];
  return names.flatMap((name) => {
    const type = typeof name === 'string' ? schemaOrgType.exec(name.trim())?.[1] : undefined;
    return type ? [type] : [];
  });
}

function jsonLdEntity(record: Record<string, unknown>, types: string[], role: string | undefined): StructuredEntity {
  const telephone = texts(record['telephone'])[0];
  return {
    syntax: 'json-ld',
    types,
    ...optional('name', texts(record['name'])[0]),
    otherNames: [...texts(record['alternateName']), ...texts(record['legalName'])],
    identifiers: identifierProperties.flatMap((property) => texts(record[property], true)),
    hasAddress: texts(record['address'], true).length > 0,
    ...optional('telephone', telephone),
    ...optional('role', role),
  };
}

/** The strings a JSON-LD value holds: a string, `{"@value"}`, a list; with `nested`, also the values of an object (a PostalAddress, a PropertyValue). */
function texts(value: unknown, nested = false): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap((item) => texts(item, nested));
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('@value' in record) return texts(record['@value']);
    if (nested) {
      return Object.entries(record)
        .filter(([key]) => !key.startsWith('@') && key !== 'propertyID' && key !== 'name')
        .flatMap(([, item]) => texts(item));
    }
  }
  return [];
}

function optional<Key extends string>(key: Key, value: string | undefined): { [K in Key]?: string } {
  return (value ? { [key]: value } : {}) as { [K in Key]?: string };
}

/** A microdata item: the properties whose nearest item is this one. */
function microdataEntity($: cheerio.CheerioAPI, item: Element): StructuredEntity {
  const types = (attr(item, 'itemtype') ?? '')
    .trim()
    .split(/\s+/)
    .flatMap((iri) => {
      const name = /^https?:\/\/schema\.org\/([^/\s#?]+)\/?$/i.exec(iri)?.[1];
      return name ? [name] : [];
    });
  const properties = ownProperties($, item, '[itemprop]', (el) => (attr(el, 'itemprop') ?? '').trim().split(/\s+/), '[itemscope]');
  return entityOf('microdata', types, properties, (attr(item, 'itemprop') ?? '').trim().split(/\s+/)[0]);
}

/** An RDFa resource: the `property` attributes whose nearest `typeof` is this one. */
function rdfaEntity($: cheerio.CheerioAPI, resource: Element, types: string[]): StructuredEntity {
  const localName = (term: string) => term.replace(/^.*[:/#]/, '');
  const properties = ownProperties(
    $,
    resource,
    '[property]',
    (el) => (attr(el, 'property') ?? '').trim().split(/\s+/).map(localName),
    '[typeof]',
  );
  const role = (attr(resource, 'property') ?? '').trim().split(/\s+/).map(localName)[0];
  return entityOf('rdfa', types, properties, role);
}

/** Property name → values, for the properties of `item` (not those of items nested in it; a nested item counts as its property's value). */
function ownProperties(
  $: cheerio.CheerioAPI,
  item: Element,
  selector: string,
  namesOf: (el: Element) => string[],
  scope: string,
): Map<string, string[]> {
  const properties = new Map<string, string[]>();
  for (const el of $(item).find(selector).toArray()) {
    const owner = $(el).parent().closest(scope).get(0);
    if (owner !== item) continue;
    const value = (attr(el, 'content') ?? attr(el, 'href') ?? readableText([el])).trim();
    for (const name of namesOf(el)) properties.set(name, [...(properties.get(name) ?? []), value]);
  }
  return properties;
}

function entityOf(
  syntax: 'microdata' | 'rdfa',
  types: string[],
  properties: Map<string, string[]>,
  role: string | undefined,
): StructuredEntity {
  const first = (name: string) => properties.get(name)?.find(Boolean);
  const address = ['address', 'streetAddress', 'postalCode', 'addressLocality'].some((name) => first(name));
  return {
    syntax,
    types,
    ...optional('name', first('name')),
    otherNames: [...(properties.get('alternateName') ?? []), ...(properties.get('legalName') ?? [])].filter(Boolean),
    identifiers: identifierProperties.flatMap((name) => properties.get(name) ?? []).filter(Boolean),
    hasAddress: address,
    ...optional('telephone', first('telephone')),
    ...optional('role', role || undefined),
  };
}
