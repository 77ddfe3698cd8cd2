#!/usr/bin/env node
// Makes sure what the tests need is there: Debian's Chromium for the browser tests and a
// running PostgreSQL for the PostgreSQL leg. Installs or starts them when it can (as root);
// otherwise says what is missing, and the test setup then skips that leg (or fails in CI).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import net from 'node:net';

const CHROMIUM = '/usr/bin/chromium';
const isRoot = process.getuid?.() === 0;

function run(command) {
  const result = spawnSync('sh', ['-c', command], { stdio: 'inherit' });
  return result.status === 0;
}

function portOpen(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host, timeout: 1500 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

if (!existsSync(CHROMIUM)) {
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Debian Chromium for the browser tests…');
    run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null');
  } else {
    console.warn('Notice: /usr/bin/chromium is missing; install Debian\'s chromium package for the browser tests.');
  }
}

if (!(await portOpen(5432))) {
  if (isRoot && existsSync('/etc/postgresql')) {
    for (const version of readdirSync('/etc/postgresql')) {
      console.log(`Starting PostgreSQL ${version}…`);
      run(`pg_ctlcluster --skip-systemctl-redirect ${version} main start`);
    }
  }
  if (!(await portOpen(5432))) console.warn('Notice: PostgreSQL is not listening on 127.0.0.1:5432.');
}
