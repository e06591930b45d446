// A page's main content as text blocks, kept as hashes: what duplicate detection compares.
//
// Google tells a page's "centerpiece" from the template around it; two pages with different
// texts under the same menu, sidebar and footer are not duplicates. Extract drops what the page's
// own markup marks as template: navigation, sidebars (<aside>, ARIA landmarks) and the site's
// header and footer. What markup cannot say (a sidebar or a menu in plain <div>s, as WordPress and
// Drupal themes often write them) only the site can: the blocks most of its pages repeat, which
// the duplicate check removes (src/checks/own-content.ts). Hence blocks, each with its own hash.
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element, Text } from 'domhandler';
import type { ContentBlocks } from '../model/index.js';
import { attr, blockElements, hiddenElements } from './html.js';
import { minimalShingles } from './minhash.js';

/** Always template: navigation and sidebars. */
const templateElements = new Set(['nav', 'aside']);
/**
 * The site's header and footer, unless inside an <article> or <main>: there they head or close
 * the content (title, date, author), as ARIA reads them (banner and contentinfo only at page level).
 */
const pageLevelElements = new Set(['header', 'footer']);
/** Elements that scope a <header> or <footer> to the content. */
const contentElements = new Set(['article', 'main']);
/** ARIA landmarks of the template, whatever element carries them. */
const templateRoles = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);

/** The main content's blocks, in page order: `<main>` or `role="main"` when the page has one, else the body. */
export function contentBlocks($: CheerioAPI): ContentBlocks {
  const main = $('main, [role="main"]').first();
  const root = main.length > 0 ? main : $('body');
  const blocks: ContentBlocks = { hashes: [], words: [], shingleCounts: [], shingles: [] };
  let text: string[] = [];
  const endBlock = () => {
    const words = text.join('').toLowerCase().split(/\s+/).filter(Boolean);
    text = [];
    if (words.length === 0) return;
    const shingles = minimalShingles(words);
    blocks.hashes.push(hash53(words.join(' ')));
    blocks.words.push(words.length);
    blocks.shingleCounts.push(shingles.length);
    blocks.shingles.push(...shingles);
  };
  const walk = (node: AnyNode, inContent: boolean) => {
    if (node.type === 'text') {
      text.push((node as Text).data);
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root') return;
    const element = node as Element;
    const name = element.name?.toLowerCase() ?? '';
    if (hiddenElements.has(name)) return;
    if (isTemplate(element, name, inContent)) {
      endBlock();
      return;
    }
    const block = blockElements.has(name);
    if (block) endBlock();
    const childrenInContent = inContent || contentElements.has(name);
    for (const child of element.children ?? []) walk(child, childrenInContent);
    if (block) endBlock();
  };
  for (const node of root.toArray()) walk(node, main.length > 0);
  endBlock();
  return blocks;
}

function isTemplate(element: Element, name: string, inContent: boolean): boolean {
  if (templateElements.has(name) || (pageLevelElements.has(name) && !inContent)) return true;
  const roles = (attr(element, 'role') ?? '').toLowerCase().split(/\s+/);
  return roles.some((role) => templateRoles.has(role));
}

/**
 * cyrb53 (public domain, github.com/bryc/code): 53 bits, so that two different blocks of a
 * 2,500-page site practically never share a hash, as a number rather than a hex string.
 */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
