// What muniseo tells a reader, as data: a message id in a catalogue plus the values of its
// placeholders, rendered in the reader's language only when a report is written. Like
// Lighthouse's UIStrings, every catalogue entry has its French and English text side by side.
//
// Templates: `{name}` inserts a value (numbers in the language's format, lists joined with the
// language's separators); `{name, plural, =0 {…} one {…} other {…}}` picks a branch by the
// language's plural rules, `#` standing for the number. French counts 0 and 1 as singular.
// A value may itself be a message of the same catalogue ("home page: {failure}"), rendered in
// the same language, so that a sentence built from parts is still translated whole.
import type { Language, Localised } from './localised.js';

/**
 * A value of a placeholder. Data (numbers, URLs, names quoted from a page) is language-neutral; a
 * word muniseo chose (the name of a missing element, a kind of institution) is `Localised`; a
 * value may also be a message of the same catalogue. Both are rendered in the reader's language.
 */
export type MessageValue = string | number | boolean | Localised | Message | readonly (string | Localised | Message)[];
export type MessageValues = Readonly<Record<string, MessageValue>>;

/** A message as a stage records it: which one, and the values of its placeholders. */
export interface Message {
  id: string;
  values?: MessageValues;
}

/** Messages by id, each in both languages. */
export type MessageCatalogue<Id extends string = string> = Readonly<Record<Id, Localised>>;

const locales: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

interface LanguageFormats {
  number: Intl.NumberFormat;
  list: Intl.ListFormat;
  plural: Intl.PluralRules;
}
const formats = new Map<Language, LanguageFormats>();

function formatsOf(lang: Language): LanguageFormats {
  let cached = formats.get(lang);
  if (!cached) {
    cached = {
      number: new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 2 }),
      list: new Intl.ListFormat(locales[lang], { style: 'long', type: 'conjunction' }),
      plural: new Intl.PluralRules(locales[lang]),
    };
    formats.set(lang, cached);
  }
  return cached;
}

/** A value as the language writes it; a nested message is rendered from `catalogue`. */
export function formatValue(value: MessageValue | undefined, lang: Language, catalogue: MessageCatalogue = {}): string {
  if (value === undefined) return '';
  const { number, list } = formatsOf(lang);
  if (typeof value === 'number') return number.format(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return list.format(value.map((item: string | Localised | Message) => formatValue(item, lang, catalogue)));
  if (isLocalised(value as Localised | Message)) return (value as Localised)[lang];
  return renderMessage(catalogue, value as Message, lang);
}

function isLocalised(value: Localised | Message): value is Localised {
  return 'fr' in value && 'en' in value && !('id' in value);
}

/**
 * Renders a template in `lang`. An unknown placeholder renders empty rather than as its name;
 * values that are messages are looked up in `catalogue`.
 */
export function renderTemplate(template: string, values: MessageValues = {}, lang: Language, catalogue: MessageCatalogue = {}): string {
  let output = '';
  let index = 0;
  while (index < template.length) {
    const open = template.indexOf('{', index);
    if (open < 0) {
      output += template.slice(index);
      break;
    }
    output += template.slice(index, open);
    const close = matchingBrace(template, open);
    output += renderPlaceholder(template.slice(open + 1, close), values, lang, catalogue);
    index = close + 1;
  }
  return output;
}

/** Renders a message from its catalogue; an id the catalogue lacks renders as the id itself. */
export function renderMessage(catalogue: MessageCatalogue, message: Message, lang: Language): string {
  const texts = catalogue[message.id];
  return texts ? renderTemplate(texts[lang], message.values, lang, catalogue) : message.id;
}

/** The names of the values a template reads, for checking that both languages agree. */
export function placeholdersOf(template: string): string[] {
  const names = new Set<string>();
  let index = template.indexOf('{');
  while (index >= 0) {
    const close = matchingBrace(template, index);
    const inner = template.slice(index + 1, close);
    const name = inner.split(',')[0]?.trim() ?? '';
    if (name) names.add(name);
    for (const branch of pluralBranches(inner)) for (const nested of placeholdersOf(branch.text)) names.add(nested);
    index = template.indexOf('{', close + 1);
  }
  return [...names].sort();
}

function matchingBrace(template: string, open: number): number {
  let depth = 0;
  for (let index = open; index < template.length; index += 1) {
    if (template[index] === '{') depth += 1;
    else if (template[index] === '}') {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  throw new Error(`unbalanced braces in message template: ${template}`);
}

function renderPlaceholder(inner: string, values: MessageValues, lang: Language, catalogue: MessageCatalogue): string {
  const [rawName, kind] = inner.split(',', 2).map((part) => part.trim());
  const name = rawName ?? '';
  if (kind !== 'plural') return formatValue(values[name], lang, catalogue);
  const count = Number(values[name] ?? 0);
  const branches = pluralBranches(inner);
  const category = formatsOf(lang).plural.select(count);
  const chosen =
    branches.find((branch) => branch.key === `=${count}`) ??
    branches.find((branch) => branch.key === category) ??
    branches.find((branch) => branch.key === 'other');
  if (!chosen) return formatValue(count, lang);
  return renderTemplate(chosen.text.replaceAll('#', formatValue(count, lang)), values, lang, catalogue);
}

/** `count, plural, one {…} other {…}` → its branches. */
function pluralBranches(inner: string): { key: string; text: string }[] {
  const parts = inner.split(',');
  if (parts[1]?.trim() !== 'plural') return [];
  const body = parts.slice(2).join(',');
  const branches: { key: string; text: string }[] = [];
  let index = 0;
  while (index < body.length) {
    const open = body.indexOf('{', index);
    if (open < 0) break;
    const key = body.slice(index, open).trim();
    const close = matchingBrace(body, open);
    branches.push({ key, text: body.slice(open + 1, close) });
    index = close + 1;
  }
  return branches;
}
