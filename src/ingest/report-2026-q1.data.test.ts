// @vitest-environment node
// Data test: the committed data/reports/2026-q1.json against facts read from the raw report by hand.
//
// How these facts were verified: I read data/raw/smolensk-international-events-2026-q1.txt (425 lines)
// top to bottom in a terminal with TABs shown (`sed 's/\t/→/g' … | nl`), wrote down for each of the 34
// numbered rows its sector heading, place, dates, the countries named in the row and the participants
// cell, and counted the rows under each of the 14 headings. The per-sector counts were cross-checked
// with `grep -nP '^\s*\t(Сотрудничество|Общие)|^\t\d+\. ?$'` (heading lines and number cells in file
// order). Nothing below was copied from the parser's output.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportIndexSchema, reportSchema, type ReportEvent } from '../domain/report-schema';

const ROOT = resolve(import.meta.dirname, '../..');
const report = reportSchema.parse(JSON.parse(readFileSync(resolve(ROOT, 'data/reports/2026-q1.json'), 'utf8')));
const index = reportIndexSchema.parse(JSON.parse(readFileSync(resolve(ROOT, 'data/reports/index.json'), 'utf8')));
const ev = (n: number): ReportEvent => {
  const e = report.events.find((x) => x.number === n);
  if (!e) throw new Error(`event ${n} missing`);
  return e;
};

describe('2026-q1 report: header', () => {
  it('id, period, region, title, source', () => {
    expect(report.id).toBe('2026-q1');
    expect(report.period).toEqual({ year: 2026, quarter: 1, start: '2026-01-01', end: '2026-03-31' });
    expect(report.region).toBe('Смоленская область');
    expect(report.title).toBe(
      'Отчет о мероприятиях в международной сфере, проведенных исполнительными органами Смоленской области и подведомственными им учреждениями в I квартале 2026 года',
    );
    expect(report.source.file).toBe('smolensk-international-events-2026-q1.txt');
  });
  it('closing paragraph is a note, not an event (line 422)', () =>
    expect(report.notes).toEqual([
      'В I квартале 2026 года состоялось 3 встречи (приемы, переговоры) с иностранными делегациями (отдельными лицами) в здании Дома Советов (пл. Ленина, д. 1)',
    ]));
  it('index lists the report with its event count', () =>
    expect(index.reports).toEqual([{ id: '2026-q1', title: report.title, period: report.period, eventCount: 34 }]));
});

describe('2026-q1 report: events and sectors', () => {
  it('34 events numbered 1…34 in order, ids 2026-q1-N', () => {
    expect(report.events.map((e) => e.number)).toEqual(Array.from({ length: 34 }, (_, i) => i + 1));
    expect(report.events.map((e) => e.id)).toEqual(Array.from({ length: 34 }, (_, i) => `2026-q1-${i + 1}`));
  });
  it('14 sectors with the counted number of rows each', () => {
    const counts = new Map<string, number>();
    for (const e of report.events) counts.set(e.sector.name, (counts.get(e.sector.name) ?? 0) + 1);
    expect([...counts]).toEqual([
      ['Сотрудничество в сфере экономического развития', 6], // rows 1–6
      ['Сотрудничество в сфере инвестиционного развития', 2], // 7–8
      ['Сотрудничество в сфере промышленности и торговли', 3], // 9–11
      ['Сотрудничество в сфере сельского хозяйства', 1], // 12
      ['Сотрудничество в сфере транспорта и дорожного хозяйства', 1], // 13
      ['Сотрудничество в сфере труда и занятости населения', 1], // 14
      ['Сотрудничество в сфере цифрового развития', 1], // 15
      ['Сотрудничество в сфере культуры и туризма', 5], // 16–20
      ['Сотрудничество в сфере образования и науки', 4], // 21–24
      ['Сотрудничество в социальной сфере', 1], // 25
      ['Сотрудничество в сфере здравоохранения', 1], // 26
      ['Сотрудничество в сфере молодежной политики и гражданско-патриотического воспитания', 2], // 27–28
      ['Сотрудничество в сфере спорта', 3], // 29–31
      ['Общие направления сотрудничества', 3], // 32–34
    ]);
    expect(ev(1).sector.id).toBe('ekonomicheskoe-razvitie');
    expect(new Set(report.events.map((e) => e.sector.id)).size).toBe(14);
  });
  it('row 31 keeps number, title, place, dates; the glued heading starts the next sector', () => {
    const e = ev(31);
    expect(e.sector.name).toBe('Сотрудничество в сфере спорта');
    expect(e.title).toBe('Участие в Чемпионате Республики Беларусь по баскетболу на колясках');
    expect(e.place).toMatchObject({ city: 'Минск', countryCode: 'BY' });
    expect([e.dates.start, e.dates.end]).toEqual(['2026-03-20', '2026-03-22']);
    expect(e.description).toBe('');
    expect(e.participants).toEqual({ raw: '', count: null, qualifier: null, unit: null, foreignCount: null });
    expect(e.warnings.map((w) => w.field).sort()).toEqual(['description', 'participants']);
    expect(ev(32).sector.name).toBe('Общие направления сотрудничества');
  });
  it('titles split over lines are joined (rows 2, 5)', () => {
    expect(ev(2).title).toBe(
      'Участие в Международном выставочно-ярмарочном мероприятии: 33-й международной выставке продуктов питания, напитков и сырья для их производства «Продэкспо-2026»',
    );
    expect(ev(5).title).toBe('Участие в Международном выставочно-ярмарочном мероприятии «AGRITEK/FARMTEK ASTANA 2026»');
  });
  it('the Word bookmark in row 3 is gone and reported', () => {
    expect(JSON.stringify(report.events.map((e) => ({ ...e, warnings: [] })))).not.toMatch(/\[bookmark/);
    expect(ev(3).participants.raw.startsWith('Губернатор Смоленской области В.Н. Анохин')).toBe(true);
    expect(report.warnings).toContainEqual({
      eventNumber: 3,
      field: 'participants',
      message: expect.stringContaining('_Hlk183618268'),
    });
  });
  it('every event warning is also in report.warnings', () => {
    for (const e of report.events) for (const w of e.warnings) expect(report.warnings).toContainEqual(w);
  });
});

describe('2026-q1 report: dates (sample)', () => {
  it.each([
    [1, '2026-01-29', '2026-01-29'], // «29 января 2026 года»
    [2, '2026-02-09', '2026-02-12'], // «9-12 февраля 2026 года»
    [7, '2026-02-10', '2026-02-10'], // «10 февраля⏎2026 года»
    [9, '2026-02-10', '2026-02-11'], // «10-11 февраля⏎2026 года»
    [15, '2026-02-10', '2026-02-13'], // «10-13 февраля 2026 года»
    [16, '2026-02-06', '2026-02-22'], // «6-22 февраля⏎2026 года»
    [26, '2026-01-26', '2026-01-26'], // «26 января ⏎2026 года ⏎»
    [27, '2026-01-25', '2026-01-25'],
    [29, '2026-02-09', '2026-02-15'],
    [32, '2026-02-20', '2026-02-23'],
    [34, '2026-03-13', '2026-03-16'],
  ])('row %i: %s – %s', (n, start, end) => expect([ev(n).dates.start, ev(n).dates.end]).toEqual([start, end]));
  it('every event has both dates inside the quarter', () => {
    for (const e of report.events) {
      expect(e.dates.start! >= '2026-01-01' && e.dates.end! <= '2026-03-31').toBe(true);
    }
  });
});

describe('2026-q1 report: countries and places', () => {
  it('partner countries per row', () => {
    const expected: Record<number, string[]> = {
      1: [],
      2: [],
      3: ['AE'],
      4: ['KZ'],
      5: ['KZ'],
      6: [],
      7: ['BY'],
      8: ['BY'],
      9: ['BY'],
      10: ['BY'],
      11: ['BY'],
      12: ['BY', 'CN'],
      13: [], // 13: a commission of the «Союза Беларуси и России» in Ufa and the road М-1 «Беларусь»: only named
      14: ['DE'],
      15: ['BY', 'CN', 'IN', 'KG', 'KZ', 'ZA'],
      16: ['BY'],
      17: ['BY'],
      18: ['BY'],
      19: ['BY'],
      20: ['BY'],
      21: ['BY'],
      22: ['BY'],
      23: ['BY'],
      24: ['BY'],
      25: ['BY'],
      26: ['BY'],
      27: [],
      28: ['IN'],
      29: ['BY'],
      30: ['BY'],
      31: ['BY'],
      32: ['BY'],
      33: ['BY'],
      34: ['KZ'],
    };
    expect(Object.fromEntries(report.events.map((e) => [e.number, e.countries]))).toEqual(expected);
  });
  it('Russia is never a partner', () => {
    for (const e of report.events) expect(e.countries).not.toContain('RU');
  });
  it.each([
    [3, 'Москва', 'RU', false],
    [4, 'Алматы', 'KZ', false],
    [7, 'Брест', 'BY', false],
    [9, 'Солигорск', 'BY', false],
    [11, 'Десногорск', 'RU', false],
    [13, 'Уфа', 'RU', false],
    [17, 'Минск', 'BY', true], // «(в дистанционном формате)»
    [1, null, null, true], // «В дистанционном формате»
    [18, null, null, true], // «В режиме видеоконференцсвязи»
    [23, null, 'BY', true],
    [22, 'Полоцк', 'BY', false],
    [34, 'Астана', 'KZ', false],
  ])('row %i: %s, %s, online %s', (n, city, country, online) =>
    expect(ev(n).place).toMatchObject({ city, countryCode: country, online }),
  );
});

describe('2026-q1 report: participants (sample)', () => {
  it.each([
    [1, 21, 'exact', 'organizations', null], // «21 субъект малого и среднего предпринимательства»
    [2, 4, 'exact', 'organizations', null],
    [9, 4, 'exact', 'people', null], // «(4 человека)»
    [14, 58, 'exact', 'people', null], // «(58 человек)»
    [15, 1200, 'atLeast', 'people', null], // «Более 1200 человек»; «более 12 стран» is not a head count
    [17, 120, 'exact', 'people', null], // «Общее количество участников – 120 человек»
    [18, 13, 'exact', 'people', null],
    [19, 32, 'exact', 'people', null],
    [22, 120, 'exact', 'people', null], // «(6 кадетов). Общее количество участников – 120 человек»
    [25, 8, 'exact', 'people', null],
    [27, 5000, 'exact', 'people', 20], // «5 000 человек, из которых … 20 человек – … иностранных государств»
    [28, 15, 'exact', 'people', 5], // «15 человек, из которых 5 человек – иностранные граждане»
    [34, 2, 'exact', 'people', null], // «(в составе 2-х человек)»
  ])('row %i: %i %s %s foreign %s', (n, count, qualifier, unit, foreignCount) =>
    expect(ev(n).participants).toMatchObject({ count, qualifier, unit, foreignCount }),
  );
  it('rows without a number in the participants cell have count null, never 0', () => {
    for (const n of [3, 7, 8, 10, 11, 12, 13, 16, 29, 30, 31, 32, 33]) expect(ev(n).participants.count).toBeNull();
    for (const e of report.events) expect(e.participants.count).not.toBe(0);
  });
});

describe('2026-q1 report: rules of issue 13 on the real data', () => {
  it('the source was a UTF-8 text export (the encoding is recorded)', () =>
    expect(report.source.encoding).toBe('UTF-8'));
  it('row 15 names «более 12 стран», a number that is not a head count: it is reported, not silently ignored', () => {
    expect(ev(15).participants.raw).toMatch(/более 12 стран/);
    expect(ev(15).participants.count).toBe(1200);
    expect(ev(15).warnings).toContainEqual({
      eventNumber: 15,
      field: 'participants',
      message: expect.stringContaining('«12 стран»'),
    });
  });
  it('no other participants cell has a number outside its count (checked by reading the 34 cells)', () => {
    for (const e of report.events.filter((x) => x.number !== 15))
      expect(
        e.warnings.filter((w) => /не учтённые в подсчёте/.test(w.message)),
        `row ${e.number}`,
      ).toEqual([]);
  });
  it('every partner country and place is a registry country with a Russian name', async () => {
    const { isKnownCountry, countryNames } = await import('../domain/countries');
    for (const e of report.events)
      for (const code of [...e.countries, ...(e.place.countryCode ? [e.place.countryCode] : [])]) {
        expect(isKnownCountry(code), code).toBe(true);
        expect(countryNames(code).short).toMatch(/^[А-ЯЁ]/);
      }
  });
  it('every date is a real calendar date and no range is reversed', () => {
    for (const e of report.events) expect(e.dates.start! <= e.dates.end!).toBe(true);
  });
});
