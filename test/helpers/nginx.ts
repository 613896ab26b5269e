import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './bundle.js';

export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p)) ?? null;

/**
 * Whether the multi-process suite can run: nginx from Debian's packages. Under CI (which installs
 * it) a missing nginx fails the run rather than skipping the suite.
 */
export function nginxAvailable(): boolean {
  if (NGINX) return true;
  if (process.env.CI === 'true') throw new Error('nginx is required under CI (apt-get install nginx-light)');
  console.warn('nginx not installed: skipping the multi-process suite (apt-get install nginx-light)');
  return false;
}

export interface Proxy {
  url: string;
  stop(): Promise<void>;
}

/**
 * nginx on a loopback port, round-robin over `upstreams` (host:port), as a load balancer in front
 * of API processes: no buffering of uploads, event streams passed through, and each answer tagged
 * with the upstream that served it (`X-Upstream`) so tests can see the rotation.
 */
export async function startProxy(port: number, upstreams: string[]): Promise<Proxy> {
  const dir = tempDir('rh-nginx-');
  for (const sub of ['logs', 'tmp']) mkdirSync(join(dir, sub));
  // nginx's workers drop to an unprivileged user when started as root: they must write here.
  chmodSync(join(dir, 'tmp'), 0o777);
  const conf = join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/tmp/body;
  proxy_temp_path ${dir}/tmp/proxy;
  fastcgi_temp_path ${dir}/tmp/fastcgi;
  uwsgi_temp_path ${dir}/tmp/uwsgi;
  scgi_temp_path ${dir}/tmp/scgi;
  upstream rosterhub {
${upstreams.map((u) => `    server ${u} max_fails=0;`).join('\n')}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 200m;
    location / {
      proxy_pass http://rosterhub;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_request_buffering off;
      proxy_buffering off;
      proxy_next_upstream off;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`,
  );
  const check = spawnSync(NGINX!, ['-t', '-p', dir, '-c', conf], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx configuration refused: ${check.stderr}`);
  const child = spawn(NGINX!, ['-p', dir, '-c', conf, '-g', 'daemon off;'], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    const up = await fetch(`${url}/health/live`).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (i > 100 || child.exitCode !== null) throw new Error('nginx did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGQUIT');
      await exited;
    },
  };
}
