// The index printed to PDF by the system Chromium (never a downloaded browser). The report is
// self-contained: the page loads its own file and nothing from the network, so text a crawled site
// slipped into it could not make the browser fetch anything (the network policy, offline).
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright';
import { chromeFlags, findChrome, installChromeHelp } from '../browser/chrome.js';

export interface PdfOptions {
  chromePath?: string;
  /** Printed at the top of every page (the fictional-data notice). */
  header?: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

export async function printPdf(htmlPath: string, pdfPath: string, options: PdfOptions): Promise<void> {
  const executablePath = options.chromePath ?? findChrome();
  if (!executablePath) throw new Error(`cannot print report.pdf without Chromium.\n${installChromeHelp}`);
  const browser = await chromium.launch({ executablePath, args: chromeFlags });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort('blockedbyclient')));
    // WebSockets escape page.route: each is answered here and never reaches a server.
    await page.routeWebSocket(/.*/, (socket) => socket.close());
    await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load' });
    const small = 'font-size:8px;width:100%;margin:0 12mm;font-family:sans-serif;color:#333';
    await page.pdf({
      path: pdfPath,
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: `<div style="${small}">${options.header ? `<strong>${escapeHtml(options.header)}</strong>` : ''}</div>`,
      footerTemplate: `<div style="${small};text-align:right"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
      margin: { top: '16mm', bottom: '14mm', left: '12mm', right: '12mm' },
    });
  } finally {
    await browser.close();
  }
}
