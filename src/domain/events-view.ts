// A subset of a prepared report, in a given order: the report and the positions of its events. Every
// aggregation, the press text, the exports and the table take a view, so a 100 000-event filter result
// is counted from the typed columns and never copied into a new array of objects. Answers computed
// about a view are kept on it (`memo`), frozen, because the cards, charts and press text ask the same
// questions about the same rows.
import type { PreparedReport } from './prepared-report';
import type { ReportEvent } from './report-schema';

export class EventsView {
  readonly model: PreparedReport;
  /** Positions in model.events, in the view's order. */
  readonly positions: Uint32Array;
  #events: readonly ReportEvent[] | undefined;
  readonly #memo = new Map<string, unknown>();

  constructor(model: PreparedReport, positions: Uint32Array) {
    this.model = model;
    this.positions = positions;
  }

  get size(): number {
    return this.positions.length;
  }

  /** The k-th event of the view. */
  event(k: number): ReportEvent {
    return this.model.events[this.positions[k]!]!;
  }

  /** The events as an array, built once (for code that needs one, such as a small table). */
  events(): readonly ReportEvent[] {
    return (this.#events ??= Object.freeze(Array.from(this.positions, (p) => this.model.events[p]!)));
  }

  /** `compute`'s answer about this view, computed once per key and frozen so no caller can change it. */
  memo<T>(key: string, compute: () => T): T {
    if (this.#memo.has(key)) return this.#memo.get(key) as T;
    const value = deepFreeze(compute());
    this.#memo.set(key, value);
    return value;
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
