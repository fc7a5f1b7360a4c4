/// <reference types="vitest/config" />
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { prerenderPages } from './src/app/prerender/plugin.ts';
import { worldShapes } from './src/app/world-shapes-plugin.ts';
import { CONTENT_SECURITY_POLICY, MIME_TYPES, SECURITY_HEADERS } from './src/config/http-headers.ts';
import { nginxConfig, normalizeBase } from './src/config/nginx-config.ts';

// REPORTS_DIR lets the benchmark publish synthetic reports instead of data/reports (bench/run.mjs).
const REPORTS_DIR = resolve(import.meta.dirname, process.env.REPORTS_DIR ?? 'data/reports');
const PRELOAD_MAX_BYTES = 1_000_000;

/**
 * Publishes data/reports/*.json as static files at /api/reports/ in the build, so production answers
 * the same API contract that MSW serves in dev and tests.
 */
function publishReports(): Plugin {
  let base = '/';
  return {
    name: 'publish-reports',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    // The first screen needs the index and then the newest report; without a hint the browser asks for
    // them only after the JS has run (~0.4 s in `npm run bench`). Preloading starts both with the HTML.
    // The report is preloaded only while small: a large one would be fetched even when `?report=` asks
    // for another.
    transformIndexHtml(html, context) {
      if (context.filename !== resolve(import.meta.dirname, 'index.html')) return html;
      // Not in the mock-API build: a preload starts before MSW's service worker controls the page, so
      // the app would get the real file and `?mock=…` failure injection would silently not happen.
      if (process.env.VITE_MOCK_API === 'true') return html;
      const urls = [`${base}api/reports/index.json`];
      const index = JSON.parse(readFileSync(join(REPORTS_DIR, 'index.json'), 'utf8')) as {
        reports: { id: string; period: { start: string } }[];
      };
      const newest = [...index.reports].sort((a, b) => b.period.start.localeCompare(a.period.start))[0];
      const newestFile = newest && join(REPORTS_DIR, `${newest.id}.json`);
      if (newestFile && statSync(newestFile).size <= PRELOAD_MAX_BYTES)
        urls.push(`${base}api/reports/${newest.id}.json`);
      return {
        html,
        tags: urls.map((href) => ({
          tag: 'link',
          attrs: { rel: 'preload', href, as: 'fetch', crossorigin: 'anonymous' },
          injectTo: 'head' as const,
        })),
      };
    },
    generateBundle() {
      for (const name of readdirSync(REPORTS_DIR)
        .filter((f) => f.endsWith('.json'))
        .sort()) {
        this.emitFile({
          type: 'asset',
          fileName: `api/reports/${name}`,
          source: readFileSync(join(REPORTS_DIR, name)),
        });
      }
    },
  };
}

/** The CSP meta tag (src/config/http-headers.ts), in the build only: the dev server injects inline scripts. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    // Right after <meta charset>: a policy only governs what comes after it in the document.
    transformIndexHtml(html) {
      const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
      const withPolicy = html.replace(/(<meta charset="[^"]*"\s*\/?>)/i, `$1\n    ${meta}`);
      if (withPolicy === html) throw new Error('index.html: <meta charset> not found; cannot place the CSP meta tag');
      return withPolicy;
    },
  };
}

/**
 * Writes the nginx part of a deployment beside the site, not into it (dist/ → dist-server/nginx.conf),
 * from the same headers as the meta tag; fails the build on a file whose media type it would not know.
 */
function deploymentConfig(): Plugin {
  let outDir = '';
  let base = '/';
  let written = false;
  return {
    name: 'deployment-config',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      base = config.base;
    },
    writeBundle() {
      written = true;
    },
    // After every writeBundle hook, the prerendered pages included; not after a failed build (which
    // also closes the bundle), whose error must be the one reported.
    closeBundle() {
      if (!written) return;
      const files = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
      const unknown = files.map((f) => f.name).filter((name) => !Object.hasOwn(MIME_TYPES, extname(name).slice(1)));
      if (unknown.length > 0)
        throw new Error(`No media type in src/config/http-headers.ts (MIME_TYPES) for: ${unknown.join(', ')}`);
      const serverDir = `${outDir}-server`;
      mkdirSync(serverDir, { recursive: true });
      writeFileSync(
        join(serverDir, 'nginx.conf'),
        nginxConfig(base, { prerendered: existsSync(join(outDir, '404.html')) }),
      );
    },
  };
}

export default defineConfig({
  // BASE_PATH=/dashboard/ npm run build: the app, its API and the nginx config live under that sub-path.
  base: normalizeBase(process.env.BASE_PATH ?? '/'),
  plugins: [
    react(),
    worldShapes(),
    publishReports(),
    contentSecurityPolicy(),
    prerenderPages({ reportsDir: REPORTS_DIR }),
    deploymentConfig(),
  ],
  build: {
    target: 'es2022',
    // One stylesheet for every screen (~7 KB gzip), cached once: a prerendered page carries the rules
    // it uses inline and links this one at its end (src/app/prerender/critical-css.ts).
    cssCodeSplit: false,
    sourcemap: false,
  },
  preview: { port: 4173, strictPort: true, headers: { ...SECURITY_HEADERS } },
  server: { port: 5173 },
  test: {
    // The closing "N passed, N failed" line over all projects (CI reads it).
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          setupFiles: ['./test/setup/vitest.setup.ts'],
          include: ['src/**/*.test.{ts,tsx}', 'bench/**/*.test.ts', 'test/lint/*.test.ts'],
          restoreMocks: true,
          testTimeout: 15_000,
        },
      },
      {
        // Browser journeys: playwright-core drives Debian Chromium against builds that the global setup
        // makes and serves on free ports (test/e2e/support/global-setup.ts).
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          globalSetup: ['./test/e2e/support/global-setup.ts'],
          setupFiles: ['./test/e2e/support/hydration-guard.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser per file; two files at a time matches the 2-core machines.
          maxWorkers: 2,
          // After the unit tests, not beside them: timing-sensitive journeys get both cores.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
