// Build step (Node): validates the published reports before anything is built, then — once the client
// bundle is written — renders every page of the default view to static HTML with the app's own
// components (render.tsx, built for Node here) and writes it beside the bundle: `/` → index.html,
// `/events` → events.html, `/events/2026-q1-7` → events/2026-q1-7.html, the not-found page → 404.html.
// The nginx config (src/config/nginx-config.ts) serves those files, 404.html with status 404.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { readPublishedReports, type PublishedReports } from './published-reports.ts';
import type { PrerenderData } from '../router';
import { worldShapes } from '../world-shapes-plugin.ts';

/**
 * Reports larger than this are not inlined into pages (the benchmark's 100 000 events would be 70 MB
 * of HTML per page): such a build ships the app shell, and the browser renders from the fetched file.
 */
export const PRERENDER_MAX_BYTES = 2_000_000;

type RenderModule = typeof import('./render');

const APP_ROOT = resolve(import.meta.dirname, '../../..');

export interface Stylesheet {
  /** The URL the shell links it by (base + hashed file name). */
  href: string;
  css: string;
}

/**
 * The shell with every stylesheet inline, in one <style> last in <head>, and their <link>s gone. A
 * linked stylesheet blocks the first paint for one more request (a round trip on a phone network);
 * inline, the browser can draw the prerendered page as soon as the HTML is parsed. The CSP allows
 * inline styles (style-src 'unsafe-inline', needed for the markup's style attributes anyway).
 */
export function withInlineStylesheets(shell: string, sheets: readonly Stylesheet[]): string {
  if (!shell.includes('</head>')) throw new Error('index.html: no </head>');
  for (const { href, css } of sheets) {
    // Only a stylesheet could end the element early; a minified one never contains this.
    if (/<\/style/i.test(css)) throw new Error(`${href}: contains "</style"`);
  }
  const linked = (tag: string) => sheets.some(({ href }) => tag.includes(`href="${href}"`));
  const html = shell.replace(/\s*<link rel="stylesheet"[^>]*>/g, (tag) => (linked(tag) ? '' : tag));
  const style = `  <style>${sheets.map((s) => s.css).join('\n')}</style>\n  `;
  return html.replace('</head>', () => `${style}</head>`);
}

/** The file a page's path is written to, relative to the build folder. */
export function pageFile(path: string, notFound: boolean): string {
  if (notFound) return '404.html';
  if (path === '/') return 'index.html';
  return `${path.replace(/^\//, '')}.html`;
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
      async handler(_options, bundle) {
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
          // Every stylesheet the build wrote (one, as cssCodeSplit is off; lazy chunks could add more): a
          // page drawn before any script runs needs them all at once, or it reflows when they arrive.
          const stylesheets = Object.values(bundle)
            .filter((file) => file.type === 'asset' && file.fileName.endsWith('.css'))
            .sort((a, b) => a.fileName.localeCompare(b.fileName))
            .map((file) => ({
              href: `${config.base}${file.fileName}`,
              css: readFileSync(join(outDir, file.fileName), 'utf8'),
            }));
          const shell = withInlineStylesheets(readFileSync(join(outDir, 'index.html'), 'utf8'), stylesheets);
          const data: PrerenderData = { index: published.index, report };
          for (const { path, notFound } of render.pagePaths(data)) {
            const page = await render.renderPage(path, data, notFound);
            const file = join(outDir, pageFile(path, notFound));
            mkdirSync(dirname(file), { recursive: true });
            writeFileSync(file, render.pageDocument(shell, page));
          }
        } finally {
          rmSync(serverDir, { recursive: true, force: true });
        }
      },
    },
  };
}
