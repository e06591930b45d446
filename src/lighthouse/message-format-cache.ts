// Lighthouse formats every title and message it writes through intl-messageformat, and each message it
// formats builds a new formatter (lighthouse/shared/localization/format.js), which:
// - resolves the locale anew with `Intl.NumberFormat.supportedLocalesOf`: a fifth of a worker's CPU time
//   in a run (resolving the config alone formats every audit's title: 220 ms a run, 120 ms with the
//   cache below);
// - parses the message's ICU text into a syntax tree: about 80 ms of a light page's run, and the
//   garbage the trees leave; with the cache below, the worker's CPU time for such a run went from about
//   0.86 s to 0.63 s (`.exp` CPU profiles of five runs in one process, 2026-12-01).
// The locale depends on the locales asked for only, and the value returned (an Intl.Locale) cannot be
// changed; the tree depends on the text and the parser's options only, and neither intl-messageformat
// nor Lighthouse changes it once built (they read it to format and to find a message's arguments).
// So workers remember both, per locale list and per text and options, for the life of the process: a
// few hundred distinct messages (at most 10,000 kept). Loaded by workers only, before their first run.
import { createRequire } from 'node:module';

interface MessageFormatStatics {
  resolveLocale(locales: string | string[]): Intl.Locale | undefined;
  __parse?: (message: string, options?: Record<string, unknown>) => unknown[];
  /** Set once this module's caches are in place. */
  cached?: true;
}

const maxParsedMessages = 10_000;

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

/** intl-messageformat as Lighthouse loads it: its CommonJS build, from the same module cache. */
export function lighthouseMessageFormat(): MessageFormatStatics {
  const lighthouseRequire = createRequire(createRequire(import.meta.url).resolve('lighthouse'));
  return (lighthouseRequire('intl-messageformat') as { IntlMessageFormat: MessageFormatStatics }).IntlMessageFormat;
}

/** Remembers intl-messageformat's resolved locales and parsed messages, in this process. Idempotent. */
export function cacheMessageFormats(): void {
  const IntlMessageFormat = lighthouseMessageFormat();
  if (IntlMessageFormat.cached) return;
  const resolve = IntlMessageFormat.resolveLocale.bind(IntlMessageFormat);
  const resolved = new Map<string, Intl.Locale | undefined>();
  IntlMessageFormat.resolveLocale = (locales) => {
    const key = typeof locales === 'string' ? locales : locales.join('\u0000');
    if (!resolved.has(key)) resolved.set(key, resolve(locales));
    return resolved.get(key);
  };
  const parse = IntlMessageFormat.__parse;
  if (parse) {
    // By text, then by options: the texts are Lighthouse's constants, whose hashes V8 keeps.
    const parsed = new Map<string, Map<string, unknown[]>>();
    let count = 0;
    IntlMessageFormat.__parse = (message, options = {}) => {
      let byOptions = parsed.get(message);
      if (!byOptions) parsed.set(message, (byOptions = new Map()));
      const key = signature(options);
      let tree = byOptions.get(key);
      if (!tree) {
        // Bounded all the same, should some message carry text that changes from run to run.
        if (count >= maxParsedMessages) {
          parsed.clear();
          count = 0;
          parsed.set(message, (byOptions = new Map()));
        }
        byOptions.set(key, (tree = parse(message, options)));
        count += 1;
      }
      return tree;
    };
  }
  IntlMessageFormat.cached = true;
}
