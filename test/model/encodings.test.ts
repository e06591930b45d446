import { describe, expect, it } from 'vitest';
import { decodeText, encodingForLabel } from '../../src/model/index.js';
import { bytes80to9f, bytes80to9fAsBrowsersRead } from '../helpers/windows-1252.js';

describe('decodeText', () => {
  it('reads bytes 0x80–0x9F of windows-1252 as browsers do: typographic quotes, euro, œ, and C1 controls only where the code page has a hole', () => {
    expect(decodeText(bytes80to9f, 'windows-1252')).toBe(bytes80to9fAsBrowsersRead);
  });

  it('reads an Excel CSV name as written, not with a C1 control in place of the apostrophe', () => {
    const excel = [
      ...Buffer.from('L', 'latin1'),
      0x92,
      ...Buffer.from('Huisserie ', 'latin1'),
      0x96,
      0x20,
      0x8c,
      ...Buffer.from('uvre', 'latin1'),
    ];
    expect(decodeText(Uint8Array.from(excel), 'windows-1252')).toBe('L’Huisserie – Œuvre');
  });

  it('fills the other Windows code pages’ holes in 0x80–0x9F with C1 controls, as the standard’s tables do', () => {
    // windows-1250: 0x81, 0x83, 0x88, 0x90, 0x98 are undefined by Microsoft.
    expect(decodeText(Uint8Array.of(0x80, 0x81, 0x8a, 0x9a), 'windows-1250')).toBe('€\u0081Šš');
    // A hole outside that range stays a replacement character (windows-1253, 0xAA).
    expect(decodeText(Uint8Array.of(0xaa), 'windows-1253')).toBe('\ufffd');
  });

  it('reads ISO-8859-15 and Mac Roman with the euro sign', () => {
    expect(decodeText(Uint8Array.of(0xa4, 0xbd), 'iso-8859-15')).toBe('€œ');
    expect(decodeText(Uint8Array.of(0xdb, 0xbd, 0x8e), 'macintosh')).toBe('€Ωé');
  });

  it('decodes the multi-byte legacy encodings of the standard', () => {
    expect(decodeText(Uint8Array.of(0x93, 0xfa, 0x96, 0x7b), 'shift_jis')).toBe('日本');
    expect(decodeText(Uint8Array.of(0xd6, 0xd0), 'gbk')).toBe('中');
    expect(decodeText(Uint8Array.of(0xc7, 0xd1), 'euc-kr')).toBe('한');
  });
});

describe('encodingForLabel', () => {
  it.each([
    ['ISO-8859-1', 'windows-1252'],
    [' latin1 ', 'windows-1252'],
    ['us-ascii', 'windows-1252'],
    ['iso-8859-9', 'windows-1254'],
    ['UTF8', 'utf-8'],
    ['utf-16', 'utf-16le'],
    ['Shift_JIS', 'shift_jis'],
    ['x-mac-roman', 'macintosh'],
  ])('reads the label %j as %s', (label, name) => {
    expect(encodingForLabel(label)).toBe(name);
  });

  it('knows no made-up label', () => {
    expect(encodingForLabel('klingon')).toBeUndefined();
    expect(encodingForLabel('')).toBeUndefined();
  });
});
