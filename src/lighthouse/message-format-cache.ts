// Lighthouse formats every title and message it writes through intl-messageformat, and each message it
// formats builds a new formatter (lighthouse/shared/localization/format.js), which:
// - resolves the locale anew with `Intl.NumberFormat.supportedLocalesOf`: a fifth of a worker's CPU time
//   in a run (resolving the config alone formats every audit's title: 220 ms a run, 120 ms with the
//   cache below);
// - parses the message's ICU text into a syntax tree: about 80 ms of a light page's run, and the
//   garbage the trees leave; with the cache below, the worker's CPU time for such a run went from about
//   0.86 s to 0.63 s (`.exp` CPU profiles of five runs in one process, 2026-12-01);
// - merges its formats into intl-messageformat's defaults and sets up its number and date formatters:
//   with the two caches above, building formatters still took 79 ms of a run's worker CPU (a CPU
//   profile of ten light pages in one process); remembering the formatters too took the worker's CPU
//   time for such a run from 619 ms to 511 ms on average (three alternated runs of ten pages each,
//   without the profiler, .exp of 2026-12-02).
// The locale depends on the locales asked for only, and the value returned (an Intl.Locale) cannot be
// changed; the tree depends on the text and the parser's options only, and neither intl-messageformat
// nor Lighthouse changes it once built (they read it to format and to find a message's arguments); a
// formatter depends on its text, locales, formats and options only, and formatting reads it without
// changing it (its Intl formatters are memoised by their own options). So workers remember all three,
// per locale list, per text and options, for the life of the process: a few hundred distinct messages
// (at most 10,000 of each kept). Lighthouse builds its formatters through the constructor that
// intl-messageformat's module exports, read when it formats: that export is replaced by one that hands
// back the formatter already built for the same arguments. Loaded by workers only, before their first run.
import { createRequire } from 'node:module';

type FormatterConstructor = new (
  message: unknown,
  locales?: string | string[],
  formats?: unknown,
  options?: Record<string, unknown>,
) => object;

interface MessageFormatStatics {
  resolveLocale(locales: string | string[]): Intl.Locale | undefined;
  __parse?: (message: string, options?: Record<string, unknown>) => unknown[];
  /** Set once this module's caches are in place. */
  cached?: true;
}

/** Locales, parsed messages and formatters remembered, each: a few hundred are Lighthouse's own. */
const maxRemembered = 10_000;

/** A locale list as a key. */
function localesKey(locales: string | string[] | undefined): string {
  return locales === undefined ? '' : typeof locales === 'string' ? locales : locales.join('\u0000');
}

/** Objects among the parser's options (the resolved Intl.Locale: one object per locale list, cached below), by number. */
const objectIds = new WeakMap<object, number>();
let nextObjectId = 0;

/** The parser's options as a key: flags by value, the locale by identity. */
function signature(options: Record<string, unknown>): string {
  let key = '';
  for (const name of Object.keys(options).sort()) {
    const value = options[name];
    if (typeof value !== 'object' || value === null) {
      key += `${name}=${String(value)}&`;
      continue;
    }
    let id = objectIds.get(value);
    if (id === undefined) objectIds.set(value, (id = nextObjectId++));
    key += `${name}=#${id}&`;
  }
  return key;
}

const lighthouseRequire = () => createRequire(createRequire(import.meta.url).resolve('lighthouse'));

/** intl-messageformat as Lighthouse loads it: its CommonJS build, from the same module cache. */
export function lighthouseMessageFormat(): MessageFormatStatics {
  return (lighthouseRequire()('intl-messageformat') as { IntlMessageFormat: MessageFormatStatics }).IntlMessageFormat;
}

/** Remembers a bounded number of values by key. */
function boundedCache<V>(limit: number) {
  const values = new Map<string, V>();
  return (key: string, make: () => V): V => {
    let value = values.get(key);
    if (value === undefined) {
      // Bounded all the same, should some message carry text that changes from run to run.
      if (values.size >= limit) values.clear();
      values.set(key, (value = make()));
    }
    return value;
  };
}

/**
 * Replaces the constructor intl-messageformat's module exports (the one its index and Lighthouse read)
 * with one that returns the formatter already built for the same text, locales, formats and options.
 */
function cacheFormatters(): void {
  const core = lighthouseRequire()('intl-messageformat/src/core.js') as { IntlMessageFormat: FormatterConstructor };
  const Original = core.IntlMessageFormat;
  const formatter = boundedCache<object>(maxRemembered);
  const Cached = function (message: unknown, locales?: string | string[], formats?: unknown, options: Record<string, unknown> = {}) {
    // A message given as a syntax tree, or in locales given otherwise than as text: built every time.
    if (typeof message !== 'string' || (locales !== undefined && typeof locales !== 'string' && !Array.isArray(locales))) {
      return new Original(message, locales, formats, options);
    }
    const key = `${message}\u0001${localesKey(locales)}\u0001${signature({ ...options, '\u0000formats': formats ?? null })}`;
    return formatter(key, () => new Original(message, locales, formats, options));
  } as unknown as FormatterConstructor;
  // Its statics (resolveLocale, __parse, formats, defaultLocale) and its instances' prototype are the original's.
  Object.setPrototypeOf(Cached, Original);
  (Cached as unknown as { prototype: unknown }).prototype = Original.prototype;
  core.IntlMessageFormat = Cached;
}

/** Remembers intl-messageformat's resolved locales, parsed messages and formatters, in this process. Idempotent. */
export function cacheMessageFormats(): void {
  const IntlMessageFormat = lighthouseMessageFormat();
  if (IntlMessageFormat.cached) return;
  const resolve = IntlMessageFormat.resolveLocale.bind(IntlMessageFormat);
  const resolved = new Map<string, Intl.Locale | undefined>();
  IntlMessageFormat.resolveLocale = (locales) => {
    const key = localesKey(locales);
    if (!resolved.has(key)) resolved.set(key, resolve(locales));
    return resolved.get(key);
  };
  const parse = IntlMessageFormat.__parse;
  if (parse) {
    const tree = boundedCache<unknown[]>(maxRemembered);
    IntlMessageFormat.__parse = (message, options = {}) => tree(`${message}\u0001${signature(options)}`, () => parse(message, options));
  }
  cacheFormatters();
  IntlMessageFormat.cached = true;
}
