// @vitest-environment node
// A page keeps its markup as written; only its stylesheet link moves to the end of <body>, and the
// rules its elements use go inline in the link's place.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { criticalCss } from './critical-css';

const dir = mkdtempSync(join(tmpdir(), 'critical-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'assets'));
writeFileSync(
  join(dir, 'assets/style-a1.css'),
  [
    '.used{color:red}',
    '.unused{color:blue}',
    '.used:hover{color:green}',
    ':focus-visible{outline:3px solid}',
    '@media print{.used{color:#000}.gone{display:none}}',
    '@media print{:is(body:has(.brief) .used,body:has(.brief) .other){display:none}}',
  ].join(''),
);

const page = (head: string) =>
  `<!doctype html>\n<html lang="ru">\n  <head>\n    <meta charset="UTF-8" />\n${head}  </head>\n  <body>\n    <div id="root"><p class="used">Текст &amp; «кавычки»<br/></p></div>\n  </body>\n</html>\n`;

describe('criticalCss', () => {
  const withCriticalCss = criticalCss(dir, '/dashboard/');

  it('inlines the rules the markup uses and moves the link to the end, leaving the markup as it was', async () => {
    const link = '<link rel="stylesheet" crossorigin href="/dashboard/assets/style-a1.css">';
    const input = page(`    ${link}\n`);
    const html = await withCriticalCss(input);
    const css = html.match(/<style>([\s\S]*)<\/style>/)![1]!;
    expect(css).toContain('.used{color:red}');
    expect(css).toContain('.used:hover');
    expect(css).toContain(':focus-visible');
    expect(css).toMatch(/@media print\{\.used\{color:#000\}\}/);
    expect(css).toContain(':is(body:has(.brief) .used');
    expect(css).not.toContain('.unused');
    expect(css).not.toContain('.gone');
    expect(html).toMatch(new RegExp(`</div>\\s*${link}\\s*</body>`));
    // Put back where it was, the link gives the page exactly as it came.
    expect(html.replace(/<style>[\s\S]*<\/style>/, link).replace(`\n    ${link}\n  </body>`, '\n  </body>')).toBe(
      input,
    );
  });

  it('refuses a page without exactly one stylesheet link', async () => {
    await expect(withCriticalCss(page(''))).rejects.toThrow(/one stylesheet link/);
  });
});
