// What "nothing crawled runs or breaks the markup" means, checked on a report page's HTML.
import * as cheerio from 'cheerio';
import { expect } from 'vitest';

/** Elements a report page never contains: each would let crawled markup act. */
const forbiddenElements = [
  'script',
  'iframe',
  'object',
  'embed',
  'img',
  'base',
  'form',
  'style',
  'frame',
  'frameset',
  'audio',
  'video',
  'marquee',
  'textarea',
  'input',
];

export function expectInertReportPage(html: string, file: string): void {
  expect(html, `${file}: raw <script`).not.toMatch(/<script/i);
  const $ = cheerio.load(html);
  for (const name of forbiddenElements) expect($(name).length, `${file}: <${name}> elements`).toBe(0);
  // The templates' structure survives: one html, head and body, one main, one h1, headers in their place.
  expect($('html').length, file).toBe(1);
  expect($('body').length, file).toBe(1);
  expect($('main').length, `${file}: <main> elements`).toBe(1);
  expect($('h1').length, `${file}: <h1> elements`).toBe(1);
  expect($('meta[http-equiv]').length, `${file}: http-equiv metas`).toBe(1);
  expect($('meta[http-equiv="Content-Security-Policy"]').attr('content'), file).toContain("default-src 'none'");
  expect($('link').length, `${file}: <link> elements`).toBe(1);
  expect($('link').attr('href') ?? '', file).toMatch(/^(\.\.\/)?report\.css$/);
  $('*').each((_, element) => {
    if (element.type !== 'tag') return;
    for (const [name, value] of Object.entries(element.attribs)) {
      expect(name.toLowerCase().startsWith('on'), `${file}: <${element.name} ${name}="${value}">`).toBe(false);
      if (name === 'href' || name === 'src' || name === 'xlink:href') {
        expect(value.trim(), `${file}: <${element.name} ${name}>`).toMatch(
          /^(https?:|#|[\w.-]+\.(html|css|csv|json|sqlite)$|sites\/|data\/|\.\.\/)/i,
        );
      }
    }
  });
}
