// A site's facts in a file without a name: read back as stored, gone with the store.
import { fstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { afterEach, describe, expect, it } from 'vitest';
import { FactStore, readStoredPage } from '../../src/store/fact-store.js';
import { readFacts } from '../../src/extract/stored-page.js';

describe('FactStore', () => {
  const folders: string[] = [];
  const folder = () => {
    const path = mkdtempSync(join(tmpdir(), 'muniseo-fact-store-test-'));
    folders.push(path);
    return path;
  };
  afterEach(() => {
    for (const path of folders.splice(0)) rmSync(path, { recursive: true, force: true });
  });

  it('reads back each page as it was stored, the last storing of a page winning, in the order stored', () => {
    const directory = folder();
    const store = new FactStore(directory);
    try {
      // Nothing with a name: a crawl killed midway leaves no file behind.
      expect(readdirSync(directory)).toEqual([]);
      const large = { url: 'https://www.exemple.fr/comptes-rendus/', words: 'délibération '.repeat(200_000) };
      store.put('https://www.exemple.fr/', serialize({ url: 'https://www.exemple.fr/', title: 'Première version' }));
      store.put(large.url, serialize(large));
      store.put('https://www.exemple.fr/', serialize({ url: 'https://www.exemple.fr/', title: 'Accueil – Mairie' }));
      const { fd, pages } = store.stored();
      expect(store.size).toBe(2);
      expect(pages.map(([url]) => url)).toEqual(['https://www.exemple.fr/', large.url]);
      expect(readFacts(readStoredPage(fd, pages[0]!))).toEqual({ url: 'https://www.exemple.fr/', title: 'Accueil – Mairie' });
      expect(readFacts(readStoredPage(fd, pages[1]!))).toEqual(large);
    } finally {
      store.close();
    }
    expect(() => store.put('https://www.exemple.fr/', serialize({}))).toThrow(/closed/);
  });

  it('keeps its file without a name, so that closing its descriptor frees it', () => {
    const store = new FactStore(folder());
    try {
      store.put('https://www.exemple.fr/', serialize({ title: 'Accueil' }));
      const { fd } = store.stored();
      expect(fstatSync(fd).nlink).toBe(0);
      expect(fstatSync(fd).size).toBe(serialize({ title: 'Accueil' }).byteLength);
    } finally {
      store.close();
    }
    // Closing twice is harmless (an audit closes its store whether its crawl ended or failed).
    expect(() => store.close()).not.toThrow();
  });

  it('keeps the facts in memory where no file can be made', () => {
    const store = new FactStore(join(folder(), 'missing', 'folder'));
    try {
      store.put('https://www.exemple.fr/', serialize({ title: 'Accueil' }));
      const { fd, pages } = store.stored();
      expect(fd).toBe(-1);
      expect(readFacts(readStoredPage(fd, pages[0]!))).toEqual({ title: 'Accueil' });
    } finally {
      store.close();
    }
  });
});
