#!/usr/bin/env node
// The `kurs` command. It runs the compiled server package (npm run build).
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('error: Kurs is not built yet. Run `npm run build` in the project folder first.\n');
  process.exit(1);
}
await import(main.href);
