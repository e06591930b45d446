// One headless Chromium for a Lighthouse worker. It stays in the worker's process group, so that
// whoever kills that group (the lane on a timeout, the worker on its way out) kills the browser too.
//
// A browser killed with SIGKILL (every browser of the lane ends so) leaves behind, besides its profile,
// the folder of its singleton socket, which Chromium makes in the temporary directory
// (`org.chromium.Chromium.XXXXXX`) and links from the profile (`SingletonSocket`): six launches, six
// folders left in /tmp (.exp, 2026-12-01), thousands over a national study. Whoever removes a
// profile removes that folder first (`removeSingletonSocket`).
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readlinkSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { Launcher } from 'chrome-launcher';
import { chromeFlags, disabledChromiumFeatures, mergeDisabledFeatures } from '../browser/chrome.js';

export interface Chromium {
  pid: number;
  port: number;
  /** "156.0.8078.108". */
  version?: string;
  userDataDir: string;
  /** True once the browser process has exited. */
  readonly exited: boolean;
  /** SIGKILL the browser, wait for it, remove its profile. */
  kill(): Promise<void>;
}

const launchTimeoutMs = 30_000;

export async function launchChromium(chromePath: string, userDataDir: string, extraFlags: string[] = []): Promise<Chromium> {
  // Lighthouse's own launcher flags first (no background networking, no throttled timers), then ours.
  const flags = mergeDisabledFeatures([
    ...new Set([...Launcher.defaultFlags(), ...chromeFlags, `--disable-features=${disabledChromiumFeatures.join(',')}`, ...extraFlags]),
  ]);
  const browser = spawn(chromePath, [...flags, `--user-data-dir=${userDataDir}`, '--remote-debugging-port=0', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let exited = false;
  const exit = new Promise<void>((resolve) => {
    browser.once('exit', () => {
      exited = true;
      resolve();
    });
    browser.once('error', () => {
      exited = true;
      resolve();
    });
  });
  const kill = async () => {
    if (!exited) browser.kill('SIGKILL');
    await exit;
    removeSingletonSocket(userDataDir);
    await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    const port = await devToolsPort(browser, exit);
    const version = await browserVersion(port);
    return {
      pid: browser.pid as number,
      port,
      version,
      userDataDir,
      get exited() {
        return exited;
      },
      kill,
    };
  } catch (error) {
    await kill();
    throw error;
  }
}

/** Chromium prints "DevTools listening on ws://127.0.0.1:PORT/devtools/browser/…" once it is ready. */
function devToolsPort(browser: ChildProcess, exit: Promise<void>): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`Chromium did not start within ${launchTimeoutMs / 1000} s: ${output.slice(-500)}`)),
      launchTimeoutMs,
    );
    browser.stderr?.on('data', (chunk: Buffer) => {
      // Keep reading (and dropping) stderr after the port, or a chatty browser blocks on a full pipe.
      if (output.length > 20_000) return;
      output += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:/]+:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    void exit.then(() => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited at start: ${output.slice(-500)}`));
    });
  });
}

async function browserVersion(port: number): Promise<string | undefined> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/json/version`, { signal: AbortSignal.timeout(5000) });
    const body = (await response.json()) as { Browser?: string };
    return /\/([\d.]+)$/.exec(body.Browser ?? '')?.[1];
  } catch {
    return undefined;
  }
}

/** Chromium's folder for a singleton socket: `<product>.XXXXXX`, directly in the temporary directory. */
const singletonFolderName = /^[\w.-]+\.[A-Za-z0-9]{6}$/;

/**
 * Removes the folder of the singleton socket of the profile `userDataDir`, if the profile links to one
 * where Chromium makes them (and nowhere else). Synchronous and never throws: callable from an exit handler.
 */
export function removeSingletonSocket(userDataDir: string): void {
  let target: string;
  try {
    target = readlinkSync(join(userDataDir, 'SingletonSocket'));
  } catch {
    return;
  }
  const folder = dirname(target);
  const temporary = new Set([resolve(tmpdir()), '/tmp']);
  if (!isAbsolute(target) || basename(target) !== 'SingletonSocket' || !singletonFolderName.test(basename(folder))) return;
  if (!temporary.has(dirname(folder))) return;
  try {
    rmSync(folder, { recursive: true, force: true });
  } catch {
    // Left behind, as before.
  }
}

/** removeSingletonSocket for every profile in `folder` (a worker's profiles), before `folder` is removed. */
export function removeSingletonSockets(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) removeSingletonSocket(join(folder, name));
}
