// `--lighthouse-pages N|all`: a whole number of pages besides the home page, or every page crawled.
import { UsageError } from './usage-error.js';

export function lighthousePagesOption(value: unknown): number | 'all' | undefined {
  if (value === undefined) return undefined;
  const written = String(Array.isArray(value) ? value[value.length - 1] : value).trim();
  if (written.toLowerCase() === 'all') return 'all';
  if (/^\d+$/.test(written)) return Number(written);
  throw new UsageError(
    `--lighthouse-pages ${written}: give a whole number of pages besides the home page, or "all"`,
    'For example --lighthouse-pages 20, or --lighthouse-pages all to audit every HTML page crawled (up to --max-pages).',
  );
}
