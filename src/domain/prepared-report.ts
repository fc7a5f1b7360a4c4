// A report made ready for the screens, once: typed columns, the search index, the values each facet
// offers and the orders the table, the timeline and the week lists walk — built when first asked for
// and kept on this object, so every question about the same report reuses them. Several reports can
// be prepared side by side (a quarter and the one before it): nothing is shared between them.
import { buildColumns, type EventColumns } from './columns';
import { EventsView } from './events-view';
import type { ParseContext } from './filters';
import type { Report, ReportEvent } from './report-schema';
import { buildSearchIndex, type SearchIndex } from './search';

/** Filtered views kept per report, by filter content: the overview's charts ask for a few in turn. */
const VIEW_CACHE_SIZE = 16;

export class PreparedReport {
  readonly report: Report;
  readonly columns: EventColumns;
  #search: SearchIndex | undefined;
  #all: EventsView | undefined;
  #parseContext: Required<ParseContext> | undefined;
  #sectorNames: Map<string, string> | undefined;
  readonly #derived = new Map<string, unknown>();
  readonly #views = new Map<string, EventsView>();

  constructor(report: Report) {
    this.report = report;
    this.columns = buildColumns(report.events);
  }

  get events(): readonly ReportEvent[] {
    return this.report.events;
  }

  get size(): number {
    return this.report.events.length;
  }

  /** The normalised, stemmed search index (built on the first search). */
  get search(): SearchIndex {
    return (this.#search ??= buildSearchIndex(this.report.events));
  }

  /** Every event, in report order. */
  get all(): EventsView {
    return (this.#all ??= new EventsView(this, Uint32Array.from(this.report.events.keys())));
  }

  /** Countries and sectors present in the report, so links naming others get a notice. */
  get parseContext(): Required<ParseContext> {
    return (this.#parseContext ??= {
      knownCountries: new Set(this.columns.countryCodes),
      knownSectors: new Set(this.columns.sectorIds),
    });
  }

  /** A sector's name as the report writes it (its first event's); the id for an unknown one. */
  sectorName(id: string): string {
    if (!this.#sectorNames) {
      this.#sectorNames = new Map();
      for (const e of this.report.events)
        if (!this.#sectorNames.has(e.sector.id)) this.#sectorNames.set(e.sector.id, e.sector.name);
    }
    return this.#sectorNames.get(id) ?? id;
  }

  /**
   * Something derived from the whole report (a sort order, the timeline order, a facet's values),
   * built by `build` the first time `key` is asked for and kept for the report's lifetime.
   */
  derived<T>(key: string, build: () => T): T {
    if (this.#derived.has(key)) return this.#derived.get(key) as T;
    const value = build();
    this.#derived.set(key, value);
    return value;
  }

  /** The view for a filter (`key`: its canonical URL form), kept for the last few filters asked for. */
  view(key: string, build: () => Uint32Array): EventsView {
    const known = this.#views.get(key);
    if (known) {
      // Most recently used last, so the oldest is the one dropped.
      this.#views.delete(key);
      this.#views.set(key, known);
      return known;
    }
    const view = new EventsView(this, build());
    this.#views.set(key, view);
    if (this.#views.size > VIEW_CACHE_SIZE) this.#views.delete(this.#views.keys().next().value!);
    return view;
  }
}

export function prepareReport(report: Report): PreparedReport {
  return new PreparedReport(report);
}
