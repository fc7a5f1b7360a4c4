// Where the time goes: a CPU profile (DevTools protocol) of a few interactions, self time aggregated
// by original function and source file through the build's source maps.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

interface Segment {
  col: number;
  source: number;
  line: number;
  name: number | null;
}
interface SourceMap {
  sources: string[];
  names: string[];
  lines: Segment[][];
}

/** Decodes the `mappings` VLQ string of a source map (v3) into segments per generated line. */
export function decodeMappings(mappings: string): Segment[][] {
  const lines: Segment[][] = [];
  let source = 0;
  let line = 0;
  let name = 0;
  for (const lineText of mappings.split(';')) {
    let col = 0;
    const segments: Segment[] = [];
    for (const segment of lineText.split(',')) {
      if (!segment) continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      col += values[0]!;
      if (values.length >= 4) {
        source += values[1]!;
        line += values[2]!;
        if (values.length >= 5) name += values[4]!;
        segments.push({ col, source, line, name: values.length >= 5 ? name : null });
      }
    }
    lines.push(segments);
  }
  return lines;
}

function loadMap(outDir: string, url: string, cache: Map<string, SourceMap | null>): SourceMap | null {
  const path = new URL(url).pathname.slice(1);
  if (!cache.has(path)) {
    const file = join(outDir, `${path}.map`);
    if (!existsSync(file)) cache.set(path, null);
    else {
      const raw = JSON.parse(readFileSync(file, 'utf8')) as { sources: string[]; names: string[]; mappings: string };
      cache.set(path, { sources: raw.sources, names: raw.names, lines: decodeMappings(raw.mappings) });
    }
  }
  return cache.get(path) ?? null;
}

function originalPosition(map: SourceMap, line: number, col: number) {
  const segments = map.lines[line] ?? [];
  let found: Segment | undefined;
  for (const s of segments) {
    if (s.col > col) break;
    found = s;
  }
  if (!found) return null;
  const source = map.sources[found.source] ?? '?';
  // Trim the path to what identifies it: node_modules/<pkg>/… or src/…
  const short = source.replace(/^.*?node_modules\//, '').replace(/^(\.\.\/)+/, '');
  return { source: short, line: found.line + 1 };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

export interface HotSpot {
  where: string;
  selfMs: number;
  share: number;
}

/** Profiles `work` and returns the functions with the most self time. */
export async function profile(
  page: Page,
  outDir: string,
  work: () => Promise<void>,
  options: { top?: number; byFile?: boolean } = {},
) {
  const top = options.top ?? 12;
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  await work();
  const { profile: result } = await session.send('Profiler.stop');
  await session.detach();

  const nodes = new Map<number, ProfileNode>(result.nodes.map((n) => [n.id, n as ProfileNode]));
  const selfUs = new Map<number, number>();
  const samples = result.samples ?? [];
  const deltas = result.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i]!;
    selfUs.set(id, (selfUs.get(id) ?? 0) + (deltas[i + 1] ?? 0));
  }
  const maps = new Map<string, SourceMap | null>();
  const byPlace = new Map<string, number>();
  let busy = 0;
  for (const [id, us] of selfUs) {
    const frame = nodes.get(id)!.callFrame;
    if (frame.functionName === '(idle)' || frame.functionName === '(program)') continue;
    busy += us;
    let where = frame.functionName || '(anonymous)';
    if (frame.url.startsWith('http') && options.byFile) {
      where = new URL(frame.url).pathname;
    } else if (frame.url.startsWith('http')) {
      const map = loadMap(outDir, frame.url, maps);
      const pos = map ? originalPosition(map, frame.lineNumber, frame.columnNumber) : null;
      where = pos ? `${pos.source}:${pos.line}` : `${new URL(frame.url).pathname}:${frame.lineNumber + 1}`;
    } else if (frame.url) where = `${where} (${frame.url})`;
    byPlace.set(where, (byPlace.get(where) ?? 0) + us);
  }
  const hotSpots: HotSpot[] = [...byPlace]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([where, us]) => ({ where, selfMs: Math.round(us / 100) / 10, share: Math.round((us / busy) * 1000) / 10 }));
  return { busyMs: Math.round(busy / 1000), hotSpots };
}
