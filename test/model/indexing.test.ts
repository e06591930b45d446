import { describe, expect, it } from 'vitest';
import { unavailableAfter } from '../../src/model/indexing.js';

const iso = (directive: string) => unavailableAfter(directive)?.toISOString();

describe('unavailableAfter: the date of an unavailable_after directive', () => {
  it('reads the formats Google names: RFC 822, RFC 850 and ISO 8601', () => {
    expect(iso('unavailable_after: fri, 25 jun 2010 15:00:00 gmt')).toBe('2010-06-25T15:00:00.000Z');
    expect(iso('unavailable_after: friday, 25-jun-10 15:00:00 gmt')).toBe('2010-06-25T15:00:00.000Z');
    expect(iso('unavailable_after: 2010-06-25')).toBe('2010-06-25T00:00:00.000Z');
    expect(iso('unavailable_after: 2010-06-25t15:00:00+01:00')).toBe('2010-06-25T14:00:00.000Z');
    expect(iso('unavailable_after: 25 jun 2010 15:00:00 pst')).toBe('2010-06-25T23:00:00.000Z');
  });

  it('reads a date without a time zone as UTC, whatever the machine’s zone', () => {
    expect(iso('unavailable_after: 2010-06-25t15:00:00')).toBe('2010-06-25T15:00:00.000Z');
    expect(iso('unavailable_after: 25 jun 2010 15:00')).toBe('2010-06-25T15:00:00.000Z');
  });

  it('reads nothing from another directive or an unreadable date', () => {
    expect(unavailableAfter('noindex')).toBeUndefined();
    expect(unavailableAfter('max-snippet: 20')).toBeUndefined();
    expect(unavailableAfter('unavailable_after: next week')).toBeUndefined();
    expect(unavailableAfter('unavailable_after:')).toBeUndefined();
  });
});
