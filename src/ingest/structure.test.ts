// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseDocument, titleSplit } from './parse';
import { readTextExport } from './read-text';
import { sectorId } from './sectors';
import { checkQuotes, cleanInline, slugify } from './text-utils';

const T = '\t';
/** A small export in the layout of the real one (cells start with TAB, continuation lines do not). */
const SAMPLE = [
  ' Отчет о мероприятиях в международной сфере, проведенных исполнительными органами ',
  'Смоленской области и подведомственными им учреждениями ',
  'в I квартале 2026 года',
  '',
  `${T}№ п/п`,
  `${T}Наименование мероприятия`,
  `${T}Место проведения`,
  'мероприятия',
  `${T}Сроки проведения мероприятия`,
  `${T}Цель, содержание и результат мероприятия`,
  `${T}Участники мероприятия`,
  '',
  `${T}Сотрудничество в сфере спорта`,
  '',
  `${T}1. `,
  `${T}Участие в Международном турнире по самбо`,
  '',
  '',
  `${T}г. Минск, `,
  'Республика Беларусь',
  `${T}13-16 февраля 2026 года`,
  `${T}Участие в спортивных соревнованиях`,
  '',
  `${T}[bookmark: _Hlk1]Спортсмены Смоленской области (12 человек)`,
  '',
  `${T}2. `,
  `${T}Участие в Чемпионате Республики Беларусь по баскетболу на колясках`,
  '',
  `${T}г. Минск, `,
  'Республика Беларусь',
  `${T}20-22 марта `,
  '2026 года',
  ` ${T}Общие направления сотрудничества`,
  '',
  `${T}3. `,
  `${T}Визит Губернатора в Республику Беларусь`,
  `${T}г. Минск,`,
  'Республика Беларусь',
  `${T}20-23 февраля 2026 года`,
  `${T}Визит состоялся`,
  `${T}Губернатор Смоленской области`,
  '',
  `${T}В I квартале 2026 года состоялось 3 встречи с иностранными делегациями`,
  '',
].join('\n');

describe('readTextExport', () => {
  const doc = readTextExport(SAMPLE);
  it('keeps the title lines as one paragraph', () => {
    expect(doc.blocks[0]).toEqual({ kind: 'paragraph', text: expect.stringContaining('в I квартале 2026 года') });
  });
  it('joins continuation lines into their cell and groups cells into rows', () => {
    const rows = doc.blocks.filter((b) => b.kind === 'row').map((b) => (b.kind === 'row' ? b.cells : []));
    expect(rows[0]).toHaveLength(6); // header, «Место проведения⏎мероприятия» is one cell
    expect(rows[0]?.[2]).toBe('Место проведения\nмероприятия');
    expect(rows[1]).toEqual(['Сотрудничество в сфере спорта']);
    expect(rows[2]?.[0]).toBe('1. ');
    expect(rows[2]).toHaveLength(6);
    // Row 2 has the next heading glued in as its 5th cell, exactly like row 31 of the real report.
    expect(rows[3]).toEqual([
      '2. ',
      'Участие в Чемпионате Республики Беларусь по баскетболу на колясках',
      'г. Минск, \nРеспублика Беларусь',
      '20-22 марта \n2026 года',
      'Общие направления сотрудничества',
    ]);
    expect(rows[5]).toEqual(['В I квартале 2026 года состоялось 3 встречи с иностранными делегациями']);
  });
  it('never throws on odd input', () => {
    expect(readTextExport('').blocks).toEqual([]);
    expect(readTextExport('\t\t\t').blocks.length).toBeGreaterThan(0);
  });
});

describe('parseDocument', () => {
  const parsed = parseDocument(readTextExport(SAMPLE));
  it('reads title, region and period', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.period).toEqual({ year: 2026, quarter: 1, start: '2026-01-01', end: '2026-03-31' });
    expect(parsed.region).toBe('Смоленская область');
    expect(parsed.title).toMatch(/^Отчет о мероприятиях .* в I квартале 2026 года$/);
  });
  it('keeps every numbered row', () => expect(parsed.events.map((e) => e.number)).toEqual([1, 2, 3]));
  it('a glued heading ends the row and starts the next sector', () => {
    const [e1, e2, e3] = parsed.events;
    expect(e2?.sector.id).toBe('sport');
    expect(e2?.title).toBe('Участие в Чемпионате Республики Беларусь по баскетболу на колясках');
    expect(e2?.place).toEqual({
      raw: 'г. Минск, Республика Беларусь',
      city: 'Минск',
      countryCode: 'BY',
      online: false,
    });
    expect(e2?.dates).toEqual({ raw: '20-22 марта 2026 года', start: '2026-03-20', end: '2026-03-22' });
    expect(e2?.description).toBe('');
    expect(e2?.participants.count).toBeNull();
    expect(e2?.warnings.map((w) => w.field)).toEqual(['description', 'participants']);
    expect(e2?.warnings[0]?.message).toMatch(/Общие направления сотрудничества/);
    expect(e3?.sector).toEqual({ id: 'obshchie-napravleniya', name: 'Общие направления сотрудничества' });
    expect(e1?.sector.name).toBe('Сотрудничество в сфере спорта');
  });
  it('removes Word bookmarks with a warning', () => {
    const e1 = parsed.events[0];
    expect(e1?.participants.raw).toBe('Спортсмены Смоленской области (12 человек)');
    expect(e1?.participants.count).toBe(12);
    expect(e1?.warnings).toEqual([
      { eventNumber: 1, field: 'participants', message: expect.stringContaining('[bookmark: _Hlk1]') },
    ]);
  });
  it('puts the paragraph after the table into notes', () =>
    expect(parsed.notes).toEqual(['В I квартале 2026 года состоялось 3 встречи с иностранными делегациями']));
  it('collects event warnings in report.warnings', () =>
    expect(parsed.warnings).toEqual(parsed.events.flatMap((e) => e.warnings)));
  it('ids are reportId-number', () =>
    expect(parsed.events.map((e) => e.id)).toEqual(['2026-q1-1', '2026-q1-2', '2026-q1-3']));

  it('flags gaps, duplicates, rows without a number and rows before any heading', () => {
    const doc = readTextExport(
      [
        'в II квартале 2026 года',
        '',
        `${T}1. `,
        `${T}А`,
        `${T}г. Минск`,
        `${T}1 апреля`,
        `${T}о`,
        `${T}у`,
        '',
        `${T}4. `,
        `${T}Б`,
        `${T}г. Минск`,
        `${T}2 апреля`,
        `${T}о`,
        `${T}у`,
        '',
        `${T}4. `,
        `${T}В`,
        `${T}г. Минск`,
        `${T}3 апреля`,
        `${T}о`,
        `${T}у`,
      ].join('\n'),
    );
    const p = parseDocument(doc);
    expect(p.events.map((e) => e.id)).toEqual(['2026-q2-1', '2026-q2-4', '2026-q2-4-2']);
    const messages = p.warnings.map((w) => w.message).join('\n');
    expect(messages).toMatch(/пропущены номера: 2, 3/);
    expect(messages).toMatch(/повторяется/);
    expect(messages).toMatch(/до первого заголовка раздела/);
    expect(p.events[0]?.sector.id).toBe('bez-razdela');
  });
  it('a data row without a number is kept with the next number', () => {
    const p = parseDocument({
      blocks: [
        { kind: 'paragraph', text: 'в I квартале 2026 года' },
        { kind: 'row', cells: ['Сотрудничество в сфере спорта'] },
        { kind: 'row', cells: ['1.', 'А', 'г. Минск', '1 марта', 'о', 'у'] },
        { kind: 'row', cells: ['', 'Б', 'г. Брест', '2 марта', 'о', 'у'] },
      ],
    });
    expect(p.events.map((e) => [e.number, e.title])).toEqual([
      [1, 'А'],
      [2, 'Б'],
    ]);
    expect(p.events[1]?.warnings[0]?.message).toMatch(/нет номера/);
  });
  it('flags dates entirely outside the report period', () => {
    const p = parseDocument({
      blocks: [
        { kind: 'paragraph', text: 'в I квартале 2026 года' },
        { kind: 'row', cells: ['Сотрудничество в сфере спорта'] },
        { kind: 'row', cells: ['1.', 'А', 'г. Минск', '5 мая 2026 года', 'о', 'у'] },
      ],
    });
    expect(p.events[0]?.warnings).toEqual([
      { eventNumber: 1, field: 'dates', message: expect.stringMatching(/вне отчётного периода/) },
    ]);
  });
  it('reports fatal errors instead of throwing', () => {
    expect(parseDocument({ blocks: [] }).errors.length).toBe(2);
    expect(parseDocument(readTextExport('Отчет без периода\n\n\t1. \n\tА')).errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/квартал/),
    ]);
  });
});

describe('small helpers', () => {
  it('cleanInline joins lines, keeping «AGRITEK/FARMTEK» whole', () => {
    expect(cleanInline('«AGRITEK/\nFARMTEK ASTANA 2026»')).toBe('«AGRITEK/FARMTEK ASTANA 2026»');
    expect(cleanInline('Рабочий визит\n в г. Брест  (Республика Беларусь)')).toBe(
      'Рабочий визит в г. Брест (Республика Беларусь)',
    );
  });
  it('titleSplit flags breaks inside quotes or after a preposition', () => {
    expect(titleSplit('Участие в \n37-й международной выставке')).toMatch(/предлога/);
    expect(titleSplit('мероприятии «AGRITEK/\nFARMTEK ASTANA 2026»')).toMatch(/кавычках/);
    expect(titleSplit('Вебинар\n«Размещение продукции»')).toBeNull();
  });
  it('checkQuotes accepts merged nested quotes and flags crossings', () => {
    expect(checkQuotes('ГУ «Администрация СЭЗ «Брест»')).toBeNull();
    expect(checkQuotes('(ОЭЗ «Стабна» и парк «Сафоново»)')).toBeNull();
    expect(checkQuotes('(торговая сеть «Чеснок)»')).toMatch(/перекрываются/);
    expect(checkQuotes('сеть Чеснок»')).toMatch(/без открывающей/);
    expect(checkQuotes('"Чеснок')).toMatch(/прямых/);
  });
  it('sector ids are stable latin slugs', () => {
    expect(sectorId('Сотрудничество в сфере экономического развития')).toBe('ekonomicheskoe-razvitie');
    expect(sectorId('Сотрудничество в социальной сфере')).toBe('sotsialnaya-sfera');
    expect(sectorId('Общие направления сотрудничества')).toBe('obshchie-napravleniya');
    expect(sectorId('Сотрудничество в сфере лесного хозяйства')).toBe('lesnogo-khozyaystva');
    expect(slugify('Щука и ёж')).toBe('shchuka-i-ezh');
  });
  it('a heading that names a member of Object.prototype is only words (found by the property test)', () => {
    expect(sectorId('constructor')).toBe('constructor');
    expect(sectorId('Сотрудничество в сфере toString')).toBe('tostring');
  });
});
