// A site's page facts, serialized, in a file while its crawl goes on, for its judgement to read
// back (src/judge.ts). Held in memory, the facts of a site grew with its pages: 22 MB for 2,500
// pages of bench/crawl, 90 MB for the four sites a study crawls at once, the largest share of the
// crawl's memory once page bodies were gone (bench/crawl, 1 Dec 2026). In a file they cost the
// operating system's page cache, which gives them back under pressure, and the process nothing.
//
// The file has no name: it is removed as soon as it is open and lives as long as its descriptor,
// so that a crawl killed midway leaves nothing behind. The descriptor is the process's, so that a
// worker thread judging the site reads it too. On a system whose temporary folder is in memory
// (tmpfs), the facts take that memory: TMPDIR can name a folder on disk. Where no file can be made
// or written (a read-only or full temporary folder), the facts stay in memory, as they used to:
// the audit goes on, with the memory it took before.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where a page's facts are in the store's file, or the facts themselves when they could not be written. */
export type StoredPageAt = [url: string, position: number, length: number, inMemory?: Uint8Array];

/** A store's facts as plain data, for a judgement on this thread or another of the process. */
export interface StoredFacts {
  /** The store's file, open for reading while its store is; -1 when it has none. */
  fd: number;
  /** Each page's facts by final URL, in the order they were stored. */
  pages: StoredPageAt[];
}

export class FactStore {
  private readonly fd: number;
  /** Whether pages still go to the file (not after a write failed). */
  private writing: boolean;
  private end = 0;
  private readonly at = new Map<string, StoredPageAt>();
  private closed = false;

  constructor(directory = tmpdir()) {
    this.fd = unnamedFile(directory);
    this.writing = this.fd >= 0;
  }

  /** Stores a page's facts (serialized); a page stored again replaces what it had. */
  put(url: string, facts: Uint8Array): void {
    if (this.closed) throw new Error('The fact store is closed');
    if (this.writing) {
      try {
        let written = 0;
        while (written < facts.byteLength) {
          written += writeSync(this.fd, facts, written, facts.byteLength - written, this.end + written);
        }
        this.at.set(url, [url, this.end, facts.byteLength]);
        this.end += facts.byteLength;
        return;
      } catch {
        // A full disk: what was written stays readable, the rest of the site stays in memory.
        this.writing = false;
      }
    }
    this.at.set(url, [url, 0, facts.byteLength, facts]);
  }

  get size(): number {
    return this.at.size;
  }

  /** The pages stored so far, to be read with `readStoredPage` while the store is open. */
  stored(): StoredFacts {
    return { fd: this.fd, pages: [...this.at.values()] };
  }

  /** Removes the file (it has no name left: closing its descriptor frees it). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.at.clear();
    if (this.fd >= 0) closeSync(this.fd);
  }
}

/** A file open for reading and writing, already without a name; -1 when none can be made in `directory`. */
function unnamedFile(directory: string): number {
  let folder: string;
  try {
    folder = mkdtempSync(join(directory, 'muniseo-facts-'));
  } catch {
    return -1;
  }
  try {
    return openSync(join(folder, 'facts'), 'w+', 0o600);
  } catch {
    return -1;
  } finally {
    // Windows keeps an open file's folder: it stays there until the next cleaning of the temporary folder.
    try {
      rmSync(folder, { recursive: true, force: true });
    } catch {
      // Left behind, empty of anything readable once the descriptor is closed.
    }
  }
}

/** A page's serialized facts back from a store. */
export function readStoredPage(fd: number, [, position, length, inMemory]: StoredPageAt): Uint8Array {
  if (inMemory) return inMemory;
  const bytes = new Uint8Array(length);
  let read = 0;
  while (read < length) {
    const count = readSync(fd, bytes, read, length - read, position + read);
    if (count === 0) throw new Error(`The fact store ended ${length - read} bytes early`);
    read += count;
  }
  return bytes;
}
