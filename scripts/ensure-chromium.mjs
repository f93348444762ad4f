// Makes sure Debian's Chromium and a CJK font are present for the browser tests. Never downloads a browser build of
// its own: installs the `chromium` and `fonts-noto-cjk` packages with apt when running as root (as CI does),
// otherwise says what to run. Without a CJK font, Chinese text draws as empty boxes ("tofu") in the tests and in the
// README's screenshots; test/e2e/chinese.spec.ts fails then.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Whether fontconfig knows a font that covers Simplified Chinese (any of them will do, not only Noto). */
function hasCjkFont() {
  try {
    return execSync('fc-list :lang=zh-cn family', { encoding: 'utf8' }).trim() !== '';
  } catch {
    // No fc-list: ask dpkg about the package instead.
    try {
      return execSync("dpkg-query -W -f='${Status}' fonts-noto-cjk", { encoding: 'utf8' }).includes(
        'installed',
      );
    } catch {
      return false;
    }
  }
}

const missing = [...(existsSync(path) ? [] : ['chromium']), ...(hasCjkFont() ? [] : ['fonts-noto-cjk'])];
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const command = `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${missing.join(' ')}`;
if (!isRoot) {
  console.error(
    `Missing for the browser tests: ${missing.join(', ')}. Install Debian's packages first:\n  sudo sh -c '${command}'`,
  );
  process.exit(1);
}
console.log(`Missing for the browser tests: ${missing.join(', ')}; installing Debian's packages…`);
execSync(command, { stdio: 'inherit', shell: '/bin/bash' });
if (!existsSync(path) || !hasCjkFont()) {
  console.error(
    `apt finished but ${existsSync(path) ? 'no CJK font is known to fontconfig' : `${path} is still missing`}.`,
  );
  process.exit(1);
}
