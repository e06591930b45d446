// A worker's Chromium (src/lighthouse/chromium.ts): what it starts for a new page (not the address bar's
// WebUI popups), and what it leaves on disk once it is gone: nothing, whether it was killed by its own
// kill() or with its process group, as the lane does on a timeout.
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import puppeteer from 'puppeteer-core';
import { Launcher } from 'chrome-launcher';
import { disabledChromiumFeatures, findChrome, mergeDisabledFeatures } from '../../src/browser/chrome.js';
import { launchChromium, removeSingletonSockets } from '../../src/lighthouse/chromium.js';

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function profiles(): string {
  const folder = mkdtempSync(join(tmpdir(), 'muniseo-test-chromium-'));
  folders.push(folder);
  return folder;
}

/** The folder Chromium made in the temporary directory for the profile's singleton socket. */
function singletonFolder(userDataDir: string): string {
  return dirname(readlinkSync(join(userDataDir, 'SingletonSocket')));
}

describe('the features a worker’s Chromium turns off', () => {
  it('merges every --disable-features into one, where the first stood, keeping each feature once', () => {
    expect(mergeDisabledFeatures(['--a', '--disable-features=X,Y', '--b', '--disable-features=Y,Z', '--c'])).toEqual([
      '--a',
      '--disable-features=X,Y,Z',
      '--b',
      '--c',
    ]);
    expect(mergeDisabledFeatures(['--a', '--b'])).toEqual(['--a', '--b']);
  });
});

describe.runIf(process.platform === 'linux')('a real Chromium of the lane', () => {
  it('opens a page without the address bar’s WebUI popups, with the launcher’s features still off', async () => {
    const chromium = await launchChromium(findChrome() as string, join(profiles(), 'chromium-1'));
    try {
      // One --disable-features (Chromium reads the last one only), holding the launcher's and ours.
      const args = readFileSync(`/proc/${chromium.pid}/cmdline`, 'utf8').split('\0');
      const disabled = args.filter((arg) => arg.startsWith('--disable-features='));
      expect(disabled).toHaveLength(1);
      const features = (disabled[0] as string).slice('--disable-features='.length).split(',');
      const launchers = (Launcher.defaultFlags().find((flag) => flag.startsWith('--disable-features=')) as string).split('=')[1];
      expect(features).toEqual(expect.arrayContaining([...(launchers as string).split(','), ...disabledChromiumFeatures]));
      const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chromium.port}`, defaultViewport: null });
      try {
        const context = await browser.createBrowserContext();
        await context.newPage();
        const session = await browser.target().createCDPSession();
        // The browser's own pages (type browser_ui) are listed with an empty filter only. Without the
        // flag, chrome://omnibox-popup.top-chrome/ is listed twice for each window as soon as it opens.
        const listed = async () => {
          const { targetInfos } = await session.send('Target.getTargets', { filter: [{}] });
          return targetInfos.map((target) => target.url);
        };
        await expect.poll(listed).toContain('about:blank');
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect((await listed()).filter((url) => url.startsWith('chrome://'))).toEqual([]);
      } finally {
        await browser.disconnect();
      }
    } finally {
      await chromium.kill();
    }
  }, 60_000);
});

describe.runIf(process.platform === 'linux')('a real Chromium, once gone', () => {
  it('leaves neither its profile nor its singleton socket’s folder after kill()', async () => {
    const userDataDir = join(profiles(), 'chromium-1');
    const chromium = await launchChromium(findChrome() as string, userDataDir);
    const socketFolder = singletonFolder(userDataDir);
    expect(dirname(socketFolder)).toBe(tmpdir());
    expect(existsSync(socketFolder)).toBe(true);
    await chromium.kill();
    expect(existsSync(userDataDir)).toBe(false);
    expect(existsSync(socketFolder)).toBe(false);
  }, 60_000);

  it('leaves no singleton socket’s folder when killed with SIGKILL and its profiles swept', async () => {
    const workerProfiles = profiles();
    const userDataDir = join(workerProfiles, 'chromium-1');
    const chromium = await launchChromium(findChrome() as string, userDataDir);
    const socketFolder = singletonFolder(userDataDir);
    process.kill(chromium.pid, 'SIGKILL');
    await expect.poll(() => chromium.exited, { timeout: 10_000 }).toBe(true);
    // SIGKILL gives Chromium no chance to clean up: the folder is still there until the sweep.
    expect(existsSync(socketFolder)).toBe(true);
    removeSingletonSockets(workerProfiles);
    expect(existsSync(socketFolder)).toBe(false);
  }, 60_000);

  it('follows a profile’s link only to a singleton folder in the temporary directory', () => {
    const workerProfiles = profiles();
    // A folder named like Chromium's, but outside the temporary directory: kept.
    const elsewhere = join(workerProfiles, 'kept', 'org.chromium.Chromium.AbC123');
    mkdirSync(elsewhere, { recursive: true });
    mkdirSync(join(workerProfiles, 'chromium-1'));
    symlinkSync(join(elsewhere, 'SingletonSocket'), join(workerProfiles, 'chromium-1', 'SingletonSocket'));
    // In the temporary directory, but not named as Chromium names them: kept.
    const unlike = mkdtempSync(join(tmpdir(), 'muniseo-test-not-a-singleton-'));
    folders.push(unlike);
    mkdirSync(join(workerProfiles, 'chromium-2'));
    symlinkSync(join(unlike, 'SingletonSocket'), join(workerProfiles, 'chromium-2', 'SingletonSocket'));
    // A link to something other than a socket: kept.
    const notSocket = mkdtempSync(join(tmpdir(), 'org.chromium.Chromium.'));
    folders.push(notSocket);
    mkdirSync(join(workerProfiles, 'chromium-3'));
    symlinkSync(join(notSocket, 'Preferences'), join(workerProfiles, 'chromium-3', 'SingletonSocket'));
    removeSingletonSockets(workerProfiles);
    expect(existsSync(elsewhere)).toBe(true);
    expect(existsSync(unlike)).toBe(true);
    expect(existsSync(notSocket)).toBe(true);
    expect(lstatSync(join(workerProfiles, 'chromium-1', 'SingletonSocket')).isSymbolicLink()).toBe(true);
  });
});
