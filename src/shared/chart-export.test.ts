import { describe, expect, it } from 'vitest';
import { chartFileName, composeExportSvg, escapeXml, exportFooter, wrapText, estimateTextWidth } from './chart-export';

const part = {
  svg: '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect/></svg>',
  width: 400,
  height: 200,
};

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

describe('chartFileName', () => {
  it('joins report, chart and filter parts into an ASCII name', () => {
    expect(chartFileName(['smolensk', '2026-q1', 'sectors', 'BY'], 'png')).toBe('smolensk-2026-q1-sectors-BY.png');
  });
  it('drops empty parts and replaces unsafe characters', () => {
    expect(chartFileName(['smolensk', null, '', 'a/b c', undefined], 'svg')).toBe('smolensk-a-b-c.svg');
    expect(chartFileName(['Смоленск'], 'png')).toBe('chart.png');
  });
});

describe('wrapText', () => {
  it('breaks at words and keeps each line within the width', () => {
    const text = 'Сотрудничество в сфере молодежной политики и гражданско-патриотического воспитания';
    const lines = wrapText(text, 200, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ').replace(/- /g, '-')).toBe(text);
    for (const line of lines.filter((l) => l.includes(' ')))
      expect(estimateTextWidth(line, 12)).toBeLessThanOrEqual(200);
  });
  it('never cuts a single long word, but breaks a long one after its hyphen', () => {
    expect(wrapText('воспитания', 20, 12)).toEqual(['воспитания']);
    expect(wrapText('гражданско-патриотического', 20, 12)).toEqual(['гражданско-', 'патриотического']);
    // Fits on one line: the hyphenated word stays whole.
    expect(wrapText('гражданско-патриотического воспитания', 1000, 12)).toEqual([
      'гражданско-патриотического воспитания',
    ]);
    expect(wrapText('политики и гражданско-патриотического', 140, 12)).toEqual([
      'политики и',
      'гражданско-',
      'патриотического',
    ]);
  });
});

describe('escapeXml', () => {
  it('escapes markup characters', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
  });
});

describe('exportFooter', () => {
  it('states source, period and filter', () => {
    expect(exportFooter({ source: 'отчёт', period: 'I квартал 2026 года', filters: ['🇧🇾 Беларусь', 'Спорт'] })).toBe(
      'Источник: отчёт · Период: I квартал 2026 года · Фильтр: 🇧🇾 Беларусь, Спорт',
    );
    expect(exportFooter({ source: 'отчёт', period: 'I квартал 2026 года', filters: [] })).toMatch(/· Без фильтров$/);
  });
});

describe('composeExportSvg', () => {
  it('produces a well-formed standalone SVG with title, legend, chart and footer', () => {
    const { svg, width, height } = composeExportSvg({
      title: 'Мероприятия по сферам <сотрудничества>',
      subtitle: 'I квартал 2026 года',
      parts: [part],
      legend: [
        { label: 'Беларусь', color: '#1f5fa8' },
        { label: 'Россия (Смоленская область)', color: '#c8c2b4' },
      ],
      footer: 'Источник: отчёт · Период: I квартал 2026 года · Фильтр: 🇧🇾 Беларусь',
    });
    const doc = parse(svg);
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe(String(width));
    expect(root.getAttribute('height')).toBe(String(height));
    expect(width).toBe(432); // 400 + 2 × 16 padding
    expect(height).toBeGreaterThan(200);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    // The title may wrap over lines at this width; together they are the whole title.
    expect(texts.join(' ')).toContain('Мероприятия по сферам <сотрудничества>');
    expect(texts).toContain('Беларусь');
    expect(texts).toContain('Россия (Смоленская область)');
    expect(texts.join(' ')).toContain('Фильтр: 🇧🇾 Беларусь');
    expect(doc.querySelectorAll('svg svg')).toHaveLength(1);
    expect(doc.querySelector('title')?.textContent).toBe('Мероприятия по сферам <сотрудничества>');
  });

  it('stacks several parts and drops their XML declarations', () => {
    const { svg, height } = composeExportSvg({
      title: 'T',
      parts: [{ ...part, svg: `<?xml version="1.0"?>${part.svg}` }, part],
      footer: 'F',
    });
    const doc = parse(svg);
    expect(doc.querySelectorAll('svg svg')).toHaveLength(2);
    expect(height).toBeGreaterThan(400);
    const offsets = [...doc.querySelectorAll('svg > g')].map((g) => g.getAttribute('transform'));
    expect(offsets[0]).not.toBe(offsets[1]);
  });

  it('wraps every line to the image width with the measure it is given, legend labels included', () => {
    // A measure twice as wide as the estimate: lines must wrap earlier, none wider than the inside.
    const measure = (text: string, size: number) => estimateTextWidth(text, size) * 2;
    const long = 'Сколько мероприятий шло в каждую неделю (многодневные учитываются в каждой своей неделе)';
    const { svg, width } = composeExportSvg({
      title: long,
      subtitle: long,
      parts: [part],
      legend: [{ label: long, color: '#1f5fa8' }],
      footer: `Источник: ${long}`,
      measure,
    });
    const doc = parse(svg);
    for (const text of doc.querySelectorAll('svg > text')) {
      const x = Number(text.getAttribute('x'));
      const size = Number(text.getAttribute('font-size'));
      const bold = text.getAttribute('font-weight') ? 1.08 : 1;
      expect(x + measure(text.textContent!, size) * bold, text.textContent!).toBeLessThanOrEqual(width - 16 + 0.01);
    }
    const all = [...doc.querySelectorAll('svg > text')].map((t) => t.textContent).join(' ');
    expect(all.split(long.split(' ')[0]!).length - 1).toBe(4); // title, subtitle, legend, footer: nothing lost
  });
});
