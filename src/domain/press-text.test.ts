import { describe, expect, it } from 'vitest';
import { eventsView, loadPrepared } from '../../test/support/raw-report';
import { delegationMeetings, eventsByCountry, eventsBySector } from './aggregations';
import { countryNames, isKnownCountry } from './countries';
import { sectorPhrase } from './dimensions';
import { filterView } from './filter-engine';
import { EMPTY_FILTERS, type EventFilters } from './filters';
import { leaders, participantsQuantity, periodPhrase, pressSentences, pressText } from './press-text';
import type { Report, ReportEvent } from './report-schema';

const NBSP = '\u00a0';
const model = loadPrepared();
const report = model.report;

function textFor(filters: Partial<EventFilters>) {
  const full = { ...EMPTY_FILTERS, ...filters };
  const view = filterView(model, full);
  return { events: view.events(), sentences: pressSentences({ view, filters: full }) };
}

let nextNumber = 1;
/** A minimal valid event; tests override only what they are about. */
function makeEvent(overrides: {
  sector?: string;
  countries?: string[];
  count?: number | null;
  qualifier?: 'exact' | 'atLeast';
  unit?: 'people' | 'organizations';
  foreign?: number | null;
  online?: boolean;
  start?: string;
}): ReportEvent {
  const number = nextNumber++;
  const count = overrides.count ?? null;
  const start = overrides.start ?? '2026-02-10';
  return {
    id: `2026-q1-${number}`,
    number,
    sector: { id: overrides.sector ?? 'kultura', name: `Сотрудничество в сфере ${overrides.sector ?? 'культуры'}` },
    title: `Мероприятие ${number}`,
    place: { raw: 'г. Смоленск', city: 'Смоленск', countryCode: 'RU', online: overrides.online ?? false },
    dates: { raw: start, start, end: start },
    description: '',
    participants: {
      raw: count === null ? 'Делегация' : String(count),
      count,
      qualifier: count === null ? null : (overrides.qualifier ?? 'exact'),
      unit: count === null ? null : (overrides.unit ?? 'people'),
      foreignCount: overrides.foreign ?? null,
    },
    countries: overrides.countries ?? [],
    countryRoles: [],
    countriesStated: null,
    foreignParticipants: null,
    outcomes: [],
    warnings: [],
  };
}

/** A made-up report of these events (no closing note), prepared: the view of all of them. */
function synthetic(events: ReportEvent[]) {
  return eventsView(events, { ...report, notes: [] } satisfies Report);
}

describe('press sentences on the real report', () => {
  it('opens with the quarter, the organisers and the total in the right plural form', () => {
    const [first] = textFor({}).sentences;
    const n = report.events.length;
    const noun = new Intl.PluralRules('ru-RU').select(n);
    const expected = { one: 'международное мероприятие', few: 'международных мероприятия' }[noun as 'one' | 'few'];
    expect(first).toBe(
      `В I квартале 2026 года исполнительными органами Смоленской области и подведомственными им учреждениями проведено ${n.toLocaleString('ru-RU')} ${expected ?? 'международных мероприятий'}.`,
    );
  });

  it('quotes the closing note on delegation meetings only for the whole report', () => {
    const note = delegationMeetings(report.notes);
    expect(note).not.toBeNull();
    const all = textFor({}).sentences;
    expect(all.at(-1)).toContain(note!.text.replace(/\s+/g, ' ').trim());
    const top = eventsByCountry(model.all)[0]!.code;
    expect(textFor({ countries: [top] }).sentences.join(' ')).not.toContain('делегациями');
  });

  it('names the most frequent partner country, with its event count', () => {
    const [top] = eventsByCountry(model.all);
    const text = textFor({}).sentences.join(' ');
    expect(text).toContain(`чаще всего — ${countryNames(top!.code).short} (${top!.count} мероприят`);
  });

  it('for a country filter: «с участием …» and the share of the quarter', () => {
    const { code, count } = eventsByCountry(model.all)[0]!;
    const { sentences } = textFor({ countries: [code] });
    // Belarus has several roles: the opening keeps «с участием …», the role sentence says which.
    expect(sentences[0]).toMatch(
      new RegExp(`проведено ${count} международн\\S+ мероприяти\\S+ с участием ${countryNames(code).genitive}\\.$`),
    );
    const share = Math.round((count / report.events.length) * 100);
    expect(sentences[1]).toBe(
      `Это ${share}${NBSP}% от общего числа международных мероприятий за квартал (${report.events.length}).`,
    );
  });

  it('for a filter that leaves one event: singular throughout', () => {
    const single = eventsByCountry(model.all).find((c) => c.count === 1);
    expect(single, 'the report has a country with a single event').toBeDefined();
    const { events, sentences } = textFor({ countries: [single!.code] });
    expect(events).toHaveLength(1);
    expect(sentences[0]).toMatch(/проведено 1 международное мероприятие (с участием|с выступлениями|на территории)/);
    const text = sentences.join(' ');
    expect(text).toContain(`Мероприятие проведено ${sectorPhrase(events[0]!.sector.name)}.`);
    expect(text).not.toMatch(/мероприятиях|Все мероприятия/);
  });

  it('for a filter that leaves nothing: one honest sentence', () => {
    const absent = ['MD', 'RS', 'CU', 'VE', 'MN'].find(
      (c) => isKnownCountry(c) && !eventsByCountry(model.all).some((x) => x.code === c),
    )!;
    const { events, sentences } = textFor({ countries: [absent] });
    expect(events).toEqual([]);
    expect(sentences).toEqual([
      `В I квартале 2026 года международные мероприятия с участием ${countryNames(absent).genitive} в отчёте не отмечены.`,
    ]);
  });

  it('describes a month filter and a sector filter in words', () => {
    const sector = eventsBySector(model.all)[0]!;
    const { events, sentences } = textFor({ months: ['2026-02'], sectors: [sector.id] });
    expect(events.every((e) => e.sector.id === sector.id)).toBe(true);
    expect(sentences[0]).toMatch(new RegExp(`^В феврале 2026 года .*${sectorPhrase(sector.name)}`));
  });

  it('ends the clipboard text with the source, the reporting period and, apart, the processing date', () => {
    const text = pressText({ view: model.all, filters: EMPTY_FILTERS });
    expect(text).toContain(`\n\nИсточник: ${report.title}. Отчётный период: I квартал 2026 года`);
    expect(text).toMatch(/Файл отчёта обработан \d+ \S+ 2026 г\.$/);
    expect(text).not.toContain('данные на');
  });
});

describe('press sentences: grammar and honesty (synthetic events)', () => {
  it.each([
    [1, 'проведено 1 международное мероприятие.'],
    [2, 'проведено 2 международных мероприятия.'],
    [5, 'проведено 5 международных мероприятий.'],
    [21, 'проведено 21 международное мероприятие.'],
  ])('%i events → «%s»', (n, ending) => {
    const events = Array.from({ length: n }, () => makeEvent({}));
    const [first] = pressSentences({ view: synthetic(events), filters: EMPTY_FILTERS });
    expect(first!.endsWith(ending)).toBe(true);
  });

  it('says «не менее» with the genitive when any count is a lower bound', () => {
    const events = [makeEvent({ count: 1200, qualifier: 'atLeast' }), makeEvent({ count: 30 }), makeEvent({})];
    const text = pressSentences({ view: synthetic(events), filters: EMPTY_FILTERS }).join(' ');
    expect(text).toContain(
      `В 2 мероприятиях с указанным числом участников — не менее 1${NBSP}230 участий (участник нескольких мероприятий учтён в каждом).`,
    );
    expect(text).toContain('По 1 мероприятию число участников не указано.');

    const few = [makeEvent({ count: 21, qualifier: 'atLeast' }), makeEvent({})];
    expect(pressSentences({ view: synthetic(few), filters: EMPTY_FILTERS }).join(' ')).toContain(
      'В 1 мероприятии приняли участие не менее 21 человека.',
    );
  });

  it('agrees the verb with exact counts and keeps organisations apart from people', () => {
    const events = [
      makeEvent({ count: 21 }),
      makeEvent({ count: 2, unit: 'organizations' }),
      makeEvent({ count: 5, unit: 'organizations' }),
    ];
    const text = pressSentences({ view: synthetic(events), filters: EMPTY_FILTERS }).join(' ');
    expect(text).toContain(
      'В 1 мероприятии принял участие 21 человек; ещё в 2 мероприятиях приняли участие 7 организаций.',
    );
  });

  it('says so when no event states its participants', () => {
    const events = [makeEvent({}), makeEvent({})];
    const text = pressSentences({ view: synthetic(events), filters: EMPTY_FILTERS }).join(' ');
    expect(text).toContain('Число участников ни одного из этих мероприятий в отчёте не указано.');
    expect(text).not.toContain('приняли участие');
  });

  it('lists other partners after a country filter, and never ranks a tie arbitrarily', () => {
    const codes = ['KZ', 'CN', 'IN', 'AE', 'DE', 'ZA'];
    const events = codes.map((c) => makeEvent({ countries: ['BY', c] }));
    const filters = { ...EMPTY_FILTERS, countries: ['BY'] };
    const text = pressSentences({ view: synthetic(events), filters }).join(' ');
    expect(text).toContain('с участием Республики Беларусь.');
    // Six countries with one event each: no «чаще всего».
    expect(text).toContain('Кроме Республики Беларусь, в этих мероприятиях названы ещё 6 стран-партнёров.');
    expect(text).not.toContain('чаще всего');
  });

  it('names the peak month and the online share', () => {
    const events = [
      makeEvent({ start: '2026-01-20' }),
      makeEvent({ start: '2026-03-02', online: true }),
      makeEvent({ start: '2026-03-05', online: true }),
    ];
    const text = pressSentences({ view: synthetic(events), filters: EMPTY_FILTERS }).join(' ');
    expect(text).toContain('Больше всего мероприятий пришлось на март (2 мероприятия).');
    expect(text).toContain('В дистанционном формате прошли 2 мероприятия.');
  });
});

describe('helpers', () => {
  it('period phrases: quarter, months, clamped date range', () => {
    expect(periodPhrase(report, EMPTY_FILTERS)).toBe('в I квартале 2026 года');
    expect(periodPhrase(report, { ...EMPTY_FILTERS, months: ['2026-02', '2026-01'] })).toBe(
      'в январе и феврале 2026 года',
    );
    expect(periodPhrase(report, { ...EMPTY_FILTERS, from: '2026-02-01', to: '2026-03-15' })).toBe(
      'в период с 1 февраля по 15 марта 2026 года',
    );
    expect(periodPhrase(report, { ...EMPTY_FILTERS, from: '2025-12-01' })).toBe(
      'в период с 1 января по 31 марта 2026 года',
    );
    // Within one month the month is said once; one day is a date.
    expect(periodPhrase(report, { ...EMPTY_FILTERS, from: '2026-02-09', to: '2026-02-15' })).toBe(
      'в период с 9 по 15 февраля 2026 года',
    );
    expect(periodPhrase(report, { ...EMPTY_FILTERS, from: '2026-03-06', to: '2026-03-06' })).toBe('6 марта 2026 года');
  });

  it('participant quantities: nominative when exact, genitive after «не менее»', () => {
    expect(participantsQuantity(21, 'people', false)).toBe('21 человек');
    expect(participantsQuantity(21, 'people', true)).toBe('не менее 21 человека');
    expect(participantsQuantity(1200, 'people', true)).toBe(`не менее 1${NBSP}200 человек`);
    expect(participantsQuantity(1, 'organizations', false)).toBe('1 организация');
    expect(participantsQuantity(3, 'organizations', false)).toBe('3 организации');
    expect(participantsQuantity(1, 'organizations', true)).toBe('не менее 1 организации');
  });

  it('sector phrases drop «Сотрудничество», decline «Общие направления …» and quote anything else', () => {
    expect(sectorPhrase('Сотрудничество в социальной сфере')).toBe('в социальной сфере');
    expect(sectorPhrase('Общие направления сотрудничества')).toBe('по общим направлениям сотрудничества');
    expect(sectorPhrase('Прочее')).toBe('по направлению «Прочее»');
  });

  it('leaders widen to ties and give up when the tie is too wide', () => {
    const items = [5, 3, 2, 2, 1, 1, 1].map((count) => ({ count }));
    expect(leaders(items).items.map((i) => i.count)).toEqual([5, 3, 2, 2]);
    const flat = Array.from({ length: 7 }, () => ({ count: 1 }));
    expect(leaders(flat)).toEqual({ items: [], complete: false });
  });
});
