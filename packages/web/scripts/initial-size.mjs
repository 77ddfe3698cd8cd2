#!/usr/bin/env node
// Prints the JavaScript and CSS a browser must load for the first page of the built app
// (dist/index.html's entry and every chunk it imports statically), raw and gzip-compressed.
// Lazy chunks (each page, each language) are not counted: they load on demand.
// Usage: node packages/web/scripts/initial-size.mjs [--json] [build folder, packages/web/dist by default]
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const folder = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
const dist = folder ? resolve(folder) : resolve(dirname(fileURLToPath(import.meta.url)), '../dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entries = [...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g)].map((m) => m[1]);
const styles = [...html.matchAll(/<link[^>]+href="\/([^"]+\.css)"/g)].map((m) => m[1]);

// Static imports only: `import{…}from"./x.js"` and `import"./x.js"`, not `import("./x.js")`.
const staticImport = /(?:^|[;\s}])import\s*(?:[\w${},*\s]+from\s*)?["'](\.\/[^"']+\.js)["']/g;
const seen = new Set();
const queue = [...entries];
while (queue.length) {
  const file = queue.shift();
  if (seen.has(file)) continue;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  for (const match of code.matchAll(staticImport)) queue.push(join(dirname(file), match[1]));
}

const measure = (files) =>
  files.reduce(
    (sum, file) => {
      const bytes = readFileSync(join(dist, file));
      return { raw: sum.raw + bytes.length, gzip: sum.gzip + gzipSync(bytes, { level: 9 }).length };
    },
    { raw: 0, gzip: 0 },
  );

const result = { js: { files: [...seen], ...measure([...seen]) }, css: { files: styles, ...measure(styles) } };
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(result));
} else {
  const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
  console.log(`initial JS  ${kb(result.js.raw)} raw, ${kb(result.js.gzip)} gzip (${result.js.files.join(', ')})`);
  console.log(`initial CSS ${kb(result.css.raw)} raw, ${kb(result.css.gzip)} gzip`);
}
