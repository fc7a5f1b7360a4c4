// @vitest-environment node
// The build is where the data is checked: `vite build` with an invalid report stops before writing
// anything, naming the file and the field; and each page goes to the file nginx looks for.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { pageFile, withInlineStylesheets } from './plugin';

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

describe('withInlineStylesheets', () => {
  const shell = [
    '<head>',
    '  <script type="module" crossorigin src="/assets/index-a1.js"></script>',
    '  <link rel="stylesheet" crossorigin href="/assets/style-b2.css">',
    '  <link rel="stylesheet" href="/other.css">',
    '</head><body></body>',
  ].join('\n');

  it('puts the built stylesheet in the page and drops its link; other links and the script stay', () => {
    const html = withInlineStylesheets(shell, [{ href: '/assets/style-b2.css', css: '.a{color:red}' }]);
    expect(html).not.toContain('style-b2.css');
    expect(html).toContain('<link rel="stylesheet" href="/other.css">');
    expect(html).toContain('src="/assets/index-a1.js"');
    expect(html).toMatch(/<style>\.a\{color:red\}<\/style>\s*<\/head>/);
  });

  it('refuses a stylesheet that would close the element early', () => {
    expect(() =>
      withInlineStylesheets(shell, [{ href: '/assets/style-b2.css', css: '.a{content:"</style><script>"}' }]),
    ).toThrow(/style-b2\.css/);
  });
});
