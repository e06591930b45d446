// Lighthouse formats every title and message it writes through intl-messageformat, which resolves the
// locale anew for each message with `Intl.NumberFormat.supportedLocalesOf`: a fifth of a worker's CPU
// time in a run (resolving the config alone formats every audit's title: 220 ms a run, 120 ms with
// this cache; measured on 2 cores with `.exp` CPU profiles of the lane, 2026-12-01). The answer depends
// on the locales asked for only, and the value returned (an Intl.Locale) cannot be changed: workers
// remember it per locale list. Loaded by workers only, before their first run.
import { createRequire } from 'node:module';

interface LocaleResolver {
  resolveLocale(locales: string | string[]): Intl.Locale | undefined;
}

/** Remembers intl-messageformat's resolved locale per locale list, in this process. Idempotent. */
export function cacheResolvedLocales(): void {
  // Lighthouse loads intl-messageformat's CommonJS build: this is the same module, from the same cache.
  const lighthouseRequire = createRequire(createRequire(import.meta.url).resolve('lighthouse'));
  const { IntlMessageFormat } = lighthouseRequire('intl-messageformat') as { IntlMessageFormat: LocaleResolver & { localesCached?: true } };
  if (IntlMessageFormat.localesCached) return;
  const resolve = IntlMessageFormat.resolveLocale.bind(IntlMessageFormat);
  const resolved = new Map<string, Intl.Locale | undefined>();
  IntlMessageFormat.resolveLocale = (locales) => {
    const key = typeof locales === 'string' ? locales : locales.join('\u0000');
    if (!resolved.has(key)) resolved.set(key, resolve(locales));
    return resolved.get(key);
  };
  IntlMessageFormat.localesCached = true;
}
