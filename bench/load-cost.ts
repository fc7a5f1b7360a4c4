// Step 1: what a first visit to `/` downloads. The static answer comes from the Vite manifest (entry
// chunk + everything it imports statically); the observed answer from the browser's requests while
// `/` loads until the network is idle (this catches lazy chunks the first screen pulls in at once).
// Sizes are gzip of the built files, as `vite preview` and any static host send them.
import { newBenchContext } from './browser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export function readManifest(outDir: string): Manifest {
  return JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
}

export function gzipSize(outDir: string, file: string): number {
  return gzipSync(readFileSync(join(outDir, file))).length;
}

/** Files a chunk needs before it runs: itself and its static imports, transitively. */
function closure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) closure(manifest, dep, seen);
  return seen;
}

function filesOf(manifest: Manifest, keys: Iterable<string>) {
  const js = new Set<string>();
  const css = new Set<string>();
  for (const key of keys) {
    const chunk = manifest[key]!;
    js.add(chunk.file);
    for (const c of chunk.css ?? []) css.add(c);
  }
  return { js, css };
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

export interface EntryCost {
  jsGzipKb: number;
  cssGzipKb: number;
  files: { file: string; gzipKb: number }[];
}

/** Initial cost of one HTML entry of a build, from its manifest. */
export function entryCost(outDir: string, manifest: Manifest, entryKey: string): EntryCost {
  const keys = closure(manifest, entryKey);
  const { js, css } = filesOf(manifest, keys);
  // A build with one stylesheet for every screen (cssCodeSplit: false) lists it as an entry of its
  // own, not under a chunk: the HTML links it, so it is initial.
  for (const entry of Object.values(manifest)) if (entry.file.endsWith('.css')) css.add(entry.file);
  const files = [...js, ...css].map((file) => ({ file, gzipKb: kb(gzipSize(outDir, file)) }));
  const sum = (set: Set<string>) => kb([...set].reduce((n, f) => n + gzipSize(outDir, f), 0));
  return { jsGzipKb: sum(js), cssGzipKb: sum(css), files: files.sort((a, b) => b.gzipKb - a.gzipKb) };
}

/** Each lazy chunk (route, or lazy component) with what it adds on top of the initial load. */
export function lazyChunkCosts(outDir: string, manifest: Manifest, entryKey: string) {
  const initial = closure(manifest, entryKey);
  const lazy = Object.entries(manifest).filter(([, c]) => c.isDynamicEntry);
  return lazy
    .map(([key, chunk]) => {
      const extra = [...closure(manifest, key)].filter((k) => !initial.has(k));
      const { js, css } = filesOf(manifest, extra);
      return {
        chunk: chunk.src ?? key,
        jsGzipKb: kb([...js].reduce((n, f) => n + gzipSize(outDir, f), 0)),
        cssGzipKb: kb([...css].reduce((n, f) => n + gzipSize(outDir, f), 0)),
        files: [...js, ...css],
      };
    })
    .sort((a, b) => b.jsGzipKb - a.jsGzipKb);
}

/** JS and CSS the browser actually fetched for `url` until the network went idle. */
export async function observedCost(browser: Browser, url: string, outDir: string) {
  const context = await newBenchContext(browser);
  const page = await context.newPage();
  const fetched: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname.slice(1);
    if (/\.(js|css)$/.test(path) && !fetched.includes(path)) fetched.push(path);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  await context.close();
  const size = (ext: string) => kb(fetched.filter((f) => f.endsWith(ext)).reduce((n, f) => n + gzipSize(outDir, f), 0));
  return { jsGzipKb: size('.js'), cssGzipKb: size('.css'), files: fetched };
}
