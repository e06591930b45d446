// Pages of a municipal site under its template, as CMS themes write them: random French text
// (seeded), a chosen number of template words, and the layouts that markup can or cannot name.
import { frenchText } from '../helpers/french-text.js';

/** How a theme lays out the template around a page's own content. */
export const layouts = {
  /** <header>, <nav> and <footer>, but the sidebar in a plain <div> and no <main> (many custom themes). */
  semantic: (part: TemplateParts, own: string) =>
    `<header>${part.header}<nav><ul>${part.menu}</ul></nav></header><div id="contenu">${own}</div>` +
    `<div id="sidebar" class="sidebar">${part.sidebar}</div><footer>${part.footer}</footer>`,
  /** Nothing but <div>s, after Drupal 7's Bartik: markup names no part of the template. */
  drupal7: (part: TemplateParts, own: string) =>
    `<div id="page-wrapper"><div id="page"><div id="header"><div class="section clearfix">${part.header}` +
    `<div id="main-menu" class="navigation"><ul class="links">${part.menu}</ul></div></div></div>` +
    `<div id="main-wrapper"><div id="main" class="clearfix"><div id="content" class="column"><div class="section">` +
    `<div class="region region-content">${own}</div></div></div>` +
    `<div id="sidebar-second" class="column sidebar"><div class="region region-sidebar-second">${part.sidebar}</div></div></div></div>` +
    `<div id="footer-wrapper"><div id="footer" class="clearfix"><div class="region region-footer">${part.footer}</div></div></div></div></div>`,
  /** After Drupal 10's Olivero: landmarks for banner, menu and footer; the sidebar region a <div> inside <main>. */
  olivero: (part: TemplateParts, own: string) =>
    `<header class="site-header" role="banner">${part.header}<nav class="primary-nav" role="navigation"><ul class="menu">${part.menu}</ul></nav></header>` +
    `<main role="main" class="site-main"><div class="sidebar-grid"><div class="region region--content">${own}</div>` +
    `<div class="region region--sidebar">${part.sidebar}</div></div></main><footer class="site-footer">${part.footer}</footer>`,
  /** A classic WordPress theme: widgets in <div id="sidebar"><ul><li class="widget">, menu and footer in <div>s. */
  wordpressClassic: (part: TemplateParts, own: string) =>
    `<div id="wrapper"><div id="header">${part.header}</div><div id="menu"><ul class="menu">${part.menu}</ul></div>` +
    `<div id="content"><div class="post type-post status-publish hentry"><div class="entry">${own}</div></div></div>` +
    `<div id="sidebar"><ul class="widgets">${part.sidebar}</ul></div><div id="footer">${part.footer}</div></div>`,
} satisfies Record<string, (part: TemplateParts, own: string) => string>;

export type LayoutName = keyof typeof layouts;

export interface TemplateParts {
  header: string;
  menu: string;
  sidebar: string;
  footer: string;
}

/** Words of a 750-word template: a header, a menu, sidebar widgets and a footer. */
export const templateWords = { header: 30, menu: 200, sidebar: 270, footer: 250 };

/** Counts of words from `min` to `max` adding up to `total`. */
function split(random: () => number, total: number, min: number, max: number): number[] {
  const counts: number[] = [];
  let left = total;
  while (left > 0) {
    const count = Math.min(left, min + Math.floor(random() * (max - min + 1)));
    counts.push(count);
    left -= count;
  }
  return counts;
}

/** A site's template, drawn at random: the same on every page of the site. */
export function randomTemplate(random: () => number, layout: LayoutName): TemplateParts {
  const text = (count: number) => frenchText(random, count);
  const widget = (count: number, index: number) =>
    layout === 'wordpressClassic'
      ? `<li id="text-${index}" class="widget widget_text"><h2 class="widgettitle">${text(2)}</h2><div class="textwidget"><p>${text(count - 2)}</p></div></li>`
      : `<div class="block block-${index}"><h2>${text(2)}</h2><div class="content"><p>${text(count - 2)}</p></div></div>`;
  return {
    header: `<p class="site-name"><a href="/">${text(6)}</a></p><p class="slogan">${text(templateWords.header - 6)}</p>`,
    menu: split(random, templateWords.menu, 1, 4)
      .map((count, index) => `<li><a href="/rubrique-${index}/">${text(count)}</a></li>`)
      .join(''),
    sidebar: split(random, templateWords.sidebar, 20, 60)
      .map((count, index) => (count > 2 ? widget(count, index) : `<p>${text(count)}</p>`))
      .join(''),
    footer: split(random, templateWords.footer, 5, 30)
      .map((count) => `<p>${text(count)}</p>`)
      .join(''),
  };
}

/** A page of the site: its own content inside the template. */
export function templatePage(parts: TemplateParts, layout: LayoutName, own: string, title = 'Saint-Exemple'): string {
  return `<!doctype html><html lang="fr"><head><title>${title}</title></head><body>${layouts[layout](parts, own)}</body></html>`;
}

/** A text of `count` words in one to three paragraphs. */
export function paragraphs(random: () => number, count: number): string {
  const parts = 1 + Math.floor(random() * 3);
  return split(random, count, Math.ceil(count / parts), Math.ceil(count / parts))
    .map((words) => `<p>${frenchText(random, words)}</p>`)
    .join('');
}
