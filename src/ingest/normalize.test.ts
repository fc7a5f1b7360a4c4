// @vitest-environment node
// Text that hides facts: soft hyphens, zero-width characters, non-breaking spaces and hyphens are
// normalised once, before every matcher, whatever the input (text export, .docx, neutral blocks).
import { describe, expect, it } from 'vitest';
import { eventRow, headingRow, p, reportDocx, run, tc, tr } from '../../test/support/docx-xml';
import { parseDocument } from './parse';
import { readSource } from './read-source';
import { normalizeText } from './text-utils';

const TITLE = 'Отчет о мероприятиях Смоленской области в I квартале 2026 года';

function parse(cells: string[]) {
  return parseDocument({
    blocks: [
      { kind: 'paragraph', text: TITLE },
      { kind: 'row', cells: ['Сотрудничество в сфере спорта'] },
      { kind: 'row', cells: ['1.', ...cells] },
    ],
  }).events[0];
}

describe('hidden characters inside words', () => {
  it.each([
    ['soft hyphen U+00AD', 'Бела\u00adрусь'],
    ['zero-width space', 'Бела\u200bрусь'],
    ['zero-width joiner', 'Бела\u200dрусь'],
    ['word joiner', 'Бела\u2060русь'],
    ['BOM inside text', 'Бела\ufeffрусь'],
    ['stress accent', 'Белару\u0301сь'],
  ])('%s: «Республика %s» is Belarus in place and countries', (_what, word) => {
    const e = parse([`Турнир в Республике ${word}`, `Республика ${word}`, '1 марта 2026 года', 'Игры', '10 человек']);
    expect(e?.countries).toEqual(['BY']);
    expect(e?.place.countryCode).toBe('BY');
    expect(e?.place.raw).toBe('Республика Беларусь');
  });
  it('non-breaking spaces between words and inside numbers', () => {
    const e = parse([
      'Турнир',
      'г.\u00a0Минск, Республика\u00a0Беларусь',
      '1\u00a0марта 2026\u202fгода',
      'Игры',
      '5\u00a0000 человек',
    ]);
    expect(e?.place).toMatchObject({ city: 'Минск', countryCode: 'BY' });
    expect(e?.dates).toMatchObject({ start: '2026-03-01', end: '2026-03-01' });
    expect(e?.participants.count).toBe(5000);
  });
  it('non-breaking hyphen U+2011 in dates and names', () => {
    const e = parse(['Форум', 'г. Санкт\u2011Петербург', '10\u201112 марта 2026 года', 'Форум', '12 человек']);
    expect(e?.place.city).toBe('Санкт-Петербург');
    expect(e?.dates).toMatchObject({ start: '2026-03-10', end: '2026-03-12' });
  });
  it('the text export: the same soft hyphen', () => {
    const text = `${TITLE}\n\n\tСотрудничество в сфере спорта\n\n\t1. \n\tТурнир\n\tг. Минск, Бела\u00adрусь\n\t1 марта 2026 года\n\tИгры\n\t10 человек\n`;
    expect(parseDocument(readSource('q.txt', new TextEncoder().encode(text)).doc).events[0]?.countries).toEqual(['BY']);
  });
  it('a .docx: w:softHyphen and w:noBreakHyphen as Word writes them', () => {
    const place = tc('', {
      xml: p(`${run('г. Минск, Бела\u00adрусь')}<w:r><w:t>, Санкт</w:t><w:noBreakHyphen/><w:t>Петербург</w:t></w:r>`),
    });
    const bytes = reportDocx([
      headingRow('Сотрудничество в сфере спорта'),
      tr([tc('1.'), tc('Турнир'), place, tc('1 марта 2026 года'), tc('Игры'), tc('10 человек')]),
    ]);
    const e = parseDocument(readSource('q.docx', bytes).doc).events[0];
    expect(e?.countries).toEqual(['BY']);
    expect(e?.place.raw).toBe('г. Минск, Беларусь, Санкт-Петербург');
  });
  it('normalizeText is idempotent and keeps tabs and line breaks', () => {
    const s = 'а\u00ad\u200bб\u00a0в\r\nг\u000bд\tе';
    expect(normalizeText(s)).toBe('аб в\nг\nд\tе');
    expect(normalizeText(normalizeText(s))).toBe(normalizeText(s));
  });
  it('an event row with a soft hyphen reads the same as one without', () => {
    const plain = reportDocx([
      headingRow('Сотрудничество в сфере спорта'),
      eventRow(['1.', 'Визит в Беларусь', 'г. Минск', '1 марта 2026 года', 'Игры', '10 человек']),
    ]);
    const hidden = reportDocx([
      headingRow('Сотрудничество в сфере спорта'),
      eventRow(['1.', 'Визит в Бела\u00adрусь', 'г. Минск', '1 марта 2026 года', 'Игры', '10 человек']),
    ]);
    expect(parseDocument(readSource('a.docx', hidden).doc).events).toEqual(
      parseDocument(readSource('b.docx', plain).doc).events,
    );
  });
});
