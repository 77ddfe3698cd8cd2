import { fileURLToPath } from 'node:url';
import { parse } from '@formatjs/icu-messageformat-parser';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { isFirstWords } from './src/i18n/i18n.first.js';

/*
 * The web app may use @kurs/core's types (erased at build time) but not its code: core brings
 * zod and the whole model, which the browser does not need. A value import fails the build
 * here; remove this guard only as a deliberate, measured choice. The one exception is core's
 * browser entry ('@kurs/core/browser', pure code without zod, kept so by its test), built from
 * source through the alias below.
 */
function typesOnlyFromCore(): Plugin {
  return {
    name: 'kurs:types-only-from-core',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === '@kurs/core' || source.startsWith('@kurs/core/')) {
        this.error(`${importer ?? 'a module'} imports code from @kurs/core; use "import type" in the web app`);
      }
      return null;
    },
  };
}

/*
 * The app's first script (main.tsx) starts every request of the page; as a plain module script
 * it would wait for the style sheet (36 kB) before it runs. Async, it runs as soon as it is in;
 * what it renders is not painted before the style sheet anyway.
 */
function asyncEntry(): Plugin {
  return {
    name: 'kurs:async-entry',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace(/<script type="module" (crossorigin )?src=/, '<script type="module" async $1src='),
    },
  };
}

/*
 * The words go to the browser parsed (ICU message syntax trees, as `formatjs compile --ast`
 * makes them), so that the browser needs no message parser: react-intl's parser is swapped for
 * its parser-less build below. The tests read the catalogues as written (this runs at build only).
 */
const CATALOGUE = /[\\/](i18n[\\/](en|nb|sv|da)|features[\\/][^\\/]+[\\/][^\\/]+\.messages\.(en|nb|sv|da))\.json$/;

/** A language's catalogues in two chunks: the words that come first (src/i18n/i18n.first.ts), and the others. */
function wordsChunk(id: string): string | null {
  const match = CATALOGUE.exec(id);
  if (!match) return null;
  const locale = match[2] ?? match[3];
  return isFirstWords(id) ? `words.${locale}` : `words.${locale}.more`;
}

function parsedMessages(): Plugin {
  return {
    name: 'kurs:parsed-messages',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!CATALOGUE.test(id)) return null;
      const messages = JSON.parse(code) as Record<string, string>;
      return { code: JSON.stringify(Object.fromEntries(Object.entries(messages).map(([key, text]) => [key, parse(text)]))), map: null };
    },
  };
}

/*
 * The libraries every page runs on (React, the router, the query cache, react-intl) in one
 * chunk, which the shell loads whole anyway: a dozen small chunks compress worse and cost a
 * request each. Mantine is left to the automatic split: each page takes only its components.
 */
const FRAMEWORK = /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|react-intl|@formatjs|intl-messageformat)[\\/]/;
/*
 * Popovers' positioning and modals' scroll lock in chunks of their own, loaded only with a
 * popover or a modal: left to the automatic split they were merged into chunks of small shared
 * modules (Mantine's Group, a window-event hook) that every page loads.
 */
const FLOATING = /[\\/]node_modules[\\/]@floating-ui[\\/]/;
const SCROLL_LOCK = /[\\/]node_modules[\\/](react-remove-scroll|react-remove-scroll-bar|use-callback-ref|use-sidecar|react-style-singleton|get-nonce)[\\/]/;

export default defineConfig(({ command }) => ({
  plugins: [typesOnlyFromCore(), parsedMessages(), react(), asyncEntry()],
  resolve: {
    alias: [
      { find: /^@kurs\/core\/browser$/, replacement: fileURLToPath(new URL('../core/src/browser.ts', import.meta.url)) },
      ...(command === 'build' ? [{ find: /^@formatjs\/icu-messageformat-parser$/, replacement: '@formatjs/icu-messageformat-parser/no-parser.js' }] : []),
    ],
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // The budget is what the first page loads, gzip-compressed (under 250 kB: bench web.initial-js);
    // the framework chunk is above 500 kB raw.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      // Required by inlining common chunks: the entry exports nothing anyone imports.
      preserveEntrySignatures: false,
      output: {
        codeSplitting: {
          /*
           * Common chunks under 4 kB (an icon, a hook, a small Mantine component) copied into the
           * chunks that use them: the dashboard's first visit fetched 64 scripts, which queue on the
           * browser's 6 connections to the server (HTTP/1.1); now 28, for 10 kB more (gzip).
           * Experimental in rolldown, with strictExecutionOrder (turned on by it).
           */
          experimentalInlineCommonChunks: { maxSize: 4000 },
          // A group takes only what it names: tslib, say, stays with whatever else uses it.
          includeDependenciesRecursively: false,
          groups: [
            { name: 'framework', test: FRAMEWORK },
            { name: wordsChunk, test: CATALOGUE },
            { name: 'floating', test: FLOATING },
            { name: 'scroll-lock', test: SCROLL_LOCK },
          ],
        },
      },
    },
  },
}));
