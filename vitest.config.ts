import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests import @kurs/core (and its browser entry) from source, so a change in core needs no build to be tested.
const alias = [
  { find: /^@kurs\/core\/browser$/, replacement: fileURLToPath(new URL('./packages/core/src/browser.ts', import.meta.url)) },
  { find: /^@kurs\/core$/, replacement: fileURLToPath(new URL('./packages/core/src/index.ts', import.meta.url)) },
];

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'core', root: './packages/core', include: ['src/**/*.test.ts'] },
      },
      {
        resolve: { alias },
        test: {
          name: 'server',
          root: './packages/server',
          include: ['src/**/*.test.ts'],
          globalSetup: ['./src/testing/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: { name: 'web', root: './packages/web', include: ['src/**/*.test.{ts,tsx}'] },
      },
      {
        // Browser journeys against the real server and the built web app, one file at a time.
        resolve: { alias },
        test: {
          name: 'e2e',
          root: './e2e',
          include: ['**/*.e2e.ts'],
          globalSetup: ['./support/setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
