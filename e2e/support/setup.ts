import { chromiumAvailable, CHROMIUM } from './browser.js';

/** Outside CI a machine without Chromium skips the browser journeys with a notice; in CI that fails. */
export default function setup(): void {
  if (chromiumAvailable()) return;
  if (process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing; CI runs the browser journeys.`);
  console.warn(`\nNotice: ${CHROMIUM} is missing; the browser journeys are skipped. Install Debian's chromium package to run them.\n`);
}
