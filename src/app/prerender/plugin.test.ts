// @vitest-environment node
// The build is where the data is checked: `vite build` with an invalid report stops before writing
// anything, naming the file and the field; and each page goes to the file nginx looks for.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { pageFile, startChunks, withModulePreloads } from './plugin';

const ROOT = resolve(import.meta.dirname, '../../..');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the build', () => {
  it('fails on a report that does not pass the schema, and writes nothing', async () => {
    const reports = mkdtempSync(join(tmpdir(), 'reports-'));
    const out = mkdtempSync(join(tmpdir(), 'out-'));
    dirs.push(reports, out);
    copyFileSync(join(ROOT, 'data/reports/index.json'), join(reports, 'index.json'));
    const report = JSON.parse(readFileSync(join(ROOT, 'data/reports/2026-q1.json'), 'utf8')) as {
      events: { participants: unknown }[];
    };
    report.events[0]!.participants = 'много';
    writeFileSync(join(reports, '2026-q1.json'), JSON.stringify(report));

    const saved = process.env.REPORTS_DIR;
    process.env.REPORTS_DIR = reports;
    try {
      await expect(
        build({
          configFile: join(ROOT, 'vite.config.ts'),
          root: ROOT,
          logLevel: 'silent',
          build: { outDir: join(out, 'dist'), emptyOutDir: true },
        }),
      ).rejects.toThrow(/2026-q1\.json.*events\.0\.participants/s);
    } finally {
      if (saved === undefined) delete process.env.REPORTS_DIR;
      else process.env.REPORTS_DIR = saved;
    }
    expect(existsSync(join(out, 'dist/index.html'))).toBe(false);
  });
});

describe('pageFile', () => {
  it('names the file nginx tries for each address (try_files $uri.html), and 404.html', () => {
    expect(pageFile('/', false)).toBe('index.html');
    expect(pageFile('/events', false)).toBe('events.html');
    expect(pageFile('/events/2026-q1-7', false)).toBe('events/2026-q1-7.html');
    expect(pageFile('/countries/BY', false)).toBe('countries/BY.html');
    expect(pageFile('/404', true)).toBe('404.html');
  });
});

describe('preloading the start of the app', () => {
  const chunk = (fileName: string, facadeModuleId: string | null, imports: string[] = []) => ({
    type: 'chunk' as const,
    fileName,
    facadeModuleId,
    imports,
  });
  const bundle = {
    a: chunk('assets/index.js', '/app/src/app/main.tsx'),
    b: chunk('assets/start.js', '/app/src/app/start.tsx', ['assets/react.js', 'assets/router.js']),
    c: chunk('assets/router.js', null, ['assets/react.js']),
    d: chunk('assets/react.js', null),
    e: chunk('assets/CountryMap.js', '/app/src/features/overview/components/CountryMap.tsx', ['assets/react.js']),
    f: { type: 'asset' as const, fileName: 'assets/index.css' },
  } as unknown as Parameters<typeof startChunks>[0];

  it('the start chunk and what it imports, each once; not the lazy chunks', () => {
    expect(startChunks(bundle, '/').sort()).toEqual(['/assets/react.js', '/assets/router.js', '/assets/start.js']);
    expect(startChunks(bundle, '/dashboard/')).toContain('/dashboard/assets/start.js');
  });
  it('links them in <head>, skipping one the shell references already', () => {
    const shell = '<head><script type="module" src="/assets/react.js"></script></head>';
    const html = withModulePreloads(shell, ['/assets/start.js', '/assets/react.js']);
    expect(html.match(/rel="modulepreload"/g)).toHaveLength(1);
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/start.js">');
  });
});
