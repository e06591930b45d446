// What browsers read in bytes 0x80–0x9F of a windows-1252 text (WHATWG index-windows-1252):
// typographic quotes, dashes, €, œ…, and the C1 control of the same value at the five bytes
// the code page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D). Written out by hand, so that
// tests do not check the decoder against itself.
export const bytes80to9f = Uint8Array.from({ length: 32 }, (_, index) => 0x80 + index);

export const bytes80to9fAsBrowsersRead = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
