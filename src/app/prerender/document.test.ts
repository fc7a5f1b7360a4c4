import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_DATA_ID, readPageData, type PageData } from '../../api/page-data';
import { pageDocument } from './document';

const SHELL = readFileSync(resolve(import.meta.dirname, '../../../index.html'), 'utf8');

const data = (title: string): PageData => ({
  path: '/',
  notFound: false,
  router: { loaderData: {}, errors: null, actionData: null },
  index: { reports: [{ title } as unknown as PageData['index']['reports'][number]] },
  reportUrl: '/assets/report-2026-q1-0123456789.json',
});

describe('pageDocument', () => {
  it('puts the markup into #root, the head tags into <head> and the data as JSON that no text can end', () => {
    const evil = 'Отчёт </script><script>alert(1)</script> <!-- «кавычки» & "двойные"';
    const html = pageDocument(SHELL, {
      html: '<main><h2>Обзор</h2></main>',
      meta: { title: `Обзор: ${evil}`, description: 'Описание <b>' },
      data: data(evil),
    });
    expect(html).toContain('<div id="root"><main><h2>Обзор</h2></main></div>');
    // Besides the app's own script, one element of data, not executed; the «</script>» stays inside it.
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\bsrc=/.test(tag));
    expect(scripts).toEqual([`<script type="application/json" id="${PAGE_DATA_ID}">`]);
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).toContain('<title>Обзор: Отчёт &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<meta name="description" content="Описание &lt;b&gt;" />');
    expect(html).toMatch(/<meta property="og:title" content="Обзор: [^"]*&quot;двойные&quot;" \/>/);

    // The browser reads back exactly what went in.
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(readPageData(doc)?.index.reports[0]?.title).toBe(evil);
  });

  it("preloads the report's data file, before the stylesheet, and no file of the API", () => {
    const shell = SHELL.replace(
      '</head>',
      '<link rel="preload" href="/api/reports/index.json" as="fetch" crossorigin="anonymous" /><style>p{}</style></head>',
    );
    const html = pageDocument(shell, { html: '', meta: { title: 't', description: 'd' }, data: data('t') });
    const preloads = [...html.matchAll(/<link rel="preload"[^>]*>/g)].map((m) => m[0]);
    expect(preloads).toEqual([
      '<link rel="preload" href="/assets/report-2026-q1-0123456789.json" as="fetch" crossorigin="anonymous" />',
    ]);
    expect(html.indexOf(preloads[0]!)).toBeLessThan(html.indexOf('<style>'));
    const none = pageDocument(shell, {
      html: '',
      meta: { title: 't', description: 'd' },
      data: { ...data('t'), reportUrl: null },
    });
    expect(none).not.toContain('rel="preload"');
  });

  it('fails on a shell without the element it fills', () => {
    const page = { html: '', meta: { title: 't', description: 'd' }, data: data('t') };
    expect(() => pageDocument(SHELL.replace('<div id="root">', '<div id="app">'), page)).toThrow(/root element/);
  });
});
