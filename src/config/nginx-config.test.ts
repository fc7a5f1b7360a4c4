import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from './http-headers';
import { nginxConfig, normalizeBase } from './nginx-config';

/** The directives of each `location … {` block, nested blocks cut out (nginx does not inherit into them). */
function locationBlocks(config: string): Map<string, string> {
  const blocks = new Map<string, string>();
  const lines = config.split('\n');
  lines.forEach((line, i) => {
    const head = /^\s*location (.+?) \{$/.exec(line);
    if (!head) return;
    let depth = 0;
    const own: string[] = [];
    for (const next of lines.slice(i + 1)) {
      if (next.trim() === '}' && depth === 0) break;
      if (/\{$/.test(next.trim())) depth += 1;
      else if (next.trim() === '}') depth -= 1;
      else if (depth === 0) own.push(next.trim());
    }
    blocks.set(head[1]!, own.join('\n'));
  });
  return blocks;
}

describe('normalizeBase', () => {
  it('accepts "/" and sub-paths with both slashes', () => {
    expect(normalizeBase('/')).toBe('/');
    expect(normalizeBase('/dashboard/')).toBe('/dashboard/');
    expect(normalizeBase('/gov/events-2026/')).toBe('/gov/events-2026/');
  });

  it.each(['', 'dashboard/', '/dashboard', '/a b/', '/$host/', '/a;/', 'https://x.ru/'])('rejects %j', (base) => {
    expect(() => normalizeBase(base)).toThrow(/base must be/);
  });
});

describe('nginxConfig', () => {
  it.each(['/', '/dashboard/'])('base %s: every location sets every security header itself', (base) => {
    const blocks = locationBlocks(nginxConfig(base));
    const expected =
      base === '/'
        ? ['/', '/assets/', '/api/']
        : [`= /dashboard`, ...['', 'assets/', 'api/'].map((p) => `${base}${p}`)];
    expect([...blocks.keys()].sort()).toEqual(expected.sort());
    for (const [location, body] of blocks)
      for (const name of Object.keys(SECURITY_HEADERS))
        expect(body, `${location} ${name}`).toMatch(new RegExp(`^add_header ${name} ".+" always;$`, 'm'));
  });
});
