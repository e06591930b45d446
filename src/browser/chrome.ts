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
