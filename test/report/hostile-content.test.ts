// Crawled pages are hostile input: whatever markup or script they carry shows in the report as
// text, never as markup, and nothing runs even with the Content-Security-Policy turned off.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as cheerio from 'cheerio';
import { chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditSite } from '../../src/audit.js';
import { defaultStudyConfig } from '../../src/config.js';
import { startFixtureWeb, type FixtureWeb } from '../../src/fixtures/server.js';
import { chromeFlags, findChrome } from '../../src/browser/chrome.js';
import { writeReport } from '../../src/report/index.js';
import { hostileSiteResult, payloads } from './hostile-study.js';
import { expectInertReportPage } from './inert-markup.js';
import { syntheticMeta, writeStudy } from './synthetic-study.js';

const htmlFiles = (dir: string) => [
  join(dir, 'index.html'),
  ...readdirSync(join(dir, 'sites'))
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, 'sites', name)),
];

describe('a report of synthetic results full of payloads', () => {
  let dir: string;
  let files: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'muniseo-hostile-'));
    const earlier = mkdtempSync(join(tmpdir(), 'muniseo-hostile-earlier-'));
    // Sites 0…11 include failed crawls (5: unreachable, 7: timeout, 11: blocked) whose reasons carry payloads too.
    writeStudy(earlier, syntheticMeta(payloads.script), [hostileSiteResult(1), hostileSiteResult(40)]).close();
    const store = writeStudy(
      dir,
      syntheticMeta(`${payloads.attribute} étude`),
      Array.from({ length: 12 }, (_, i) => hostileSiteResult(i)),
    );
    // Peer groups from a registry column holding markup: the group labels reach the charts.
    await writeReport(store, { studyDir: dir, lang: 'fr', compareWith: earlier, groupBy: 'colonne' });
    store.close();
    rmSync(earlier, { recursive: true });
    files = [...htmlFiles(dir), join(dir, 'compare.html')];
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes pages without any script, handler, foreign element or unsafe link', () => {
    expect(files.length).toBe(14);
    for (const file of files) expectInertReportPage(readFileSync(file, 'utf8'), file);
  });

  it('shows the payloads as text', () => {
    const index = cheerio.load(readFileSync(join(dir, 'index.html'), 'utf8'));
    expect(index('h1').text()).toContain(`${payloads.attribute} étude`);
    expect(index('#institutions').text()).toContain(`${payloads.script} Mairie 3`);
    expect(index('#not-audited').text()).toContain(payloads.closeAndScript);
    const site = cheerio.load(readFileSync(join(dir, 'sites', '3_script_.html'), 'utf8'));
    expect(site('h1').text()).toBe(`${payloads.script} Mairie 3 ${payloads.attribute}`);
    expect(site('main').text()).toContain(payloads.handlebars);
    expect(site('main').text()).toContain(`data:text/html,${payloads.script}`);
  });

  it('links only http(s) URLs and shows the others as text', () => {
    const site = cheerio.load(readFileSync(join(dir, 'sites', '3_script_.html'), 'utf8'));
    expect(site('.website').text()).toContain(payloads.javascriptUrl);
    expect(site('.website a').length).toBe(0);
    const crawledLinks = site('a.crawled-url')
      .map((_, element) => site(element).attr('href'))
      .get();
    expect(crawledLinks.length).toBeGreaterThan(0);
    for (const href of crawledLinks) expect(href).toMatch(/^https:\/\/hostile-3\.test\//);
  });

  it('escapes crawled labels inside the Vega charts', () => {
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const start = html.indexOf('<svg', html.indexOf('id="chart-group-levels"'));
    const svg = html.slice(start, html.indexOf('</svg>', start));
    // The group label (wrapped on spaces by the chart) is in the SVG as escaped text.
    expect(svg).toContain('&lt;svg</tspan>');
    expect(svg).toContain('&lt;text&gt;x&lt;/text&gt;&lt;/svg&gt;');
    expect(svg.match(/<svg/g)?.length).toBe(1);
    expect(svg).not.toContain('<text>x</text>');
  });

  it('keeps spreadsheet formulas from crawled text inert in the CSV exports', () => {
    const pages = readFileSync(join(dir, 'data', 'pages.csv'), 'utf8');
    expect(pages).toContain(`"'=HYPERLINK(""http://evil.example/"",""click"")"`);
    expect(pages).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('runs nothing in Chromium, even with the Content-Security-Policy bypassed', async () => {
    const browser = await chromium.launch({ executablePath: findChrome(), args: chromeFlags });
    try {
      for (const bypassCSP of [true, false]) {
        const context = await browser.newContext({ bypassCSP });
        const page = await context.newPage();
        const dialogs: string[] = [];
        page.on('dialog', (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        });
        for (const file of [
          join(dir, 'index.html'),
          join(dir, 'sites', '3_script_.html'),
          join(dir, 'sites', '5_script_.html'),
          join(dir, 'compare.html'),
        ]) {
          await page.goto(pathToFileURL(file).href);
          // Hover and focus everything once: handlers hidden in attributes would fire now.
          await page.evaluate(() => {
            document.querySelectorAll('*').forEach((element) => {
              element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
              element.dispatchEvent(new FocusEvent('focus'));
            });
          });
          expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), file).toBeUndefined();
          expect(await page.locator('script').count(), file).toBe(0);
          expect(await page.locator('main').isVisible(), file).toBe(true);
        }
        expect(dialogs).toEqual([]);
        await context.close();
      }
    } finally {
      await browser.close();
    }
  });
});

describe('a report of a real audit of the hostile fixture site', () => {
  let web: FixtureWeb;
  let dir: string;

  beforeAll(async () => {
    web = await startFixtureWeb({ only: ['test-hostile'] });
    dir = mkdtempSync(join(tmpdir(), 'muniseo-hostile-audit-'));
  });

  afterAll(async () => {
    await web.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows what the site said as text, and no markup of it', async () => {
    const config = defaultStudyConfig();
    config.lighthouse.enabled = false;
    config.crawl.browserFallback = false;
    config.crawl.allowPrivateNetwork = true;
    config.crawl.renderHome = false;
    const result = await auditSite(
      { id: 'test-hostile', name: 'Hostile-sur-Mer', kind: 'commune', url: `${web.origin('test-hostile')}/` },
      { config },
    );
    expect(result.outcome).toBe('ok');
    // The crawl really read the payloads: they are in the result the report is built from.
    expect(result.pages.map((page) => page.title)).toContain("<script>window.__pwned='news'</script>");

    const store = writeStudy(dir, syntheticMeta('audit hostile'), [result]);
    await writeReport(store, { studyDir: dir, lang: 'en' });
    store.close();
    for (const file of htmlFiles(dir)) expectInertReportPage(readFileSync(file, 'utf8'), file);
    const site = cheerio.load(readFileSync(join(dir, 'sites', 'test-hostile.html'), 'utf8'));
    const text = site('main').text();
    expect(text).toContain("javascript:window.__pwned='canonical'");
    expect(text).toContain("</title><script>window.__pwned='title'</script>");
    const pagesCsv = readFileSync(join(dir, 'data', 'pages.csv'), 'utf8');
    expect(pagesCsv).toContain(
      `"</title><script>window.__pwned='title'</script> Mairie ""Hostile"" & {{constructor.constructor('window.__pwned=1')()}}"`,
    );
  });
});
