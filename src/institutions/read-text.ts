// Registry files come from spreadsheets and old exports: UTF-8 mostly, Windows-1252 sometimes.
import { readFile } from 'node:fs/promises';

export interface RegistryText {
  text: string;
  /** Set when the bytes were not UTF-8 and were read as Windows-1252 instead. */
  fallbackEncoding?: 'windows-1252';
}

export async function readRegistryText(path: string): Promise<RegistryText> {
  const bytes = await readFile(path);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), fallbackEncoding: 'windows-1252' };
  }
}
