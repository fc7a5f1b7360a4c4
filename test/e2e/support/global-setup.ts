// Vitest globalSetup of the e2e project: builds the app with Vite's JS API (production; with the mock
// API for failure injection; under the sub-path /dashboard/) into a fresh temporary folder, serves the
// first two with `vite preview` and the production and sub-path builds with Debian's nginx and the
// generated config, and hands the URLs to the tests (`inject('baseUrl')`). Nothing binds a fixed port
// and no two runs share a build folder, so several runs can go at once on one machine.
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { requireChromium } from './chromium';
import { requirePoppler } from './debian-packages';
import { requireNginx, startNginx, type RunningNginx } from './nginx';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Production build, `vite preview`, e.g. http://127.0.0.1:41234 (no trailing slash). */
    baseUrl: string;
    /** Mock-API build (VITE_MOCK_API=true), `vite preview`. */
    mockBaseUrl: string;
    /** The production build served by nginx with its generated dist-server/nginx.conf. */
    nginxUrl: string;
    /** The same, from a copy of the build that lacks the newest report's file (index still lists it). */
    nginxMissingReportUrl: string;
    /** Origin whose nginx serves the BASE_PATH=/dashboard/ build at /dashboard/ (and nothing else). */
    nginxSubPathUrl: string;
    /** The sub-path of that build, '/dashboard/'. */
    subPath: string;
    /** The build's stylesheet relative to its base, 'assets/style-….css' (pages carry it inline). */
    stylesheet: string;
    /** Id of the report whose file nginxMissingReportUrl lacks. */
    missingReportId: string;
  }
}

const ROOT = resolve(import.meta.dirname, '../../..');
const CONFIG_FILE = join(ROOT, 'vite.config.ts');

/** Runs `task` with extra environment variables (vite.config.ts and import.meta.env read them). */
async function withEnv<T>(env: Record<string, string>, task: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    return await task();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** `vite build` of the app into outDir, with the given build-time environment. */
export async function buildApp(outDir: string, env: Record<string, string> = {}): Promise<void> {
  // Vitest sets NODE_ENV=test, with which Vite would build React's development bundle (StrictMode
  // then runs effects twice): build exactly what `npm run build` ships.
  await withEnv({ NODE_ENV: 'production', ...env }, () =>
    build({
      configFile: CONFIG_FILE,
      root: ROOT,
      logLevel: 'warn',
      // Chunk sizes are the benchmark's business (npm run bench); here the warning is only noise.
      build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: Number.POSITIVE_INFINITY },
    }),
  );
}

/** `vite preview` of outDir on a free port of 127.0.0.1; returns the server and its URL without the slash. */
async function serve(outDir: string): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    configFile: CONFIG_FILE,
    root: ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error(`vite preview of ${outDir} reported no URL`);
  return { server, url: url.replace(/\/$/, '') };
}

/** The sub-path the e2e deployment serves the app under, as BASE_PATH is set for `npm run build`. */
const SUB_PATH = '/dashboard/';

/** The build's nginx config, written beside its folder (dist → dist-server/nginx.conf). */
const nginxInclude = (outDir: string) => `${outDir}-server/nginx.conf`;

/** Newest report id from a build's index (the one the app opens first). */
function newestReportId(outDir: string): string {
  const index = JSON.parse(readFileSync(join(outDir, 'api/reports/index.json'), 'utf8')) as {
    reports: { id: string; period: { start: string } }[];
  };
  const newest = [...index.reports].sort((a, b) => b.period.start.localeCompare(a.period.start))[0];
  if (!newest) throw new Error('the build publishes no report');
  return newest.id;
}

function builtStylesheet(dir: string): string {
  const sheets = readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.css'));
  if (sheets.length !== 1) throw new Error(`expected one stylesheet in ${dir}/assets, found ${sheets.length}`);
  return `assets/${sheets[0]}`;
}

export default async function setup(project: TestProject) {
  requireChromium();
  requireNginx();
  requirePoppler();
  const tmp = mkdtempSync(join(tmpdir(), 'smolensk-e2e-'));
  // nginx's workers run as nobody when the tests run as root: they must be able to read the builds.
  chmodSync(tmp, 0o755);
  const servers: PreviewServer[] = [];
  let nginx: RunningNginx | undefined;
  const teardown = async () => {
    await Promise.allSettled([...servers.map((server) => server.close()), nginx?.stop()]);
    rmSync(tmp, { recursive: true, force: true });
  };
  try {
    const appDir = join(tmp, 'app');
    const mockDir = join(tmp, 'mock');
    const subPathDir = join(tmp, 'sub-path');
    // One after the other: they read process.env, and the 2-core machine gains nothing from overlap.
    await buildApp(appDir);
    await buildApp(mockDir, { VITE_MOCK_API: 'true' });
    await buildApp(subPathDir, { BASE_PATH: SUB_PATH });

    const app = await serve(appDir);
    servers.push(app.server);
    const mock = await serve(mockDir);
    servers.push(mock.server);

    // A deployment that forgot the newest report's file; and one that also has a prerendered page of
    // its own, which the config must serve for its address.
    const missingDir = join(tmp, 'app-missing-report');
    cpSync(appDir, missingDir, { recursive: true });
    const missingReportId = newestReportId(appDir);
    rmSync(join(missingDir, 'api/reports', `${missingReportId}.json`));
    // Its pages keep their markup but lose the data inlined in them, so the browser has to fetch it.
    for (const file of readdirSync(missingDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.html'),
    )) {
      const path = join(missingDir, file);
      writeFileSync(
        path,
        readFileSync(path, 'utf8').replace(/<script type="application\/json" id="page-data">.*?<\/script>/s, ''),
      );
    }
    writeFileSync(
      join(missingDir, 'prerendered.html'),
      '<!doctype html><title>prerendered</title><p>prerendered</p>\n',
    );
    // The host's own folder, with the sub-path build linked in where its base says.
    const subPathRoot = join(tmp, 'sub-path-root');
    mkdirSync(subPathRoot);
    symlinkSync(subPathDir, join(subPathRoot, SUB_PATH.replace(/^\/|\/$/g, '')));
    nginx = await startNginx(join(tmp, 'nginx'), [
      { root: appDir, include: nginxInclude(appDir) },
      { root: missingDir, include: nginxInclude(appDir) },
      // The rest of the host is not ours: only the sub-path answers.
      { root: subPathRoot, include: nginxInclude(subPathDir), extra: 'location / { return 404; }' },
    ]);
    const [nginxUrl, nginxMissingReportUrl, nginxSubPathUrl] = nginx.urls as [string, string, string];

    project.provide('baseUrl', app.url);
    project.provide('mockBaseUrl', mock.url);
    project.provide('nginxUrl', nginxUrl);
    project.provide('nginxMissingReportUrl', nginxMissingReportUrl);
    project.provide('nginxSubPathUrl', nginxSubPathUrl);
    project.provide('subPath', SUB_PATH);
    project.provide('missingReportId', missingReportId);
    project.provide('stylesheet', builtStylesheet(appDir));
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
