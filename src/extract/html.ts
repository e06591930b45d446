// Small readers over cheerio elements, tolerant of the case in which pages write their markup.
import type { Element } from 'domhandler';

/** An attribute by name, whatever its case in the source. */
export function attr(el: Element | undefined, name: string): string | undefined {
  if (!el) return undefined;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(el.attribs ?? {})) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
}

export function relList(el: Element): string[] {
  return (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

export function resolveUrl(href: string | undefined, base: string): string | undefined {
  if (href === undefined) return undefined;
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return undefined;
  }
}

/** A response header by name, whatever its case (the crawl lower-cases; tests and other callers may not). */
export function header(headers: Record<string, string>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
}
