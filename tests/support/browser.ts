import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Flags for a headless Chromium on a closed network: no background connections, no sandbox (CI runs as root). */
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where the system's own Chromium lives on Debian and Ubuntu. */
const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * The Chromium the browser tests drive: CHROMIUM_PATH when set, else the system's, else the build
 * that the npm package @sparticuz/chromium carries (unpacked to the temp folder on first use), so
 * `npm test` needs no browser installed by hand and downloads nothing outside the npm registry.
 */
export function chromiumExecutable(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const system = SYSTEM_CHROMIUM.find((path) => existsSync(path));
  if (system) return system;
  // The package is ESM-only and Jest runs tests as CommonJS: ask a plain Node process to unpack it.
  const unpack = "const { default: chromium } = await import('@sparticuz/chromium'); console.log(await chromium.executablePath());";
  return execFileSync(process.execPath, ['--input-type=module', '-e', unpack], { encoding: 'utf8' }).trim();
}

/** A headless Chromium for one test file. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_FLAGS, headless: true });
}
