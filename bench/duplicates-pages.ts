// The pages of bench/duplicates.js: one big municipal site under one template, built with the
// test builders (test/checks/site-templates.ts). Only the HTML comes from here; what is timed is
// imported from dist/ by the benchmark, as the CLI runs it.
import { frenchText, seededRandom } from '../test/helpers/french-text.js';
import { type LayoutName, paragraphs, randomTemplate, templatePage } from '../test/checks/site-templates.js';

/**
 * `count` pages under one template: own texts of 20 to 800 words, 2 % exact copies, 5 % copies
 * with the date line changed, and (`widget`) a 150-word block on 40 % of the pages, too rare to
 * be template: the worst case for the comparison buckets.
 */
export function siteHtml(count: number, layout: LayoutName, widget: boolean): string[] {
  const random = seededRandom(count);
  const template = randomTemplate(random, layout);
  const widgetHtml = `<div class="encart"><p>${frenchText(random, 150)}</p></div>`;
  const pages: string[] = [];
  while (pages.length < count) {
    const draw = random();
    const extra = widget && random() < 0.4 ? widgetHtml : '';
    if (draw < 0.02 && pages.length > 0) pages.push(pages[Math.floor(random() * pages.length)]!);
    else if (draw < 0.07) {
      const body = paragraphs(random, 100 + Math.floor(random() * 300));
      const day = 1 + (pages.length % 28);
      pages.push(templatePage(template, layout, `<p>Publié le ${day} mars</p>${body}${extra}`));
      pages.push(templatePage(template, layout, `<p>Publié le ${day} avril</p>${body}${extra}`));
    } else pages.push(templatePage(template, layout, `${paragraphs(random, 20 + Math.floor(random() * 780))}${extra}`));
  }
  return pages.slice(0, count);
}
