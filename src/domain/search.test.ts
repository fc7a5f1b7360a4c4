import { describe, expect, it } from 'vitest';
import { HAND, loadPrepared, numbers, present, rawRowsMatching } from '../../test/support/raw-report';
import { filterView } from './filter-engine';
import { EMPTY_FILTERS } from './filters';
import type { ReportEvent } from './report-schema';
import { highlightRanges, matchesSearch, normalizeText, prepareQuery, searchMatches, stemWord } from './search';

const model = loadPrepared();
const report = model.report;
const index = model.search;
const search = (q: string) => numbers(filterView(model, { ...EMPTY_FILTERS, q }).events());

/** Marked substrings of a text, for readable assertions. */
function marked(text: string, query: string): string[] {
  return highlightRanges(text, prepareQuery(query)).map(([a, b]) => text.slice(a, b));
}

describe('normalizeText', () => {
  it('lower-cases and treats ё as е without changing the length', () => {
    expect(normalizeText('Объединённые ЭМИРАТЫ Ёлка')).toBe('объединенные эмираты елка');
    const text = 'İstanbul Ёж';
    expect(normalizeText(text)).toHaveLength(text.length);
  });
});

describe('stemWord', () => {
  it('strips case endings so inflected forms share a stem', () => {
    expect(new Set(['казахстан', 'казахстана', 'казахстане', 'казахстаном'].map(stemWord))).toEqual(
      new Set(['казахстан']),
    );
    expect(new Set(['смоленск', 'смоленска', 'смоленске'].map(stemWord)).size).toBe(1);
  });

  it('unifies the two spellings of the Belarus root', () => {
    expect(stemWord('беларусь')).toBe('беларус');
    expect(stemWord('белорусской')).toBe('беларусск');
    expect(stemWord('белорусская')).toBe('беларусск');
    expect(stemWord('беларуси')).toBe('беларус');
  });

  it('keeps short words whole rather than cutting them to ambiguous roots', () => {
    expect(stemWord('индия')).toBe('инди'); // not «инд», which would also find «индустриальный»
    expect(stemWord('мира')).toBe('мира');
  });
});

describe('search over the real report', () => {
  it('finds every row that mentions Belarus in any spelling and case', () => {
    const expected = present(report, rawRowsMatching(/беларус|белорус/i));
    expect(expected.length).toBeGreaterThan(0);
    for (const q of ['беларус', 'Беларусь', 'БЕЛАРУСЬ', 'Белоруссия']) expect(search(q)).toEqual(expected);
  });

  it('finds every case form of an adjective: «белорусский» finds «белорусской», «Белорусская»', () => {
    const expected = present(report, rawRowsMatching(/белорусск/i));
    expect(search('белорусский')).toEqual(expected);
    expect(search('БЕЛОРУССКИХ')).toEqual(expected);
  });

  it('matches other case forms of a word: «казахстан» finds «Казахстана», «Казахстане» finds «Казахстан»', () => {
    const expected = present(report, HAND.kazakhstan);
    expect(search('казахстан')).toEqual(expected);
    expect(search('Казахстане')).toEqual(expected);
  });

  it('treats ё and е alike in both the query and the text', () => {
    const withYo = report.events.filter((e) => /ё/i.test(e.title + e.description + e.participants.raw + e.place.raw));
    const plain = present(report, rawRowsMatching(/объедин[её]нн/i));
    expect(search('объединённых')).toEqual(search('объединенных'));
    expect(search('объединенных')).toEqual(plain);
    expect(withYo.every((e) => search(e.title.replace(/ё/g, 'е')).includes(e.number))).toBe(true);
  });

  it('requires every term to match', () => {
    const both = search('Минск лекция');
    expect(both).toEqual(search('минск').filter((n) => search('лекция').includes(n)));
    expect(search('Минск zzzzqqq')).toEqual([]);
  });

  it('ignores punctuation-only and empty queries', () => {
    expect(search('   ')).toHaveLength(report.events.length);
    expect(search('«»!')).toHaveLength(report.events.length);
  });

  it('answers the same from the index as from an event search key', () => {
    for (const q of ['беларусь', 'казахстан', 'субъект', 'онлайн лекция', 'ё']) {
      const fromKeys = report.events.filter((_, i) => matchesSearch(index.texts[i]!, q));
      const found = searchMatches(index, q)!;
      expect(numbers(fromKeys)).toEqual(numbers(report.events.filter((_, i) => found[i] === 1)));
    }
  });

  it('is built once per prepared report', () => {
    expect(model.search).toBe(index);
  });
});

describe('highlightRanges', () => {
  it('marks the typed part of a word, or the whole word when only the stem matched', () => {
    expect(marked('Визит в Республику Беларусь', 'беларус')).toEqual(['Беларус']);
    expect(marked('белорусской национальной культурой', 'Беларусь')).toEqual(['белорусской']);
    expect(marked('рынок Казахстана и Казахстан', 'казахстан')).toEqual(['Казахстан', 'Казахстан']);
    expect(marked('Объединённых Арабских Эмиратов', 'объединенных эмират')).toEqual(['Объединённых', 'Эмират']);
  });

  it('returns nothing without a query', () => {
    expect(highlightRanges('Беларусь', [])).toEqual([]);
  });

  it('keeps offsets valid for every event title', () => {
    for (const e of report.events as ReportEvent[]) {
      for (const [a, b] of highlightRanges(e.title, prepareQuery(e.title))) {
        expect(a).toBeGreaterThanOrEqual(0);
        expect(b).toBeLessThanOrEqual(e.title.length);
      }
    }
  });
});
