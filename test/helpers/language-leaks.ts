// Finding one language's sentences in a report written in the other: every text muniseo can
// print comes from a catalogue with both languages side by side (check messages, crawl and
// Lighthouse messages, report strings, labels), so the other language's phrases are known.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogue } from '../../src/checks/catalogue.js';
import { crawlMessages, lighthouseMessages, type Language, type Localised } from '../../src/model/index.js';
import { strings } from '../../src/report/strings.js';
import * as labels from '../../src/report/labels.js';
import { dimensionLabels, maturityLabels, invisibleGate, dimensionReasons, levelThresholds } from '../../src/scoring/index.js';

/** Every text pair muniseo can print. */
function textPairs(): Localised[] {
  const pairs: Localised[] = [];
  for (const check of catalogue) pairs.push(check.title, check.rationale, ...Object.values(check.messages));
  pairs.push(...Object.values(crawlMessages), ...Object.values(lighthouseMessages));
  for (const key of Object.keys(strings.fr) as (keyof typeof strings.fr)[]) pairs.push({ fr: strings.fr[key], en: strings.en[key] });
  for (const table of Object.values(labels)) {
    if (table && typeof table === 'object') for (const value of Object.values(table)) if (isLocalised(value)) pairs.push(value);
  }
  pairs.push(
    ...Object.values(dimensionLabels),
    ...Object.values(dimensionReasons),
    ...Object.values(maturityLabels),
    invisibleGate.label,
    invisibleGate.reason,
  );
  for (const threshold of levelThresholds) pairs.push(threshold.reason);
  return pairs;
}

function isLocalised(value: unknown): value is Localised {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Localised).fr === 'string' &&
    typeof (value as Localised).en === 'string'
  );
}

/** The literal stretches of a template between its placeholders, as a reader would see them. */
function literalParts(template: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of template) {
    if (char === '{') {
      if (depth === 0) parts.push(current);
      current = '';
      depth += 1;
    } else if (char === '}') {
      depth -= 1;
    } else if (depth === 0) current += char;
  }
  parts.push(current);
  return parts.map((part) => part.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/**
 * Phrases only the `lang` side of some pair says: literal parts of at least four words, absent from
 * the other language's whole catalogue (so that shared names such as « Lighthouse » never count).
 */
export function phrasesOf(lang: Language): string[] {
  const other: Language = lang === 'fr' ? 'en' : 'fr';
  const pairs = textPairs().filter((pair) => pair.fr !== pair.en);
  const otherText = pairs.map((pair) => normalise(pair[other])).join('\n');
  const phrases = new Set<string>();
  for (const pair of pairs) {
    for (const part of literalParts(pair[lang])) {
      const phrase = normalise(part);
      if (phrase.split(' ').length >= 4 && !otherText.includes(phrase)) phrases.add(phrase);
    }
  }
  return [...phrases];
}

const normalise = (text: string) => text.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

/** The visible text of an HTML file: tags dropped, entities decoded. */
export function visibleText(html: string): string {
  const text = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  return normalise(text);
}

/** The report's HTML pages (index and institution pages), each with the phrases of `lang` it shows. */
export function leaksIn(studyDir: string, lang: Language): { file: string; phrases: string[] }[] {
  const phrases = phrasesOf(lang);
  const files = ['index.html', ...readdirSync(join(studyDir, 'sites')).map((file) => join('sites', file))];
  return files
    .map((file) => {
      const text = visibleText(readFileSync(join(studyDir, file), 'utf8'));
      return { file, phrases: phrases.filter((phrase) => text.includes(phrase)) };
    })
    .filter((entry) => entry.phrases.length > 0);
}
