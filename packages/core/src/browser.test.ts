import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, intlTag } from './browser.js';

/** Every module the entry runs, following value imports only (type imports are erased). */
function runtimeModules(entry: URL): { modules: string[]; packages: string[] } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const visit = (url: URL) => {
    if (modules.has(url.pathname)) return;
    modules.add(url.pathname);
    const source = readFileSync(url, 'utf8');
    for (const [, from, bare] of source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'|^import\s+'([^']+)'/gm)) {
      const specifier = (from ?? bare)!;
      if (specifier.startsWith('.')) visit(new URL(specifier.replace(/\.js$/, '.ts'), url));
      else packages.add(specifier);
    }
  };
  visit(entry);
  return { modules: [...modules], packages: [...packages] };
}

describe('the browser entry', () => {
  it('runs no package and none of the model: the web app may load it', () => {
    const { modules, packages } = runtimeModules(new URL('./browser.ts', import.meta.url));
    expect(packages).toEqual([]);
    expect(modules.filter((m) => /\/plan\/|schema/.test(m))).toEqual([]);
  });

  it('writes dates as the health messages do', () => {
    expect(intlTag('en')).toBe('en-GB');
    expect(formatIsoDate('da', '2027-03-01')).toBe('1. marts 2027');
  });
});
