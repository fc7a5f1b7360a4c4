// Filtering a prepared report: each active dimension's column predicate (dimensions.ts), run in one
// pass over the event positions. Facet counts come from the same pass: an event counts in facet F if
// it passes every filter but F, i.e. how many rows the table would show if the user's choice in F were
// that value. Text search and the date range apply to every facet.
import { DIMENSIONS, FACETS, type FacetKey, type FacetOption } from './dimensions';
import type { EventsView } from './events-view';
import { filtersKey, type EventFilters } from './filters';
import type { PreparedReport } from './prepared-report';

/** Facet options with live counts, by facet. */
export type Facets = Record<FacetKey, FacetOption[]>;

interface Compiled {
  /** Predicates of dimensions that are not facets (the text search, the date range): all must pass. */
  always: ((i: number) => boolean)[];
  /** Facet predicates with their bits. */
  facets: { bit: number; test: (i: number) => boolean }[];
}

function compile(model: PreparedReport, filters: EventFilters): Compiled {
  const compiled: Compiled = { always: [], facets: [] };
  for (const d of DIMENSIONS) {
    const test = d.predicate(filters, model);
    if (!test) continue;
    const facet = FACETS.find((f) => f.facet === d.facet);
    if (facet) compiled.facets.push({ bit: facet.bit, test });
    else compiled.always.push(test);
  }
  // The text search is an array lookup: cheapest first.
  compiled.always.reverse();
  return compiled;
}

/** The facets event i fails, as a bit mask (0: passes every facet); -1 when a non-facet filter fails. */
function failures({ always, facets }: Compiled, i: number): number {
  for (let k = 0; k < always.length; k++) if (!always[k]!(i)) return -1;
  let failed = 0;
  for (let k = 0; k < facets.length; k++) if (!facets[k]!.test(i)) failed |= facets[k]!.bit;
  return failed;
}

/** Positions (report order) of the events passing every filter. */
function passing(model: PreparedReport, filters: EventFilters): Uint32Array {
  const compiled = compile(model, filters);
  const out = new Uint32Array(model.size);
  let n = 0;
  for (let i = 0; i < model.size; i++) if (failures(compiled, i) === 0) out[n++] = i;
  return out.slice(0, n);
}

/**
 * The events passing `filters`, in report order. Views are kept on the model by filter content, so
 * the same filter (the overview's "every filter but the country one" after a country click) gives the
 * same view, with the answers already counted about it.
 */
export function filterView(model: PreparedReport, filters: EventFilters): EventsView {
  return model.view(filtersKey(filters), () => passing(model, filters));
}

/** 1 for every event (by report position) that passes all filters, else 0. */
export function filterMask(model: PreparedReport, filters: EventFilters): Uint8Array {
  const mask = new Uint8Array(model.size);
  for (const p of passing(model, filters)) mask[p] = 1;
  return mask;
}

/**
 * The facets and, in the same pass, which events pass every filter: what the explorer needs on each
 * filter change, reading the columns once.
 */
export function facetsAndMask(model: PreparedReport, filters: EventFilters): { facets: Facets; mask: Uint8Array } {
  const compiled = compile(model, filters);
  const counters = FACETS.map((d) => ({ bit: d.bit, counter: d.facet.counter(model) }));
  const mask = new Uint8Array(model.size);
  for (let i = 0; i < model.size; i++) {
    const failed = failures(compiled, i);
    if (failed < 0) continue;
    if (failed === 0) mask[i] = 1;
    else if ((failed & (failed - 1)) !== 0) continue; // fails two or more facets
    for (let k = 0; k < counters.length; k++)
      if (failed === 0 || failed === counters[k]!.bit) counters[k]!.counter.add(i);
  }
  const facets = {} as Facets;
  FACETS.forEach((d, k) => {
    const counts = counters[k]!.counter.counts();
    facets[d.facet.key] = facetLabels(model, d.facet.key).map((option, v) => ({ ...option, count: counts[v] ?? 0 }));
  });
  return { facets, mask };
}

/** A facet's values with their labels, once per report (formatting them on every keystroke is waste). */
function facetLabels(model: PreparedReport, key: FacetKey): readonly Omit<FacetOption, 'count'>[] {
  return model.derived(`facet-labels:${key}`, () => {
    const { facet } = FACETS.find((d) => d.facet.key === key)!;
    return facet.values(model).map((value) => ({ value, ...facet.label(value, model) }));
  });
}
