// The dimension table's contract, checked for every entry: its URL form round-trips, its chip removes
// exactly its choice, its words and file-name parts appear only while it is active, and its column
// predicate agrees with its object predicate on every row of the real report. A new dimension without
// an example here fails the first test.
import { describe, expect, it } from 'vitest';
import { loadPrepared } from '../../test/support/raw-report';
import { DIMENSIONS, FACETS, shortSectorName, type Dimension } from './dimensions';
import { EMPTY_FILTERS, parseFilters, writeFilters, type EventFilters } from './filters';

const model = loadPrepared();
const culture = model.events.find((e) => e.sector.name.endsWith('культуры и туризма'))!.sector;

/** Per dimension (by its first URL parameter): active values to check it with. */
const EXAMPLES: Record<string, Partial<EventFilters>[]> = {
  country: [{ countries: ['BY'] }, { countries: ['KZ', 'CN'] }],
  sector: [{ sectors: [culture.id] }],
  month: [{ months: ['2026-02'] }, { months: ['2026-01', '2026-03'] }],
  format: [{ format: 'online' }, { format: 'offline' }],
  participants: [{ hasParticipants: true }, { hasParticipants: false }],
  from: [{ from: '2026-02-19', to: '2026-02-19' }, { from: '2026-03-20' }, { to: '2026-01-31' }],
  q: [{ q: 'выставк' }, { q: 'беларус минск' }],
};

const cases = DIMENSIONS.flatMap((d) =>
  (EXAMPLES[d.params[0]!] ?? []).map((patch) => [d.params[0]!, d, { ...EMPTY_FILTERS, ...patch }] as const),
);

describe('the dimension table', () => {
  it('has an example for every dimension, and every URL parameter belongs to one dimension', () => {
    expect(DIMENSIONS.map((d) => d.params[0])).toEqual(Object.keys(EXAMPLES));
    const params = DIMENSIONS.flatMap((d) => d.params);
    expect(new Set(params).size).toBe(params.length);
  });

  it.each(cases)('%s: %j round-trips through the URL', (_param, d: Dimension, filters) => {
    expect(d.active(filters)).toBeGreaterThan(0);
    expect(d.active(EMPTY_FILTERS)).toBe(0);
    const written = writeFilters(filters);
    expect([...written.keys()].every((key) => d.params.includes(key))).toBe(true);
    expect(parseFilters(written, model.parseContext)).toEqual({ filters, notices: [] });
  });

  it.each(cases)('%s: %j has chips that remove it, words and a file-name part', (_param, d: Dimension, filters) => {
    const chips = d.chips(filters, model);
    expect(chips.length).toBeGreaterThan(0);
    const cleared = chips.reduce((f, chip) => chip.remove(f), filters);
    expect(d.active(cleared)).toBe(0);
    expect({ ...filters, ...d.clear }).toEqual(cleared);
    expect(d.describe(filters, model)).toMatch(/^[А-Я][а-я ]+: /);
    expect(d.describe(EMPTY_FILTERS, model)).toBeNull();
    expect(d.fileParts(filters).join('-')).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(d.fileParts(EMPTY_FILTERS)).toEqual([]);
  });

  it.each(cases)('%s: %j — the column predicate agrees with the object predicate', (_param, d: Dimension, filters) => {
    const test = d.predicate(filters, model)!;
    expect(test).not.toBeNull();
    expect(d.predicate(EMPTY_FILTERS, model)).toBeNull();
    model.events.forEach((e, i) => expect(test(i)).toBe(d.matches(e, filters, model.search.texts[i])));
  });

  it('gives each facet its own bit', () => {
    expect(FACETS.map((d) => d.bit)).toEqual([1, 2, 4, 8, 16]);
  });
});

describe('labels', () => {
  it('shortens sector names for the facet panel and the table', () => {
    expect(shortSectorName('Сотрудничество в сфере экономического развития')).toBe('Экономического развития');
    expect(shortSectorName('Сотрудничество в социальной сфере')).toBe('Социальной сфере');
    expect(shortSectorName('Общие направления сотрудничества')).toBe('Общие направления сотрудничества');
  });

  it('reads the filter the way the chips, exports and press text say it', () => {
    const filters: EventFilters = {
      ...EMPTY_FILTERS,
      countries: ['BY'],
      sectors: [culture.id],
      format: 'online',
      hasParticipants: true,
      from: '2026-02-01',
      q: 'лекция',
    };
    expect(DIMENSIONS.flatMap((d) => d.chips(filters, model).map((c) => c.label))).toEqual([
      'Беларусь',
      'Сотрудничество в сфере культуры и туризма',
      'Дистанционно',
      'Число участников указано',
      'с 1 февраля 2026 г.',
      '«лекция»',
    ]);
    expect(DIMENSIONS.flatMap((d) => d.describe(filters, model) ?? [])).toEqual([
      'Страна: Беларусь',
      'Направление: Сотрудничество в сфере культуры и туризма',
      'Формат: дистанционно',
      'Число участников: указано',
      'Даты: с 1 февраля 2026 г.',
      'Поиск: «лекция»',
    ]);
  });
});
