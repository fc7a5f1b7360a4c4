// What a second file for a quarter would change against the report already kept for it: events added,
// removed and changed (field by field). Shown before anything is kept, so a replacement is never a
// surprise. Events are matched by title first (a row inserted above renumbers every row below it, and
// those rows are the same events), then by number (a title whose wording was corrected).
import { countryNames } from './countries';
import type { Report, ReportEvent } from './report-schema';
import { WARNING_FIELD_LABELS } from './warning-fields';

/**
 * The columns of a report row that a diff compares. Not the number: a row inserted above renumbers
 * every row below it, and those rows have not changed.
 */
export const DIFF_FIELDS = ['sector', 'title', 'place', 'dates', 'description', 'participants', 'countries'] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

export interface EventChange {
  before: ReportEvent;
  after: ReportEvent;
  /** The fields whose source text (or, for countries, the list) differs. */
  fields: DiffField[];
}

export interface ReportDiff {
  added: ReportEvent[];
  removed: ReportEvent[];
  changed: EventChange[];
  /** Events found in both, identical in every compared field. */
  unchanged: number;
  /** Report-level text that differs: the title or the notes after the table. */
  title: boolean;
  notes: boolean;
}

/** A row's field as the source wrote it (countries: their names), for the diff and its display. */
export function fieldText(event: ReportEvent, field: DiffField): string {
  switch (field) {
    case 'sector':
      return event.sector.name;
    case 'title':
      return event.title;
    case 'place':
      return event.place.raw;
    case 'dates':
      return event.dates.raw;
    case 'description':
      return event.description;
    case 'participants':
      return event.participants.raw;
    case 'countries':
      return event.countries.map((c) => countryNames(c).short).join(', ');
  }
}

/** The report's name for a column: «Место проведения», «Страны». */
export function diffFieldLabel(field: DiffField): string {
  return WARNING_FIELD_LABELS[field];
}

/** Whitespace, case, ё and quote styles do not make two texts different. */
function textKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"„“”']/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function changedFields(before: ReportEvent, after: ReportEvent): DiffField[] {
  return DIFF_FIELDS.filter((field) =>
    field === 'countries'
      ? [...before.countries].sort().join() !== [...after.countries].sort().join()
      : textKey(fieldText(before, field)) !== textKey(fieldText(after, field)),
  );
}

export function diffReports(previous: Report, next: Report): ReportDiff {
  const unmatched = new Set(previous.events);
  const pairs: [ReportEvent, ReportEvent][] = [];
  const unpaired: ReportEvent[] = [];
  // 1. Same title; among several, the one with the same dates, then the same number.
  const byTitle = new Map<string, ReportEvent[]>();
  for (const e of previous.events) byTitle.set(textKey(e.title), [...(byTitle.get(textKey(e.title)) ?? []), e]);
  for (const e of next.events) {
    const candidates = (byTitle.get(textKey(e.title)) ?? []).filter((c) => unmatched.has(c));
    const match =
      candidates.find((c) => textKey(c.dates.raw) === textKey(e.dates.raw)) ??
      candidates.find((c) => c.number === e.number) ??
      candidates[0];
    if (match) {
      unmatched.delete(match);
      pairs.push([match, e]);
    } else unpaired.push(e);
  }
  // 2. The same row number among the rest: the row kept its place and its title was reworded.
  const added: ReportEvent[] = [];
  for (const e of unpaired) {
    const match = [...unmatched].find((c) => c.number === e.number);
    if (match) {
      unmatched.delete(match);
      pairs.push([match, e]);
    } else added.push(e);
  }
  const changed: EventChange[] = [];
  let unchanged = 0;
  for (const [before, after] of pairs) {
    const fields = changedFields(before, after);
    if (fields.length > 0) changed.push({ before, after, fields });
    else unchanged += 1;
  }
  changed.sort((a, b) => a.after.number - b.after.number);
  return {
    added: added.sort((a, b) => a.number - b.number),
    removed: [...unmatched].sort((a, b) => a.number - b.number),
    changed,
    unchanged,
    title: textKey(previous.title) !== textKey(next.title),
    notes: textKey(previous.notes.join('\n')) !== textKey(next.notes.join('\n')),
  };
}

/** Whether the two reports hold the same events and texts. */
export function isEmptyDiff(diff: ReportDiff): boolean {
  return (
    diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0 && !diff.title && !diff.notes
  );
}
