#!/usr/bin/env node
/* eslint-env node */
// A plain CommonJS script: it runs before any TypeScript tooling, and playwright.config.ts requires it.
/* eslint-disable @typescript-eslint/no-require-imports, no-console */
'use strict';
/**
 * Makes sure the browser tests have a Chromium to run, before Playwright starts (`pretest:browser`).
 *
 * - `CHROMIUM_PATH` set: that file must be an executable Chromium; nothing is installed.
 * - Otherwise Debian's `/usr/bin/chromium` (or `chromium`/`chromium-browser` on PATH) is used.
 * - None found, running as root on Debian/Ubuntu with apt: `apt-get install -y chromium` and check again.
 * - Still none: exit 1 with a message naming the package and `CHROMIUM_PATH`. Browser tests are never skipped
 *   silently — a missing browser is a failed test run.
 *
 * `findChromium()` is also what `playwright.config.ts` uses, so both agree on the executable.
 */
const fs = require('fs');
const path = require('path');
const { execFileSync, spawnSync } = require('child_process');

const DEBIAN_PACKAGE = 'chromium';
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function onPath(name) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    const file = path.join(dir, name);
    if (dir && isExecutable(file)) return file;
  }
  return undefined;
}

/** The Chromium executable to use: `CHROMIUM_PATH` if set, else the first one found; undefined if none. */
function findChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return CANDIDATES.find(isExecutable) || onPath('chromium') || onPath('chromium-browser');
}

/** The browser's version line, or undefined when it does not start. */
function versionOf(file) {
  const result = spawnSync(file, ['--version'], { encoding: 'utf8', timeout: 30000 });
  if (result.status !== 0) return undefined;
  return (result.stdout || '').trim().split('\n').pop();
}

function canInstallWithApt() {
  return typeof process.getuid === 'function' && process.getuid() === 0 &&
    fs.existsSync('/etc/debian_version') && !!onPath('apt-get');
}

function installWithApt() {
  console.log(`ensure-chromium: Chromium mangler; installerer Debian-pakken '${DEBIAN_PACKAGE}' med apt-get …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', DEBIAN_PACKAGE, 'fonts-dejavu-core'], { stdio: 'inherit', env });
}

function fail(message) {
  console.error(`ensure-chromium: ${message}`);
  console.error(`  Installér Debian/Ubuntu-pakken '${DEBIAN_PACKAGE}' (sudo apt-get install ${DEBIAN_PACKAGE}),` +
    ' eller sæt CHROMIUM_PATH til en Chromium/Chrome-eksekverbar fil.');
  console.error('  Browsertestene springes ikke over: uden Chromium fejler testkørslen.');
  process.exit(1);
}

function main() {
  const explicit = process.env.CHROMIUM_PATH;
  let file = findChromium();
  if (explicit) {
    if (!isExecutable(explicit)) fail(`CHROMIUM_PATH=${explicit} findes ikke eller kan ikke køres.`);
  } else if (!file) {
    if (!canInstallWithApt()) fail('Ingen Chromium fundet (/usr/bin/chromium, chromium eller chromium-browser på PATH).');
    try {
      installWithApt();
    } catch (e) {
      fail(`apt-get install ${DEBIAN_PACKAGE} mislykkedes: ${e.message}`);
    }
    file = findChromium();
    if (!file) fail(`apt-get installerede '${DEBIAN_PACKAGE}', men ingen Chromium blev fundet bagefter.`);
  }
  const version = versionOf(file);
  if (!version) fail(`${file} starter ikke (${file} --version fejlede).`);
  console.log(`ensure-chromium: ${version} (${file})`);
}

module.exports = { findChromium };

if (require.main === module) main();
