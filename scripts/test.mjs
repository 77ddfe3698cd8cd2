#!/usr/bin/env node
// Runs every vitest project and fails when a test was skipped while CI=true:
// CI must prove every leg (SQLite, PostgreSQL, browser) ran.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

spawnSync('node', ['scripts/ensure-services.mjs'], { stdio: 'inherit' });

const report = 'test-results/vitest.json';
mkdirSync('test-results', { recursive: true });
const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)];
const run = spawnSync('npx', args, { stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);

const result = JSON.parse(readFileSync(report, 'utf8'));
const skipped = [];
for (const file of result.testResults ?? []) {
  for (const test of file.assertionResults ?? []) {
    if (test.status !== 'passed') skipped.push(`${test.status}: ${file.name} > ${test.fullName}`);
  }
}
console.log(`\n${result.numPassedTests} passed, ${skipped.length} not run`);
if (skipped.length && process.env.CI === 'true') {
  console.error('CI=true: every test must run. Not run:\n' + skipped.join('\n'));
  process.exit(1);
}
