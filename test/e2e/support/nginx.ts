// Debian's nginx for the deployment journeys, run by the e2e global setup: one master process on
// 127.0.0.1, free ports, its own prefix, pid file and error log in a temporary folder, in the
// foreground (daemon off) so teardown — or the end of the test run — stops it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { missingPackage } from './debian-packages';

export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export function requireNginx(): void {
  if (!existsSync(NGINX_PATH))
    throw missingPackage(
      `nginx (${NGINX_PATH})`,
      'nginx',
      { ru: 'на нём e2e проверяют развёртывание', en: 'the deployment e2e tests serve the build with it' },
      'NGINX_PATH',
    );
}

/** One `server { }`: the site's own part (listen, root) around the generated include, used as built. */
export interface NginxSite {
  /** The folder nginx serves as `root`. */
  root: string;
  /** The generated dist-server/nginx.conf of the build. */
  include: string;
  /** Directives of the site's own, e.g. a `location /` for the rest of a host that serves a sub-path. */
  extra?: string;
}

export interface RunningNginx {
  /** One URL per site, in order, without a trailing slash: http://127.0.0.1:<port>. */
  urls: string[];
  stop: () => Promise<void>;
}

/** A port the OS says is free now; nginx binds it a moment later (retried if someone took it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function mainConfig(prefix: string, sites: NginxSite[], ports: number[]): string {
  const servers = sites.map(
    (site, i) => `
    server {
        listen 127.0.0.1:${ports[i]};
        server_name localhost;
        root ${site.root};
        include ${site.include};
        ${site.extra ?? ''}
    }`,
  );
  return `# Written by test/e2e/support/nginx.ts for one e2e run.
daemon off;
worker_processes 1;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'error.log')} warn;
events { worker_connections 256; }
http {
    access_log ${join(prefix, 'access.log')};
    client_body_temp_path ${join(prefix, 'client_body')};
    proxy_temp_path ${join(prefix, 'proxy')};
    fastcgi_temp_path ${join(prefix, 'fastcgi')};
    uwsgi_temp_path ${join(prefix, 'uwsgi')};
    scgi_temp_path ${join(prefix, 'scgi')};
${servers.join('\n')}
}
`;
}

/** Resolves once the master has bound its ports (it writes the pid file after that), rejects if it exits. */
function started(child: ChildProcess, pidFile: string, log: () => string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (!existsSync(pidFile)) return;
      clearInterval(timer);
      child.off('exit', onExit);
      resolve();
    }, 25);
    const onExit = (code: number | null) => {
      clearInterval(timer);
      reject(new Error(`nginx exited (code ${code}) before it was ready:\n${log()}`));
    };
    child.once('exit', onExit);
  });
}

export async function startNginx(prefix: string, sites: NginxSite[]): Promise<RunningNginx> {
  requireNginx();
  mkdirSync(prefix, { recursive: true });
  const confFile = join(prefix, 'nginx.conf');
  const errorLog = join(prefix, 'error.log');
  const pidFile = join(prefix, 'nginx.pid');
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const ports = await Promise.all(sites.map(() => freePort()));
    writeFileSync(confFile, mainConfig(prefix, sites, ports));
    writeFileSync(errorLog, '');
    let stderr = '';
    // -e: the error log before the config is read (Debian's default would need /var/log/nginx).
    const child = spawn(NGINX_PATH, ['-p', prefix, '-e', errorLog, '-c', confFile], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const log = () => `${stderr}${existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''}`;
    try {
      await started(child, pidFile, log);
    } catch (error) {
      lastError = error;
      if (/Address already in use/.test(log())) continue;
      throw error;
    }
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    return {
      urls: ports.map((port) => `http://127.0.0.1:${port}`),
      stop: async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGTERM'); // nginx's fast shutdown
        const killLater = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(killLater);
      },
    };
  }
  throw lastError;
}
