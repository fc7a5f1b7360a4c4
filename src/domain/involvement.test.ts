import { describe, expect, it } from 'vitest';
import {
  GOLDEN_AGREEMENT_TOTAL,
  GOLDEN_AGREEMENTS,
  GOLDEN_ARRANGEMENTS,
  GOLDEN_BELARUS_BY_ROLE,
  GOLDEN_COUNTRIES_STATED,
  GOLDEN_COUNTRY_EVENTS,
  GOLDEN_FOREIGN_EVENTS,
  GOLDEN_FOREIGN_PARTICIPANTS,
  GOLDEN_NAMED_COUNTRIES,
} from '../../test/support/golden-q1';
import { handSum, loadPrepared, rowsView } from '../../test/support/raw-report';
import {
  eventRolesText,
  countriesSummary,
  foreignParticipantsSummary,
  foreignParticipationCount,
  outcomesSummary,
  roleBreakdown,
  roleBreakdownLines,
  roleBreakdownText,
  rolesByCountry,
} from './involvement';
import { countriesPhrase } from './press-text';

const model = loadPrepared();
const all = model.all;

describe('figures by role, against the golden facts counted by hand', () => {
  it('Belarus by role: held 11, officials 11, citizens 5, speakers 1', () => {
    const expected = Object.entries(GOLDEN_BELARUS_BY_ROLE).map(([role, rows]) => ({ role, count: rows.length }));
    expect(roleBreakdown(all, 'BY')).toEqual(expected);
    expect(roleBreakdownText(all, 'BY')).toBe(
      'проведено там — 11; официальные лица и организации — 11; граждане и жители — 5; выступающие — 1',
    );
    // The tooltip lines of the country chart and the map say the same.
    expect(roleBreakdownLines(all, 'BY')).toEqual([
      ['проведено там', String(GOLDEN_BELARUS_BY_ROLE.held.length)],
      ['официальные лица и организации', String(GOLDEN_BELARUS_BY_ROLE.official.length)],
      ['граждане и жители', String(GOLDEN_BELARUS_BY_ROLE.people.length)],
      ['выступающие', String(GOLDEN_BELARUS_BY_ROLE.speakers.length)],
    ]);
    // Restricted to its held rows, only «held» is left, in each of them.
    expect(roleBreakdown(rowsView(model, GOLDEN_BELARUS_BY_ROLE.held), 'BY')[0]).toEqual({ role: 'held', count: 11 });
  });
  it("an event's roles in words (the «Роли стран» export column), against rows read by hand", () => {
    const row = (n: number) => model.report.events.find((e) => e.number === n)!;
    // Row 7: a Smolensk delegation's working visit to Brest.
    expect(eventRolesText(row(7))).toBe('Беларусь: проведено там, официальные лица и организации');
    // Row 12: Belarusian and Chinese officials at the opening of a flax plant.
    expect(eventRolesText(row(12))).toBe(
      'Беларусь: официальные лица и организации; Китай: официальные лица и организации',
    );
    // Row 13 only names Belarus (the Union State's parliamentary commission in Ufa).
    expect(eventRolesText(row(13))).toBe('');
  });
  it('every country with a role has its golden number of events under some role', () => {
    const byCountry = rolesByCountry(all);
    expect([...byCountry.keys()].sort()).toEqual(Object.keys(GOLDEN_COUNTRY_EVENTS).sort());
    for (const [code, rows] of Object.entries(GOLDEN_COUNTRY_EVENTS))
      expect(Math.max(...Object.values(byCountry.get(code)!)), code).toBeLessThanOrEqual(rows.length);
  });
  it('the country KPI: «названо 8 стран; в одном мероприятии — представители более 12 стран»', () => {
    const summary = countriesSummary(all);
    expect(summary.named).toBe(GOLDEN_NAMED_COUNTRIES);
    expect(summary.stated?.eventNumber).toBe(GOLDEN_COUNTRIES_STATED.row);
    expect(countriesPhrase(summary)).toBe('названо 8 стран; в одном мероприятии — представители более 12 стран');
    // Row 15 alone: 6 named, more than 12 stated.
    expect(countriesPhrase(countriesSummary(rowsView(model, [15])))).toBe(
      'названо 6 стран; в одном мероприятии — представители более 12 стран',
    );
    // Without row 15 nothing is stated beyond the names.
    expect(countriesSummary(rowsView(model, [3, 14])).stated).toBeNull();
  });
  it('events abroad or with foreign participation: 30 (row 27 in, row 13 out)', () => {
    expect(foreignParticipationCount(all)).toBe(GOLDEN_FOREIGN_EVENTS.length);
    expect(foreignParticipationCount(rowsView(model, [13, 27]))).toBe(1);
  });
  it('foreign participants: 203 in 4 events, 25 stated and 178 derived', () => {
    const { stated, derived, total } = GOLDEN_FOREIGN_PARTICIPANTS;
    expect(foreignParticipantsSummary(all)).toEqual({
      total,
      events: 4,
      stated: { total: handSum(stated), events: Object.keys(stated).length },
      derived: { total: handSum(derived), events: Object.keys(derived).length },
    });
  });
  it('agreements: 3 in 2 events; arrangements in rows 3, 9, 10', () => {
    const o = outcomesSummary(all);
    expect([o.agreements, o.agreementEvents, o.atLeast]).toEqual([GOLDEN_AGREEMENT_TOTAL, 2, false]);
    expect(o.agreementList.map((a) => [a.eventNumber, a.outcome.count])).toEqual(
      Object.entries(GOLDEN_AGREEMENTS).map(([n, a]) => [Number(n), a.count]),
    );
    expect(o.arrangementList.map((a) => a.eventNumber)).toEqual(GOLDEN_ARRANGEMENTS);
    expect(new Set(o.agreementList.flatMap((a) => a.countries))).toEqual(new Set(['BY']));
  });
});
