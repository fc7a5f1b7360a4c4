// Figures that follow the country roles, foreign participants and outcomes the ingest recorded with
// their evidence (rules: methodology.ts). Like aggregations.ts, every answer is kept on its view.
import { countryNames } from './countries';
import type { EventsView } from './events-view';
import { formatNumber } from '../lib/format';
import { COUNTING_ROLES, ROLE_LABELS, type CountryRole } from './methodology';
import type { CountriesStated, Outcome, ReportEvent } from './report-schema';

export type CountingRole = Exclude<CountryRole, 'context'>;
export type RoleCounts = Record<CountingRole, number>;

/** Calls `visit` with each event of the view: a plain loop, no array of 100 000 events built per question. */
function forEachEvent(view: EventsView, visit: (e: ReportEvent) => void): void {
  const { positions } = view;
  const { events } = view.model;
  for (let k = 0; k < positions.length; k++) visit(events[positions[k]!]!);
}

function emptyRoles(): RoleCounts {
  return { held: 0, official: 0, people: 0, speakers: 0 };
}

/** Per country, the events in which it had each role (an event with two roles counts under both). */
export function rolesByCountry(view: EventsView): Map<string, RoleCounts> {
  return view.memo('rolesByCountry', () => {
    const out = new Map<string, RoleCounts>();
    forEachEvent(view, (e) => {
      if (e.countryRoles.length === 0) return;
      const seen = new Set<string>();
      for (const r of e.countryRoles) {
        if (r.role === 'context' || seen.has(`${r.code} ${r.role}`)) continue;
        seen.add(`${r.code} ${r.role}`);
        const counts = out.get(r.code) ?? emptyRoles();
        counts[r.role] += 1;
        out.set(r.code, counts);
      }
    });
    return out;
  });
}

/** The roles of one country, in the methodology's order, with their event counts (zeros left out). */
export function roleBreakdown(view: EventsView, code: string): { role: CountingRole; count: number }[] {
  const counts = rolesByCountry(view).get(code) ?? emptyRoles();
  return (COUNTING_ROLES as CountingRole[]).flatMap((role) =>
    counts[role] > 0 ? [{ role, count: counts[role] }] : [],
  );
}

/** [«проведено там», «11»], …: the breakdown as label/value lines (chart and map tooltips). */
export function roleBreakdownLines(view: EventsView, code: string): [string, string][] {
  return roleBreakdown(view, code).map((r) => [ROLE_LABELS[r.role], formatNumber(r.count)]);
}

/** «проведено там — 11; официальные лица и организации — 11; граждане и жители — 5; выступающие — 1» */
export function roleBreakdownText(view: EventsView, code: string): string {
  return roleBreakdownLines(view, code)
    .map(([label, count]) => `${label} — ${count}`)
    .join('; ');
}

export interface CountriesSummary {
  /** Countries named as parties (any role but context). */
  named: number;
  /** The largest number of countries one event says took part («представители более 12 стран»), if any. */
  stated: { stated: CountriesStated; eventNumber: number } | null;
}

/** The fewest countries a stated count allows: «более 12» is at least 13. */
export function statedLowerBound(stated: CountriesStated): number {
  return stated.qualifier === 'moreThan' ? stated.count + 1 : stated.count;
}

export function countriesSummary(view: EventsView): CountriesSummary {
  return view.memo('countriesSummary', () => {
    const codes = new Set<string>();
    let stated: CountriesSummary['stated'] = null;
    for (let k = 0; k < view.size; k++) {
      const e = view.event(k);
      for (const c of e.countries) codes.add(c);
      const s = e.countriesStated;
      if (s && (!stated || statedLowerBound(s) > statedLowerBound(stated.stated)))
        stated = { stated: s, eventNumber: e.number };
    }
    return { named: codes.size, stated: stated && statedLowerBound(stated.stated) > codes.size ? stated : null };
  });
}

/** «более 12 стран», «не менее 5 стран», «12 стран»: the stated count in the source's own terms. */
export function statedCountriesWords(stated: CountriesStated, countries: (n: number) => string): string {
  const prefix = stated.qualifier === 'moreThan' ? 'более ' : stated.qualifier === 'atLeast' ? 'не менее ' : '';
  return `${prefix}${countries(stated.count)}`;
}

/** Events with a foreign party or foreign participants (a country with a role, or foreign people counted). */
export function hasForeignParticipation(e: ReportEvent): boolean {
  return e.countries.length > 0 || e.foreignParticipants !== null || e.countriesStated !== null;
}

export function foreignParticipationCount(view: EventsView): number {
  return view.memo('foreignParticipation', () => {
    let n = 0;
    forEachEvent(view, (e) => {
      if (hasForeignParticipation(e)) n += 1;
    });
    return n;
  });
}

export interface ForeignTotal {
  total: number;
  events: number;
}

export interface ForeignParticipantsSummary extends ForeignTotal {
  stated: ForeignTotal;
  derived: ForeignTotal;
}

/** Foreign participants where the row gives a number: stated by the row or derived from a wholly foreign group. */
export function foreignParticipantsSummary(view: EventsView): ForeignParticipantsSummary {
  return view.memo('foreignParticipants', () => {
    const out: ForeignParticipantsSummary = {
      total: 0,
      events: 0,
      stated: { total: 0, events: 0 },
      derived: { total: 0, events: 0 },
    };
    forEachEvent(view, (e) => {
      const f = e.foreignParticipants;
      if (!f) return;
      out.total += f.count;
      out.events += 1;
      out[f.basis].total += f.count;
      out[f.basis].events += 1;
    });
    return out;
  });
}

export interface OutcomeItem {
  eventId: string;
  eventNumber: number;
  title: string;
  countries: string[];
  outcome: Outcome;
}

export interface OutcomesSummary {
  /** Agreements signed, summed where the text gives their number. */
  agreements: number;
  /** Some agreement sentence says «соглашения» without a number: `agreements` is then a lower bound. */
  atLeast: boolean;
  agreementEvents: number;
  agreementList: OutcomeItem[];
  arrangementList: OutcomeItem[];
}

export function outcomesSummary(view: EventsView): OutcomesSummary {
  return view.memo('outcomes', () => {
    const out: OutcomesSummary = {
      agreements: 0,
      atLeast: false,
      agreementEvents: 0,
      agreementList: [],
      arrangementList: [],
    };
    forEachEvent(view, (e) => {
      if (e.outcomes.length === 0) return; // most events: nothing to build
      const items = e.outcomes.map((outcome) => ({
        eventId: e.id,
        eventNumber: e.number,
        title: e.title,
        countries: e.countries,
        outcome,
      }));
      const agreements = items.filter((i) => i.outcome.kind === 'agreement');
      if (agreements.length > 0) out.agreementEvents += 1;
      for (const a of agreements) {
        // A plural without a number is at least two.
        out.agreements += a.outcome.count ?? 2;
        if (a.outcome.count === null) out.atLeast = true;
      }
      out.agreementList.push(...agreements);
      out.arrangementList.push(...items.filter((i) => i.outcome.kind === 'arrangement'));
    });
    return out;
  });
}

/** «Беларусь: проведено там, официальные лица и организации»: each counted country of an event and its roles. */
export function eventRolesText(e: Pick<ReportEvent, 'countries' | 'countryRoles'>): string {
  return e.countries
    .map(
      (c) =>
        `${countryNames(c).short}: ${e.countryRoles
          .filter((r) => r.code === c && r.role !== 'context')
          .map((r) => ROLE_LABELS[r.role])
          .join(', ')}`,
    )
    .join('; ');
}
