// Vitest globalSetup of the e2e project: builds the app with Vite's JS API (production, and with the
// mock API for failure injection) into a fresh temporary folder, serves each build with `vite preview`
// on a free port, and hands the URLs to the tests (`inject('baseUrl')`). Nothing binds a fixed port and
// no two runs share a build folder, so several runs can go at once on one machine.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { requireChromium } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Production build, `vite preview`, e.g. http://127.0.0.1:41234 (no trailing slash). */
    baseUrl: string;
    /** Mock-API build (VITE_MOCK_API=true), `vite preview`. */
    mockBaseUrl: string;
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

export default async function setup(project: TestProject) {
  requireChromium();
  const tmp = mkdtempSync(join(tmpdir(), 'smolensk-e2e-'));
  const servers: PreviewServer[] = [];
  const teardown = async () => {
    await Promise.allSettled(servers.map((server) => server.close()));
    rmSync(tmp, { recursive: true, force: true });
  };
  try {
    const appDir = join(tmp, 'app');
    const mockDir = join(tmp, 'mock');
    // One after the other: both read process.env, and the 2-core machine gains nothing from overlap.
    await buildApp(appDir);
    await buildApp(mockDir, { VITE_MOCK_API: 'true' });
    const app = await serve(appDir);
    servers.push(app.server);
    const mock = await serve(mockDir);
    servers.push(mock.server);
    project.provide('baseUrl', app.url);
    project.provide('mockBaseUrl', mock.url);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
