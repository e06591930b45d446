// Decodes an HTML body as a browser would (WHATWG encoding sniffing, simplified):
// byte-order mark, then the Content-Type charset, then <meta charset> or http-equiv in the
// first 1,024 bytes, then UTF-8 — or windows-1252 when the bytes are not valid UTF-8.

export interface DecodedBody {
  text: string;
  charset: { name: string; source: 'header' | 'bom' | 'meta' | 'default' };
}

export function decodeHtml(bytes: Uint8Array, contentType: string | undefined): DecodedBody {
  const bom = sniffBom(bytes);
  if (bom) return { text: decode(bytes.subarray(bom.length), bom.name), charset: { name: bom.name, source: 'bom' } };
  const fromHeader = charsetOf(contentType);
  if (fromHeader && isSupported(fromHeader)) {
    return { text: decode(bytes, fromHeader), charset: { name: fromHeader, source: 'header' } };
  }
  const fromMeta = metaCharset(bytes);
  if (fromMeta && isSupported(fromMeta)) {
    return { text: decode(bytes, fromMeta), charset: { name: fromMeta, source: 'meta' } };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: { name: 'utf-8', source: 'default' } };
  } catch {
    return { text: decode(bytes, 'windows-1252'), charset: { name: 'windows-1252', source: 'default' } };
  }
}

export function charsetOf(contentType: string | undefined): string | undefined {
  const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return match?.[1]?.toLowerCase();
}

function sniffBom(bytes: Uint8Array): { name: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { name: 'utf-8', length: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { name: 'utf-16be', length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { name: 'utf-16le', length: 2 };
  return undefined;
}

function metaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const direct = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return direct?.[1]?.toLowerCase();
}

function isSupported(name: string): boolean {
  try {
    new TextDecoder(name);
    return true;
  } catch {
    return false;
  }
}

function decode(bytes: Uint8Array, name: string): string {
  return new TextDecoder(name).decode(bytes);
}
