// Runs deploy/nginx.conf as it is, in the foreground, for test/deploy/nginx.spec.ts: only the three lines the recipe
// marks CHANGE are replaced (port, build directory, management node). Installs Debian's nginx when it is missing
// and this runs as root (as CI does), like ensure-chromium.mjs; otherwise says what to run.
import { execSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const nginx = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const port = process.env.NGINX_PORT;
const upstream = process.env.UPSTREAM_PORT;
if (!port || !upstream) throw new Error('NGINX_PORT and UPSTREAM_PORT are required');

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!existsSync(nginx)) {
  const command = 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y nginx-light';
  if (!isRoot) {
    console.error(`nginx not found at ${nginx}. Install Debian's package first:\n  sudo sh -c '${command}'`);
    process.exit(1);
  }
  console.log(`nginx not found at ${nginx}; installing Debian's nginx-light package…`);
  execSync(command, { stdio: 'inherit', shell: '/bin/bash' });
}

/** Replaces one line of the recipe, failing when it is gone, so the recipe and this test cannot drift apart. */
function change(text, pattern, replacement) {
  if (!pattern.test(text)) throw new Error(`deploy/nginx.conf no longer has ${pattern}`);
  return text.replace(pattern, replacement);
}

const dir = mkdtempSync(join(tmpdir(), 'nginx-e2e-'));
chmodSync(dir, 0o755);
for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, sub));
let site = readFileSync(join(root, 'deploy/nginx.conf'), 'utf8');
site = change(site, /^ {4}listen 80;.*$/mu, `    listen 127.0.0.1:${port};`);
site = change(site, /^ {4}root \/srv\/zstack-recycle-bin\/dist;.*$/mu, `    root ${join(root, 'dist')};`);
site = change(site, /^ {4}server 127\.0\.0\.1:8080;.*$/mu, `    server 127.0.0.1:${upstream};`);
// Logs go to the test's own directory (/var/log/nginx may not be writable).
site = site.replaceAll('/var/log/nginx/', `${dir}/`);
writeFileSync(join(dir, 'site.conf'), site);
// Debian's /etc/nginx/nginx.conf in short: this file goes where sites-enabled/ is included.
writeFileSync(
  join(dir, 'nginx.conf'),
  `${isRoot ? 'user root;\n' : ''}worker_processes 1;
pid ${join(dir, 'nginx.pid')};
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${join(dir, 'body')};
  proxy_temp_path ${join(dir, 'proxy')};
  fastcgi_temp_path ${join(dir, 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'uwsgi')};
  scgi_temp_path ${join(dir, 'scgi')};
  include ${join(dir, 'site.conf')};
}
`,
);
execSync(`${nginx} -t -q -p ${dir} -e stderr -c ${join(dir, 'nginx.conf')}`, { stdio: 'inherit' });
const child = spawn(nginx, ['-p', dir, '-e', 'stderr', '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
  stdio: 'inherit',
});
const stop = () => child.kill('SIGQUIT');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code) => process.exit(code ?? 0));
