// Build step (Node): validates the published reports before anything is built, then — once the client
// bundle is written — renders every page of the default view to static HTML with the app's own
// components (render.tsx, built for Node here) and writes it beside the bundle: `/` → index.html,
// `/events` → events.html, `/events/2026-q1-7` → events/2026-q1-7.html, the not-found page → 404.html.
// The nginx config (src/config/nginx-config.ts) serves those files, 404.html with status 404.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { criticalCss } from './critical-css.ts';
import { readPublishedReports, type PublishedReports } from './published-reports.ts';
import type { Report } from '../../domain/report-schema.ts';
import type { PrerenderData } from '../router';
import { worldShapes } from '../world-shapes-plugin.ts';

/**
 * Reports larger than this are not prerendered (the benchmark's 100 000 events would be as many
 * pages, and tens of MB of markup on /events): such a build ships the app shell, and the browser
 * renders from the fetched file.
 */
export const PRERENDER_MAX_BYTES = 2_000_000;

type RenderModule = typeof import('./render');

const APP_ROOT = resolve(import.meta.dirname, '../../..');

/** The file a page's path is written to, relative to the build folder. */
export function pageFile(path: string, notFound: boolean): string {
  if (notFound) return '404.html';
  if (path === '/') return 'index.html';
  return `${path.replace(/^\//, '')}.html`;
}

/**
 * Writes the report the pages were rendered from, as the schema's output (what the build checked), to
 * a hashed asset every page preloads (src/api/page-data.ts); returns its path in the build folder.
 */
export function writeReportDataFile(outDir: string, assetsDir: string, report: Report): string {
  const json = JSON.stringify(report);
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 10);
  const fileName = `${assetsDir}/report-${report.id}-${hash}.json`;
  mkdirSync(join(outDir, assetsDir), { recursive: true });
  writeFileSync(join(outDir, fileName), json);
  return fileName;
}

function newestReport(published: PublishedReports) {
  const newest = [...published.index.reports].sort((a, b) => b.period.start.localeCompare(a.period.start))[0];
  return newest ? (published.reports.get(newest.id) ?? null) : null;
}

export function prerenderPages({ reportsDir }: { reportsDir: string }): Plugin {
  let config: ResolvedConfig;
  let published: PublishedReports;
  return {
    name: 'prerender-pages',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      // Throws the first invalid report or a stale index (in Russian): the build stops here.
      published = readPublishedReports(reportsDir);
    },
    writeBundle: {
      sequential: true,
      order: 'post',
      async handler() {
        // The mock-API build renders in the browser, so MSW sees (and can fail) every request it makes.
        if (config.env.VITE_MOCK_API === 'true') return;
        // Only the app's own pages (the benchmark builds other pages with this config).
        if (config.root !== APP_ROOT) return;
        const report = newestReport(published);
        if (report && statSync(join(reportsDir, `${report.id}.json`)).size > PRERENDER_MAX_BYTES) {
          config.logger.warn(
            `prerender: ${report.id} is larger than ${PRERENDER_MAX_BYTES} bytes; the pages stay client-rendered`,
          );
          return;
        }
        const outDir = resolve(config.root, config.build.outDir);
        mkdirSync(config.cacheDir, { recursive: true });
        const serverDir = mkdtempSync(join(config.cacheDir, 'prerender-'));
        try {
          await build({
            configFile: false,
            root: config.root,
            base: config.base,
            mode: config.mode,
            logLevel: 'warn',
            plugins: [react(), worldShapes()],
            // One self-contained file: nothing to resolve from wherever it is written.
            ssr: { noExternal: true },
            build: {
              ssr: resolve(import.meta.dirname, 'render.tsx'),
              outDir: serverDir,
              emptyOutDir: true,
              minify: false,
              rollupOptions: { output: { entryFileNames: 'render.mjs' } },
            },
          });
          const render = (await import(pathToFileURL(join(serverDir, 'render.mjs')).href)) as RenderModule;
          const shell = readFileSync(join(outDir, 'index.html'), 'utf8');
          const withCriticalCss = criticalCss(outDir, config.base);
          const data: PrerenderData = { index: published.index, report };
          const reportUrl = report
            ? `${config.base}${writeReportDataFile(outDir, config.build.assetsDir, report)}`
            : null;
          for (const { path, notFound } of render.pagePaths(data)) {
            const page = await render.renderPage(path, data, notFound);
            const file = join(outDir, pageFile(path, notFound));
            mkdirSync(dirname(file), { recursive: true });
            const html = render.pageDocument(shell, { ...page, data: { ...page.data, reportUrl } });
            writeFileSync(file, await withCriticalCss(html));
          }
        } finally {
          rmSync(serverDir, { recursive: true, force: true });
        }
      },
    },
  };
}
