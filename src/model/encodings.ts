// Text in legacy encodings, decoded as browsers decode it (WHATWG Encoding Standard) with
// iconv-lite. Node's own TextDecoder cannot be trusted for this: Node 20 reads windows-1252 as
// ISO-8859-1, so bytes 0x80–0x9F (’ € – “ ” … œ) become C1 control characters and
// `L’Huisserie` comes out as `L\u0092Huisserie`; without full ICU it knows no other legacy charset.
// Crawled pages (src/crawl/charset.ts) and registry files (src/institutions/read-text.ts) both
// decode through here, so the two cannot drift apart.
import iconv from 'iconv-lite';

/**
 * Every encoding of the standard that iconv-lite decodes, by WHATWG name (lower case, as
 * `TextDecoder.encoding` spells it), with its labels. Left out: ISO-2022-JP and the
 * `replacement` encoding (no iconv-lite codec), x-mac-cyrillic (iconv-lite's Mac Cyrillic tables
 * differ from the standard's) and x-user-defined. A page declaring one of those is sniffed as if
 * its label were unknown.
 */
const labelsByEncoding: Record<string, readonly string[]> = {
  'utf-8': ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8'],
  ibm866: ['866', 'cp866', 'csibm866', 'ibm866'],
  'iso-8859-2': ['csisolatin2', 'iso-8859-2', 'iso-ir-101', 'iso8859-2', 'iso88592', 'iso_8859-2', 'iso_8859-2:1987', 'l2', 'latin2'],
  'iso-8859-3': ['csisolatin3', 'iso-8859-3', 'iso-ir-109', 'iso8859-3', 'iso88593', 'iso_8859-3', 'iso_8859-3:1988', 'l3', 'latin3'],
  'iso-8859-4': ['csisolatin4', 'iso-8859-4', 'iso-ir-110', 'iso8859-4', 'iso88594', 'iso_8859-4', 'iso_8859-4:1988', 'l4', 'latin4'],
  'iso-8859-5': ['csisolatincyrillic', 'cyrillic', 'iso-8859-5', 'iso-ir-144', 'iso8859-5', 'iso88595', 'iso_8859-5', 'iso_8859-5:1988'],
  'iso-8859-6': [
    'arabic',
    'asmo-708',
    'csiso88596e',
    'csiso88596i',
    'csisolatinarabic',
    'ecma-114',
    'iso-8859-6',
    'iso-8859-6-e',
    'iso-8859-6-i',
    'iso-ir-127',
    'iso8859-6',
    'iso88596',
    'iso_8859-6',
    'iso_8859-6:1987',
  ],
  'iso-8859-7': [
    'csisolatingreek',
    'ecma-118',
    'elot_928',
    'greek',
    'greek8',
    'iso-8859-7',
    'iso-ir-126',
    'iso8859-7',
    'iso88597',
    'iso_8859-7',
    'iso_8859-7:1987',
    'sun_eu_greek',
  ],
  'iso-8859-8': [
    'csiso88598e',
    'csisolatinhebrew',
    'hebrew',
    'iso-8859-8',
    'iso-8859-8-e',
    'iso-ir-138',
    'iso8859-8',
    'iso88598',
    'iso_8859-8',
    'iso_8859-8:1988',
    'visual',
  ],
  'iso-8859-8-i': ['csiso88598i', 'iso-8859-8-i', 'logical'],
  'iso-8859-10': ['csisolatin6', 'iso-8859-10', 'iso-ir-157', 'iso8859-10', 'iso885910', 'l6', 'latin6'],
  'iso-8859-13': ['iso-8859-13', 'iso8859-13', 'iso885913'],
  'iso-8859-14': ['iso-8859-14', 'iso8859-14', 'iso885914'],
  'iso-8859-15': ['csisolatin9', 'iso-8859-15', 'iso8859-15', 'iso885915', 'iso_8859-15', 'l9'],
  'iso-8859-16': ['iso-8859-16'],
  'koi8-r': ['cskoi8r', 'koi', 'koi8', 'koi8-r', 'koi8_r'],
  'koi8-u': ['koi8-ru', 'koi8-u'],
  macintosh: ['csmacintosh', 'mac', 'macintosh', 'x-mac-roman'],
  'windows-874': ['dos-874', 'iso-8859-11', 'iso8859-11', 'iso885911', 'tis-620', 'windows-874'],
  'windows-1250': ['cp1250', 'windows-1250', 'x-cp1250'],
  'windows-1251': ['cp1251', 'windows-1251', 'x-cp1251'],
  // ISO-8859-1 and ASCII labels read as windows-1252: pages declaring latin-1 are written in it.
  'windows-1252': [
    'ansi_x3.4-1968',
    'ascii',
    'cp1252',
    'cp819',
    'csisolatin1',
    'ibm819',
    'iso-8859-1',
    'iso-ir-100',
    'iso8859-1',
    'iso88591',
    'iso_8859-1',
    'iso_8859-1:1987',
    'l1',
    'latin1',
    'us-ascii',
    'windows-1252',
    'x-cp1252',
  ],
  'windows-1253': ['cp1253', 'windows-1253', 'x-cp1253'],
  'windows-1254': [
    'cp1254',
    'csisolatin5',
    'iso-8859-9',
    'iso-ir-148',
    'iso8859-9',
    'iso88599',
    'iso_8859-9',
    'iso_8859-9:1989',
    'l5',
    'latin5',
    'windows-1254',
    'x-cp1254',
  ],
  'windows-1255': ['cp1255', 'windows-1255', 'x-cp1255'],
  'windows-1256': ['cp1256', 'windows-1256', 'x-cp1256'],
  'windows-1257': ['cp1257', 'windows-1257', 'x-cp1257'],
  'windows-1258': ['cp1258', 'windows-1258', 'x-cp1258'],
  gbk: ['chinese', 'csgb2312', 'csiso58gb231280', 'gb2312', 'gb_2312', 'gb_2312-80', 'gbk', 'iso-ir-58', 'x-gbk'],
  gb18030: ['gb18030'],
  big5: ['big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5'],
  'euc-jp': ['cseucpkdfmtjapanese', 'euc-jp', 'x-euc-jp'],
  shift_jis: ['csshiftjis', 'ms932', 'ms_kanji', 'shift-jis', 'shift_jis', 'sjis', 'windows-31j', 'x-sjis'],
  'euc-kr': [
    'cseuckr',
    'csksc56011987',
    'euc-kr',
    'iso-ir-149',
    'korean',
    'ks_c_5601-1987',
    'ks_c_5601-1989',
    'ksc5601',
    'ksc_5601',
    'windows-949',
  ],
  'utf-16be': ['unicodefffe', 'utf-16be'],
  'utf-16le': ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le'],
};

const encodingByLabel = new Map(Object.entries(labelsByEncoding).flatMap(([name, labels]) => labels.map((label) => [label, name])));

/** iconv-lite codecs where the standard's decoder is another one than the name says. */
const codecOf: Record<string, string> = {
  // The standard's GBK decoder is its gb18030 decoder (four-byte sequences included).
  gbk: 'gb18030',
  // Logical and visual Hebrew differ in display only; the bytes map to the same characters.
  'iso-8859-8-i': 'iso-8859-8',
};

/** The WHATWG name (lower case) of an encoding label such as `ISO-8859-1` or `latin1`; undefined when unknown. */
export function encodingForLabel(label: string): string | undefined {
  return encodingByLabel.get(label.trim().toLowerCase());
}

/** Bytes as text in a WHATWG encoding (a name `encodingForLabel` returns); invalid bytes become U+FFFD. */
export function decodeText(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  const text = iconvDecode(bytes, codecOf[encoding] ?? encoding);
  return withBrowserBytes(text, bytes, browserDifferences(encoding));
}

function iconvDecode(bytes: Uint8Array, codec: string): string {
  if (!iconv.encodingExists(codec)) throw new Error(`no decoder for the encoding "${codec}"`);
  return iconv.decode(bytes, codec, { stripBOM: false });
}

const differencesByEncoding = new Map<string, Map<number, string> | undefined>();

/**
 * Where the standard's single-byte tables differ from iconv-lite's (which follow the vendors'
 * tables): byte → character. In windows-874 and windows-1250 to 1258, a byte 0x80–0x9F that
 * the code page leaves undefined is the C1 control of the same value for browsers, not U+FFFD
 * (windows-1252: 0x81, 0x8D, 0x8F, 0x90, 0x9D). Mac Roman got the euro sign, the Greek omega and
 * the Apple logo in later revisions, which the standard follows.
 */
function browserDifferences(encoding: string): Map<number, string> | undefined {
  if (differencesByEncoding.has(encoding)) return differencesByEncoding.get(encoding);
  let differences: Map<number, string> | undefined;
  if (/^windows-(874|125\d)$/.test(encoding)) {
    differences = new Map();
    for (let byte = 0x80; byte <= 0x9f; byte += 1) {
      if (iconvDecode(Uint8Array.of(byte), encoding) === '\ufffd') differences.set(byte, String.fromCharCode(byte));
    }
  } else if (encoding === 'macintosh') {
    differences = new Map([
      [0xbd, '\u03a9'],
      [0xdb, '\u20ac'],
      [0xf0, '\uf8ff'],
    ]);
  }
  differencesByEncoding.set(encoding, differences);
  return differences;
}

/** Single-byte text (one UTF-16 unit per byte) with the characters of `differences` put in. */
function withBrowserBytes(text: string, bytes: Uint8Array, differences: Map<number, string> | undefined): string {
  if (!differences || differences.size === 0 || text.length !== bytes.length) return text;
  const parts: string[] = [];
  let start = 0;
  bytes.forEach((byte, index) => {
    const character = differences.get(byte);
    if (character === undefined) return;
    parts.push(text.slice(start, index), character);
    start = index + 1;
  });
  if (parts.length === 0) return text;
  parts.push(text.slice(start));
  return parts.join('');
}
