// Registry files come from spreadsheets and old exports: UTF-8 mostly, Windows-1252 sometimes
// (Excel's "CSV" on a French Windows). Windows-1252 is decoded as browsers decode it
// (src/model/encodings.ts): Node's TextDecoder would turn `L’Huisserie` into `L\u0092Huisserie`.
import { readFile } from 'node:fs/promises';
import { decodeText } from '../model/index.js';

export interface RegistryText {
  text: string;
  /** Set when the bytes were not UTF-8 and were read as Windows-1252 instead. */
  fallbackEncoding?: 'windows-1252';
}

export async function readRegistryText(path: string): Promise<RegistryText> {
  return decodeRegistryBytes(await readFile(path));
}

/** UTF-8 when the bytes are valid UTF-8, else Windows-1252. */
export function decodeRegistryBytes(bytes: Uint8Array): RegistryText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { text: decodeText(bytes, 'windows-1252'), fallbackEncoding: 'windows-1252' };
  }
}
