// Decodes an HTML body as a browser would (WHATWG encoding sniffing, simplified):
// byte-order mark, then the Content-Type charset, then <meta charset> or
// <meta http-equiv="Content-Type"> in the first 1,024 bytes, then UTF-8 — or windows-1252
// when the bytes are not valid UTF-8, which is what an undeclared old French page usually is.
// Labels and decoders are the WHATWG Encoding Standard's, through src/model/encodings.ts
// (iconv-lite): Node's TextDecoder turns windows-1252's ’ € œ … into C1 control characters.
import { decodeText, encodingForLabel } from '../model/index.js';

export type CharsetSource = 'header' | 'bom' | 'meta' | 'http-equiv' | 'default';

export interface DecodedBody {
  text: string;
  /** The encoding's WHATWG name (`iso-8859-1` is decoded as `windows-1252`, as browsers do). */
  charset: { name: string; source: CharsetSource };
}

export function decodeHtml(bytes: Uint8Array, contentType: string | undefined): DecodedBody {
  const bom = sniffBom(bytes);
  if (bom) return decodeWith(bytes.subarray(bom.length), bom.name, 'bom');
  const fromHeader = decoderFor(charsetOf(contentType));
  if (fromHeader) return decodeWith(bytes, fromHeader, 'header');
  const declared = metaCharset(bytes);
  // A page cannot declare itself UTF-16 from inside ASCII-compatible bytes (WHATWG prescan).
  const fromMeta = declared && decoderFor(declared.name)?.replace(/^utf-16(be|le)$/, 'utf-8');
  if (declared && fromMeta) return decodeWith(bytes, fromMeta, declared.source);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: { name: 'utf-8', source: 'default' } };
  } catch {
    return decodeWith(bytes, 'windows-1252', 'default');
  }
}

export function charsetOf(contentType: string | undefined): string | undefined {
  const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return match?.[1]?.toLowerCase();
}

function decodeWith(bytes: Uint8Array, name: string, source: CharsetSource): DecodedBody {
  return { text: decodeText(bytes, name), charset: { name, source } };
}

function sniffBom(bytes: Uint8Array): { name: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { name: 'utf-8', length: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { name: 'utf-16be', length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { name: 'utf-16le', length: 2 };
  return undefined;
}

/** `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">`, whichever comes first. */
function metaCharset(bytes: Uint8Array): { name: string; source: 'meta' | 'http-equiv' } | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  for (const match of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = match[0];
    // http-equiv first: its content="…; charset=…" would otherwise read as a charset attribute.
    if (/http-equiv\s*=\s*["']?\s*content-type/i.test(tag)) {
      const content = /content\s*=\s*(["'])(.*?)\1/i.exec(tag)?.[2] ?? /content\s*=\s*([^\s>]+)/i.exec(tag)?.[1];
      const name = charsetOf(content);
      if (name) return { name, source: 'http-equiv' };
      continue;
    }
    const direct = /\scharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct?.[1]) return { name: direct[1].toLowerCase(), source: 'meta' };
  }
  return undefined;
}

/** The WHATWG name of a label muniseo can decode, or undefined. */
function decoderFor(label: string | undefined): string | undefined {
  return label ? encodingForLabel(label) : undefined;
}
