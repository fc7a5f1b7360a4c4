// Search normalisation: case-insensitive, ё = е. The text of every event is normalised once
// (buildSearchIndex), so typing never re-normalises the whole report.
import type { ReportEvent } from './report-schema';

export function normalizeText(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е');
}

export interface SearchIndex {
  /** Normalised searchable text per event, aligned with the events array. */
  texts: string[];
}

export function searchableText(event: ReportEvent): string {
  return [event.title, event.place.raw, event.description, event.participants.raw].join('\n');
}

export function buildSearchIndex(events: readonly ReportEvent[]): SearchIndex {
  return { texts: events.map((e) => normalizeText(searchableText(e))) };
}

/** Query terms, normalised. */
export function queryTerms(query: string): string[] {
  return normalizeText(query).split(/\s+/).filter(Boolean);
}

/** Every term of the query must occur in the text. */
export function matchesSearch(normalizedText: string, query: string): boolean {
  return queryTerms(query).every((term) => normalizedText.includes(term));
}
