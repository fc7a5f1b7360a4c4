// Free-text search over the report, in Russian.
//
// - Case-insensitive, ё = е (normalizeText keeps the string length, so match positions map straight
//   back onto the original text for highlighting).
// - A query term matches a word if the word contains it ("казахстан" → «Казахстана») or if the
//   word's stem starts with the term's stem. Stems come from light suffix stripping (case endings of
//   nouns and adjectives) plus a small table of equivalent roots (белорус ↔ беларус), so "беларус"
//   finds «Беларусь» and «белорусской», and "белорусский" finds «Беларуси».
// - Every query term must match (AND).
//
// Each report is normalised, tokenised and stemmed once (buildSearchIndex, kept by PreparedReport).
// A query is then answered from the index's vocabulary of distinct words, so typing never re-reads
// the raw text of the report.
import type { ReportEvent } from './report-schema';

/** Separates the words of a search key from its stems; never present in normalised text. */
const STEM_MARK = '\u0002';

/** Lower case, ё → е, same length as the input (so offsets stay valid for highlighting). */
export function normalizeText(text: string): string {
  const lower = text.toLowerCase();
  const same =
    lower.length === text.length
      ? lower
      : [...text].map((c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
  return same.replace(/ё/g, 'е').replaceAll(STEM_MARK, ' ');
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Words of an already normalised text. */
export function tokenize(normalized: string): string[] {
  return normalized.match(WORD) ?? [];
}

// Inflectional endings of Russian nouns and adjectives (after ё → е), longest first.
const ENDINGS = [
  'иями',
  'ями',
  'ами',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'иях',
  'ией',
  'ием',
  'иям',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ый',
  'ий',
  'ой',
  'ей',
  'ую',
  'юю',
  'ом',
  'ем',
  'ам',
  'ям',
  'ах',
  'ях',
  'ов',
  'ев',
  'ых',
  'их',
  'ым',
  'им',
  'ию',
  'ия',
  'ья',
  'ье',
  'ью',
  'ою',
  'ею',
  'а',
  'я',
  'о',
  'е',
  'ы',
  'и',
  'у',
  'ю',
  'ь',
  'й',
];

/** A stem keeps at least this many letters, so short words are not cut down to ambiguous roots. */
const MIN_STEM = 4;

/**
 * Roots spelled differently in official and everyday Russian: the stem is rewritten to the first
 * form. Only true spelling variants belong here, not synonyms.
 */
const EQUIVALENT_ROOTS: readonly (readonly [canonical: string, variant: string])[] = [
  ['беларус', 'белорус'],
  ['киргиз', 'кыргыз'],
  ['молдов', 'молдав'],
];

/** Whole stems that are older names of the same place: «Белоруссия» is «Беларусь». */
const EQUIVALENT_STEMS: ReadonlyMap<string, string> = new Map([
  ['белорусс', 'беларус'],
  ['киргизи', 'киргиз'],
]);

/** Stem of one normalised word: one case ending stripped, root spelling unified. */
export function stemWord(word: string): string {
  let stem = word;
  for (const ending of ENDINGS) {
    if (word.length - ending.length >= MIN_STEM && word.endsWith(ending)) {
      stem = word.slice(0, -ending.length);
      break;
    }
  }
  const same = EQUIVALENT_STEMS.get(stem);
  if (same) return same;
  for (const [canonical, variant] of EQUIVALENT_ROOTS) {
    if (stem.startsWith(variant)) return canonical + stem.slice(variant.length);
  }
  return stem;
}

export interface QueryTerm {
  /** The normalised term as typed. */
  term: string;
  stem: string;
}

/** Query terms, normalised and stemmed; punctuation separates terms like whitespace does. */
export function prepareQuery(query: string): QueryTerm[] {
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const term of tokenize(normalizeText(query))) {
    if (seen.has(term)) continue;
    seen.add(term);
    terms.push({ term, stem: stemWord(term) });
  }
  return terms;
}

function wordMatches(word: string, stem: string, q: QueryTerm): boolean {
  return word.includes(q.term) || stem.startsWith(q.stem);
}

/** The event's text fields that search looks at, in display order. */
export function searchableText(event: ReportEvent): string {
  return [event.title, event.place.raw, event.description, event.participants.raw].join('\n');
}

const FIELD_COUNT = 4;
function fieldText(event: ReportEvent, field: number): string {
  if (field === 0) return event.title;
  if (field === 1) return event.place.raw;
  if (field === 2) return event.description;
  return event.participants.raw;
}

/** Normalised text followed by the distinct stems of its words, each after STEM_MARK. */
function searchKey(normalized: string, words: readonly string[]): string {
  const stems = new Set(words.map(stemWord));
  return normalized + STEM_MARK + [...stems].join(STEM_MARK);
}

/** Search key of one event (what SearchIndex.texts holds), for checking a single event. */
export function eventSearchKey(event: ReportEvent): string {
  const normalized = normalizeText(searchableText(event));
  return searchKey(normalized, tokenize(normalized));
}

export interface SearchIndex {
  /**
   * Search key per event, aligned with the events array: the normalised searchable text, then its
   * word stems; matchesSearch understands it. Built on first access (filtering does not need it).
   */
  readonly texts: string[];
  /** Distinct words of the report with their stems. */
  vocabulary: { word: string; stem: string }[];
  /** Distinct field texts (a place or description repeats across events), as vocabulary ids. */
  fields: Int32Array[];
  /** For event i, its title, place, description and participants: ids into `fields`. */
  eventFields: Int32Array;
  /** Recent answers per query, because facets and the table ask the same question in turn. */
  cache: Map<string, Uint8Array>;
}

/**
 * Builds the normalised search index of a report (PreparedReport.search keeps it). Each distinct field
 * text is normalised and tokenised once, each distinct word stemmed once.
 */
export function buildSearchIndex(events: readonly ReportEvent[]): SearchIndex {
  const vocabulary: { word: string; stem: string }[] = [];
  const wordIds = new Map<string, number>();
  const fieldIds = new Map<string, number>();
  const fields: Int32Array[] = [];
  const eventFields = new Int32Array(events.length * FIELD_COUNT);
  for (let i = 0; i < events.length; i++) {
    for (let f = 0; f < FIELD_COUNT; f++) {
      const raw = fieldText(events[i]!, f);
      let id = fieldIds.get(raw);
      if (id === undefined) {
        const ids = new Set<number>();
        for (const word of tokenize(normalizeText(raw))) {
          let w = wordIds.get(word);
          if (w === undefined) {
            w = vocabulary.length;
            wordIds.set(word, w);
            vocabulary.push({ word, stem: stemWord(word) });
          }
          ids.add(w);
        }
        id = fields.length;
        fields.push(Int32Array.from(ids));
        fieldIds.set(raw, id);
      }
      eventFields[i * FIELD_COUNT + f] = id;
    }
  }
  let texts: string[] | undefined;
  return {
    get texts() {
      return (texts ??= events.map(eventSearchKey));
    },
    vocabulary,
    fields,
    eventFields,
    cache: new Map(),
  };
}

/** Whether one search key (SearchIndex.texts[i]) matches every term of the query. */
export function matchesSearch(searchKeyText: string, query: string): boolean {
  return prepareQuery(query).every((q) => searchKeyText.includes(q.term) || searchKeyText.includes(STEM_MARK + q.stem));
}

const CACHE_SIZE = 8;

/**
 * Which events match the query: 1 at the event's position, else 0; null when the query has no
 * terms (nothing to filter by). Answered from the vocabulary and distinct fields, not the raw text.
 */
export function searchMatches(index: SearchIndex, query: string): Uint8Array | null {
  const terms = prepareQuery(query);
  if (terms.length === 0) return null;
  const key = terms.map((t) => t.term).join(' ');
  const cached = index.cache.get(key);
  if (cached) return cached;

  const { vocabulary, fields, eventFields } = index;
  const n = eventFields.length / FIELD_COUNT;
  const result = new Uint8Array(n).fill(1);
  const wordHit = new Uint8Array(vocabulary.length);
  const fieldHit = new Uint8Array(fields.length);
  for (const q of terms) {
    for (let w = 0; w < vocabulary.length; w++) {
      const entry = vocabulary[w]!;
      wordHit[w] = wordMatches(entry.word, entry.stem, q) ? 1 : 0;
    }
    for (let f = 0; f < fields.length; f++) {
      const words = fields[f]!;
      let hit = 0;
      for (let k = 0; k < words.length && !hit; k++) hit = wordHit[words[k]!]!;
      fieldHit[f] = hit;
    }
    for (let i = 0, j = 0; i < n; i++, j += FIELD_COUNT) {
      if (
        result[i] &&
        !(
          fieldHit[eventFields[j]!] ||
          fieldHit[eventFields[j + 1]!] ||
          fieldHit[eventFields[j + 2]!] ||
          fieldHit[eventFields[j + 3]!]
        )
      )
        result[i] = 0;
    }
  }
  if (index.cache.size >= CACHE_SIZE) index.cache.delete(index.cache.keys().next().value!);
  index.cache.set(key, result);
  return result;
}

export type TextRange = readonly [start: number, end: number];

/** Stems of displayed words: each keystroke highlights the same visible rows again. */
const displayStems = new Map<string, string>();
const MAX_DISPLAY_STEMS = 10_000;

function displayStem(word: string): string {
  let stem = displayStems.get(word);
  if (stem === undefined) {
    stem = stemWord(word);
    if (displayStems.size >= MAX_DISPLAY_STEMS) displayStems.clear();
    displayStems.set(word, stem);
  }
  return stem;
}

/**
 * Where the query matches in a piece of display text, as merged [start, end) ranges: the typed term
 * where it occurs inside a word, else the whole word whose stem matched.
 */
export function highlightRanges(text: string, terms: readonly QueryTerm[]): TextRange[] {
  if (terms.length === 0 || text === '') return [];
  const normalized = normalizeText(text);
  const ranges: [number, number][] = [];
  for (const match of normalized.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    let stem: string | undefined;
    for (const q of terms) {
      let at = word.indexOf(q.term);
      if (at >= 0) {
        while (at >= 0) {
          ranges.push([start + at, start + at + q.term.length]);
          at = word.indexOf(q.term, at + q.term.length);
        }
      } else if ((stem ??= displayStem(word)).startsWith(q.stem)) {
        ranges.push([start, start + word.length]);
      }
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
