// What a worker's Chromium leaves on disk once it is gone (src/lighthouse/chromium.ts): nothing, whether
// it was killed by its own kill() or with its process group, as the lane does on a timeout.
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findChrome } from '../../src/browser/chrome.js';
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
