// Headless Chromium from Debian, driven through playwright-core, closed on exit like the servers.
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './install.mjs';
import { onCleanup } from './util.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // The browser reaches only our loopback server: no lookups of outside hosts (the extension gallery, fonts).
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/**
 * Launches Chromium with a fresh profile (playwright makes and deletes a temporary one per launch)
 * and opens one page.
 * @param {{ viewport?: { width: number, height: number } }} [options]
 */
export async function launchChromium(options = {}) {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run node scripts/vscode/install.mjs (or apt-get install chromium)`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    // Our own handlers stop servers and browsers together (util.mjs).
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    unregister();
    await browser.close().catch(() => undefined);
  };
  const unregister = onCleanup(close);
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1400, height: 900 } });
  const page = await context.newPage();
  return { browser, page, close };
}
