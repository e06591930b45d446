// Finds a system Chromium or Chrome: CHROME_PATH first, then the usual places. Never downloads one.
import { existsSync } from 'node:fs';

export const usualChromePaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChrome(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env['CHROME_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return usualChromePaths.find((path) => existsSync(path));
}

export const installChromeHelp = [
  'muniseo needs a system Chromium or Chrome (it never downloads a browser).',
  'Install one, for example:',
  '  Debian/Ubuntu:  sudo apt-get install -y chromium',
  '  macOS:          brew install --cask chromium',
  'or point CHROME_PATH at an existing Chrome/Chromium binary.',
  'Run without Lighthouse with --no-lighthouse.',
].join('\n');

/** Flags for a headless Chromium that stays off the network except for the pages it is sent to. */
export const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--no-first-run',
  '--no-default-browser-check',
  '--mute-audio',
];

/**
 * Chromium features muniseo turns off in every browser it starts. Chromium's headless mode is the whole
 * browser without a screen, and from version 156 every new window (each Lighthouse run, each page the
 * crawl renders, opens one) loads the address bar's suggestion popups, two WebUI pages
 * (chrome://omnibox-popup.top-chrome, with some 400 scripts and style sheets), in a renderer of their
 * own: 0.8 s of CPU in renderers and 0.3 s in the browser for every page opened, against 0.05 s and
 * 0.15 s without them (.exp of 2026-12-02, a target opened in a new browser context, CPU read from
 * /proc over 1.5 s). A third of the Lighthouse lane's CPU on light pages went there. Nobody types in
 * the address bar of a browser driven over DevTools, and the popups are the browser's own interface,
 * not the page's: turning them off changes nothing a page does or a run measures. Each launcher has a
 * list of its own that ours joins (mergeDisabledFeatures): Lighthouse's in lighthouse/chromium.ts,
 * Playwright's in crawl/render.ts.
 */
export const disabledChromiumFeatures = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];

const disableFeatures = '--disable-features=';

/**
 * Flags with every `--disable-features=` merged into one, where the first of them stood: Chromium reads
 * a switch given twice from its last occurrence only, and would drop a launcher's list for ours.
 */
export function mergeDisabledFeatures(flags: readonly string[]): string[] {
  const features = flags
    .filter((flag) => flag.startsWith(disableFeatures))
    .flatMap((flag) => flag.slice(disableFeatures.length).split(','));
  const merged = `${disableFeatures}${[...new Set(features.filter(Boolean))].join(',')}`;
  const first = flags.findIndex((flag) => flag.startsWith(disableFeatures));
  return flags.flatMap((flag, index) => (index === first ? [merged] : flag.startsWith(disableFeatures) ? [] : [flag]));
}
