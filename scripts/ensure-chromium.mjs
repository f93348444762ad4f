// Makes sure Debian's Chromium is present for the browser tests. Never downloads a browser build of its own:
// installs the `chromium` package with apt when running as root (as CI does), otherwise says what to run.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const command = 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium';
if (!isRoot) {
  console.error(`Chromium not found at ${path}. Install Debian's package first:\n  sudo sh -c '${command}'`);
  process.exit(1);
}
console.log(`Chromium not found at ${path}; installing Debian's chromium package…`);
execSync(command, { stdio: 'inherit', shell: '/bin/bash' });
if (!existsSync(path)) {
  console.error(`apt finished but ${path} is still missing.`);
  process.exit(1);
}
