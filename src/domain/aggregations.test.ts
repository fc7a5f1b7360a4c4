// Aggregations against the real 2026-Q1 report. Expected values were counted by hand from the raw
// text (data/raw/smolensk-international-events-2026-q1.txt): rows grouped under each «Сотрудничество в
// сфере …» heading, dates read off the «Сроки» column and laid on a 2026 calendar (1 January 2026 is
// a Thursday), participant numbers read off the last column. Each expectation names the rows behind it.
import { describe, expect, it } from 'vitest';
import { eventsView, loadPrepared, rowsView } from '../../test/support/raw-report';
import { GOLDEN_COUNTRY_EVENTS } from '../../test/support/golden-q1';
import {
  dayOffset,
  delegationMeetings,
  eventsByCountry,
  eventsByMonth,
  eventsBySector,
  eventsByWeek,
  onlineEventCount,
  participantsBySector,
  participantsSummary,
  peakWeeks,
  periodMonths,
  timelineSpans,
} from './aggregations';
import type { ReportEvent } from './report-schema';

const model = loadPrepared();
const report = model.report;
const events = report.events;
const all = model.all;
const none = rowsView(model, []);

describe('the data file is the full report', () => {
  it('has all 34 rows', () => {
    expect(events.map((e) => e.number)).toEqual(Array.from({ length: 34 }, (_, i) => i + 1));
  });
});

describe('eventsBySector', () => {
  it('counts the rows under each sector heading, most first, ties in report order', () => {
    // Headings and their rows: экономического развития 1–6; инвестиционного 7–8; промышленности 9–11;
    // сельского хозяйства 12; транспорта 13; труда 14; цифрового 15; культуры и туризма 16–20;
    // образования 21–24; социальной 25; здравоохранения 26; молодежной политики 27–28; спорта 29–31;
    // «Общие направления сотрудничества» 32–34 (its heading is glued to row 31's cell in the source).
    expect(eventsBySector(all).map((s) => [s.name, s.count])).toEqual([
      ['Сотрудничество в сфере экономического развития', 6],
      ['Сотрудничество в сфере культуры и туризма', 5],
      ['Сотрудничество в сфере образования и науки', 4],
      ['Сотрудничество в сфере промышленности и торговли', 3],
      ['Сотрудничество в сфере спорта', 3],
      ['Общие направления сотрудничества', 3],
      ['Сотрудничество в сфере инвестиционного развития', 2],
      ['Сотрудничество в сфере молодежной политики и гражданско-патриотического воспитания', 2],
      ['Сотрудничество в сфере сельского хозяйства', 1],
      ['Сотрудничество в сфере транспорта и дорожного хозяйства', 1],
      ['Сотрудничество в сфере труда и занятости населения', 1],
      ['Сотрудничество в сфере цифрового развития', 1],
      ['Сотрудничество в социальной сфере', 1],
      ['Сотрудничество в сфере здравоохранения', 1],
    ]);
  });

  it('sums to the number of events and is empty for none', () => {
    expect(eventsBySector(all).reduce((n, s) => n + s.count, 0)).toBe(34);
    expect(eventsBySector(none)).toEqual([]);
  });
});

describe('eventsByCountry and partnerCountries', () => {
  it('counts events per named partner country', () => {
    // The golden facts, counted by hand under the role rules (test/support/golden-q1.ts): Belarus 23 —
    // row 13 (a Union State commission in Ufa, the road М-1 «Беларусь») only names it.
    const expected = Object.entries(GOLDEN_COUNTRY_EVENTS)
      .map(([code, rows]) => ({ code, count: rows.length }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
    expect(eventsByCountry(all)).toEqual(expected);
    expect(eventsByCountry(all).map((c) => c.code)).toEqual(['BY', 'KZ', 'CN', 'IN', 'AE', 'DE', 'KG', 'ZA']);
    for (const [code, rows] of Object.entries(GOLDEN_COUNTRY_EVENTS))
      expect(events.filter((e) => e.countries.includes(code)).map((e) => e.number)).toEqual(rows);
  });

  it('never lists the host and counts an event once per country', () => {
    expect(eventsByCountry(all).map((c) => c.code)).not.toContain('RU');
    // Row 15 names six countries: it adds one to each of them, not six to one.
    expect(eventsByCountry(rowsView(model, [15])).map((c) => c.count)).toEqual([1, 1, 1, 1, 1, 1]);
  });
});

describe('onlineEventCount', () => {
  it('counts remote events', () => {
    // «в дистанционном формате»: 1, 14, 17, 19, 21, 23, 24; «в режиме видеоконференцсвязи»: 18;
    // «Телемост» (a video bridge between Mogilev and Smolensk libraries): 20.
    expect(onlineEventCount(all)).toBe(9);
    expect(events.filter((e) => e.place.online).map((e) => e.number)).toEqual([1, 14, 17, 18, 19, 20, 21, 23, 24]);
  });
});

describe('participantsSummary', () => {
  const summary = participantsSummary(all);

  it('sums stated people, with the lower bound flagged', () => {
    // People: 9 (4), 14 (58), 15 («более 1200» → 1200, a lower bound), 17 (120), 18 (13), 19 (32),
    // 20 (50), 21 (102), 22 (120 in total, of them 6 cadets), 23 (2), 24 (2), 25 (8), 26 (50),
    // 27 (5 000), 28 (15), 34 (2) = 6 778 in 16 events.
    expect(summary.people).toEqual({ total: 6778, events: 16, atLeast: true });
  });

  it('keeps organisations apart from people', () => {
    // Small and medium businesses: 1 (21), 2 (4), 4 (3), 5 (3), 6 (3) = 34 in 5 events.
    expect(summary.organizations).toEqual({ total: 34, events: 5, atLeast: false });
  });

  it('counts the events that state no number', () => {
    // Lists of officials without a count, or an empty cell: 3, 7, 8, 10, 11, 12, 13, 16, 29, 30, 31, 32, 33.
    expect(summary.unstated).toBe(13);
    expect(summary.people.events + summary.organizations.events + summary.unstated).toBe(34);
  });

  it('sums stated foreign participants', () => {
    // Row 27: 20 foreign young people of 5 000; row 28: 5 Indian students of 15.
    expect(summary.foreign).toEqual({ total: 25, events: 2, atLeast: false });
  });

  it('is all zeros for no events', () => {
    expect(participantsSummary(none)).toEqual({
      people: { total: 0, events: 0, atLeast: false },
      organizations: { total: 0, events: 0, atLeast: false },
      unstated: 0,
      foreign: { total: 0, events: 0, atLeast: false },
    });
  });
});

describe('participantsBySector', () => {
  it('splits the summary by sector, in eventsBySector order', () => {
    const rows = participantsBySector(all);
    expect(rows.map((r) => r.name)).toEqual(eventsBySector(all).map((s) => s.name));
    const get = (fragment: string) => rows.find((r) => r.name.includes(fragment))!;
    // Молодежная политика: 27 (5 000) + 28 (15).
    expect(get('молодежной').people).toEqual({ total: 5015, events: 2, atLeast: false });
    // Цифровое развитие: only row 15, «более 1200».
    expect(get('цифрового').people).toEqual({ total: 1200, events: 1, atLeast: true });
    // Культура и туризм: 17 (120) + 18 (13) + 19 (32) + 20 (50); row 16 states none.
    expect(get('культуры').people).toEqual({ total: 215, events: 4, atLeast: false });
    expect(get('культуры').unstated).toBe(1);
    // Образование: 21 (102) + 22 (120) + 23 (2) + 24 (2).
    expect(get('образования').people.total).toBe(226);
    // Экономическое развитие: organisations only, 21 + 4 + 3 + 3 + 3; row 3 states none.
    expect(get('экономического')).toMatchObject({
      people: { total: 0, events: 0 },
      organizations: { total: 34, events: 5 },
      unstated: 1,
    });
    // Спорт: none of 29–31 gives a number.
    expect(get('спорта').unstated).toBe(3);
  });
});

describe('periodMonths and eventsByMonth', () => {
  it('lists the months of the quarter', () => {
    expect(periodMonths(report.period)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(periodMonths({ year: 2025, quarter: 4, start: '2025-11-15', end: '2026-02-10' })).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });

  it('counts events per month', () => {
    // January: 1, 26, 27, 28. February: 2, 3, 7, 8, 9, 14, 15, 16, 17, 18, 19, 21, 22, 29, 30, 32.
    // March: 4, 5, 6, 10, 11, 12, 13, 20, 23, 24, 25, 31, 33, 34. No event crosses a month boundary.
    expect(eventsByMonth(all)).toEqual([
      { month: '2026-01', count: 4 },
      { month: '2026-02', count: 16 },
      { month: '2026-03', count: 14 },
    ]);
  });

  it('counts an event spanning two months in both', () => {
    const e = { ...events[0]!, dates: { raw: '', start: '2026-01-30', end: '2026-02-02' } } as ReportEvent;
    expect(eventsByMonth(eventsView([e])).map((m) => m.count)).toEqual([1, 1, 0]);
  });
});

describe('eventsByWeek and peakWeeks', () => {
  const weeks = eventsByWeek(all);

  it('covers the quarter with Monday-based weeks', () => {
    // 1 January 2026 is a Thursday, so the first week starts on Monday 29 December 2025; 31 March is a
    // Tuesday, so the last week ends on Sunday 5 April: 14 weeks.
    expect(weeks).toHaveLength(14);
    expect(weeks[0]).toMatchObject({ start: '2025-12-29', end: '2026-01-04' });
    expect(weeks.at(-1)).toMatchObject({ start: '2026-03-30', end: '2026-04-05' });
  });

  it('counts the events active in each week', () => {
    // 19–25 Jan: 27. 26 Jan–1 Feb: 1, 26, 28. 2–8 Feb: 16 (6–22 Feb), 21. 9–15 Feb: 2, 7, 8, 9, 15, 16,
    // 29, 30 = 8. 16–22 Feb: 14, 16, 17, 18, 22, 30 (13–16 Feb), 32 (20–23 Feb) = 7. 23 Feb–1 Mar: 3,
    // 19, 32. 2–8 Mar: 10, 33. 9–15 Mar: 4, 5, 6, 25, 34. 16–22 Mar: 11, 12, 20, 31, 34 (13–16 Mar).
    // 23–29 Mar: 13, 23, 24.
    expect(weeks.map((w) => w.count)).toEqual([0, 0, 0, 1, 3, 2, 8, 7, 3, 2, 5, 5, 3, 0]);
    // Multi-day events are counted in each week they touch: 16 (3 weeks), 30, 32, 34 (2 each) → +5.
    expect(weeks.reduce((n, w) => n + w.count, 0)).toBe(34 + 5);
  });

  it('finds the peak: 9–15 February with 8 events', () => {
    expect(peakWeeks(weeks)).toEqual([{ start: '2026-02-09', end: '2026-02-15', count: 8 }]);
  });

  it('returns every week that ties for the peak, and none without events', () => {
    const tied = [
      { start: 'a', end: 'a', count: 2 },
      { start: 'b', end: 'b', count: 1 },
      { start: 'c', end: 'c', count: 2 },
    ];
    expect(peakWeeks(tied).map((w) => w.start)).toEqual(['a', 'c']);
    expect(peakWeeks(eventsByWeek(none))).toEqual([]);
  });
});

describe('timelineSpans', () => {
  it('places every dated event as an inclusive span, earliest first', () => {
    const { spans, undated } = timelineSpans(all);
    expect(undated).toBe(0);
    expect(spans).toHaveLength(34);
    // Earliest: 27 (25 Jan); then 26 and 28 (26 Jan, report order); latest: 13 (26 Mar).
    expect(spans.slice(0, 3).map((s) => s.number)).toEqual([27, 26, 28]);
    expect(spans.at(-1)!.number).toBe(13);
    // Row 16, the exhibition of 6–22 February, lasts 17 days; row 7 is a one-day visit.
    expect(spans.find((s) => s.number === 16)).toMatchObject({ start: '2026-02-06', end: '2026-02-22', days: 17 });
    expect(spans.find((s) => s.number === 7)).toMatchObject({ start: '2026-02-10', end: '2026-02-10', days: 1 });
  });

  it('counts undated events instead of guessing', () => {
    const undatedEvent = { ...events[0]!, dates: { raw: 'в течение квартала', start: null, end: null } };
    expect(timelineSpans(eventsView([undatedEvent])).undated).toBe(1);
  });

  it('measures days from the period start', () => {
    expect(dayOffset('2026-01-01', report.period.start)).toBe(0);
    expect(dayOffset('2026-03-31', report.period.start)).toBe(89);
  });
});

describe('delegationMeetings', () => {
  it('reads the number from the closing note', () => {
    // «В I квартале 2026 года состоялось 3 встречи (приемы, переговоры) с иностранными делегациями…»
    expect(delegationMeetings(report.notes)).toEqual({ count: 3, text: report.notes[0] });
  });

  it('does not take the year for the count, and handles notes without a number or without a note', () => {
    expect(delegationMeetings(['В 2026 году прошли встречи с иностранными делегациями'])?.count).toBeNull();
    expect(delegationMeetings(['Состоялось 12 встреч с делегациями'])?.count).toBe(12);
    expect(delegationMeetings(['Состоялся 1 прием иностранной делегации'])?.count).toBe(1);
    expect(delegationMeetings([])).toBeNull();
  });
});
