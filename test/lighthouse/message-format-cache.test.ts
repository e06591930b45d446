// What workers remember of intl-messageformat between Lighthouse's messages (src/lighthouse/message-format-cache.ts).
import { describe, expect, it } from 'vitest';
import { cacheMessageFormats, lighthouseMessageFormat } from '../../src/lighthouse/message-format-cache.js';

interface Formatter {
  format(values?: Record<string, unknown>): string;
  getAst(): unknown[];
  resolvedOptions(): { locale: string };
}
type FormatterClass = new (message: string, locales: string, formats?: unknown, options?: Record<string, unknown>) => Formatter;

describe('the message-format cache of a worker', () => {
  const IntlMessageFormat = lighthouseMessageFormat() as unknown as FormatterClass;
  const message = '{count, plural, =1 {une page} other {# pages}} en {seconds, number, seconds} s';
  const formats = { number: { seconds: { maximumFractionDigits: 1 } } };

  it('formats every message as intl-messageformat does without it, parsing each text once per locale', () => {
    const before = new IntlMessageFormat(message, 'fr', formats, { ignoreTag: true });
    const expected = [before.format({ count: 1, seconds: 0.25 }), before.format({ count: 12345, seconds: 1.25 })];
    expect(expected[0]).toBe('une page en 0,3 s');
    cacheMessageFormats();
    cacheMessageFormats();
    const first = new IntlMessageFormat(message, 'fr', formats, { ignoreTag: true });
    const second = new IntlMessageFormat(message, 'fr', formats, { ignoreTag: true });
    expect([second.format({ count: 1, seconds: 0.25 }), second.format({ count: 12345, seconds: 1.25 })]).toEqual(expected);
    expect(second.resolvedOptions().locale).toBe('fr');
    // Parsed once: both formatters read the same tree.
    expect(second.getAst()).toBe(first.getAst());
    expect(second.getAst()).toEqual(before.getAst());
    // Another locale or other parser options: parsed again.
    const english = new IntlMessageFormat(message, 'en', formats, { ignoreTag: true });
    expect(english.getAst()).not.toBe(first.getAst());
    expect(english.format({ count: 12345, seconds: 1.25 })).toBe('12,345 pages en 1.3 s');
    expect(new IntlMessageFormat(message, 'fr', formats, { ignoreTag: false }).getAst()).not.toBe(first.getAst());
  });
});

describe('the formatters a worker builds', () => {
  it('are built once per text, locales, formats and options, and format as Lighthouse expects', async () => {
    cacheMessageFormats();
    // Lighthouse reads the constructor from intl-messageformat's module each time it formats a message.
    const IntlMessageFormat = lighthouseMessageFormat() as unknown as FormatterClass;
    const message = 'Total size was {totalBytes, number, bytes} KiB';
    const formats = { number: { bytes: { maximumFractionDigits: 0 } } };
    const first = new IntlMessageFormat(message, 'en-US', formats, { ignoreTag: true });
    expect(new IntlMessageFormat(message, 'en-US', formats, { ignoreTag: true })).toBe(first);
    expect(first).toBeInstanceOf(IntlMessageFormat);
    // Another locale, other formats (even equal ones) or other options: a formatter of its own.
    for (const other of [
      new IntlMessageFormat(message, 'fr', formats, { ignoreTag: true }),
      new IntlMessageFormat(message, 'en-US', { number: { bytes: { maximumFractionDigits: 0 } } }, { ignoreTag: true }),
      new IntlMessageFormat(message, 'en-US', formats, { ignoreTag: false }),
    ]) {
      expect(other).not.toBe(first);
    }
    // Through Lighthouse's own formatting: 123,456 bytes are 120.6 KiB, shown without decimals; twice the same.
    const { formatMessage } = (await import('lighthouse/shared/localization/format.js')) as unknown as {
      formatMessage(message: string, values: Record<string, number>, locale: string): string;
    };
    expect(formatMessage(message, { totalBytes: 123_456 }, 'en-US')).toBe('Total size was 121 KiB');
    expect(formatMessage(message, { totalBytes: 2_048 }, 'en-US')).toBe('Total size was 2 KiB');
    expect(formatMessage(message, { totalBytes: 123_456 }, 'fr')).toBe('Total size was 121 KiB');
  });
});
