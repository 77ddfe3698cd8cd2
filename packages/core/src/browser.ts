/*
 * The part of core that the web app runs in the browser, so that it writes what core writes
 * without a copy: pure code whose modules import no zod, yaml or model code (type imports are
 * erased). The web app imports this entry as '@kurs/core/browser' and only types from '@kurs/core'
 * (packages/web/vite.config.ts); browser.test.ts keeps it free of zod and yaml.
 */
export * from './shared/date-style.js';
