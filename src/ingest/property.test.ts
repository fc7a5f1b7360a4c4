// @vitest-environment node
// Property tests: the parser never throws, and never loses a numbered row that is present.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDates } from './dates';
import { partnerCountries, resolvePlace } from './gazetteer';
import { parseDocument } from './parse';
import { parseParticipants } from './participants';
import { readTextExport } from './read-text';
import type { SourceDocument } from './source';

const RAW = readFileSync(
  resolve(import.meta.dirname, '../../data/raw/smolensk-international-events-2026-q1.txt'),
  'utf8',
);
const LINES = RAW.split('\n');
const NUMBER_LINE_RE = /^[ ]*\t\s*(\d{1,4})\s*[.)]\s*$/;

/** Numbers of the number cells present in a text export, as the reader sees them. */
function numbersIn(text: string): number[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => NUMBER_LINE_RE.exec(l.replace(/[\u00a0]/g, ' '))?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .filter((n) => n > 0);
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

/** Events that carry a number read from a number cell (not one given to a row without a number). */
function explicitNumbers(events: ReturnType<typeof parseDocument>['events']): number[] {
  return events.filter((e) => !e.warnings.some((w) => /нет номера/.test(w.message))).map((e) => e.number);
}

/** Every number cell of the text export has its event (the reader may find more, e.g. «⏎1.» continuations). */
function checkNoLoss(text: string): void {
  const parsed = parseDocument(readTextExport(text));
  const got = explicitNumbers(parsed.events);
  for (const n of numbersIn(text)) {
    const i = got.indexOf(n);
    expect(i, `row ${n} lost`).toBeGreaterThanOrEqual(0);
    got.splice(i, 1);
  }
}

const cellText = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '1. ',
    '31. ',
    'Общие направления сотрудничества',
    'Сотрудничество в сфере спорта',
    '[bookmark: _Hlk1]',
    '«',
    '»',
    '(',
    ')',
    '20-22 марта',
    '2026 года',
    'г. Минск',
    'Более 1200 человек',
    '№ п/п',
    '\t',
    '\n',
    '\u00a0',
  ),
);

describe('parser properties', () => {
  it('arbitrary strings: never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        parseDocument(readTextExport(s));
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary lines built from report-like pieces: never throws, keeps every numbered row', () => {
    const line = fc.tuple(fc.constantFrom('', '\t', ' \t'), cellText).map(([p, c]) => p + c);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) => {
        const text = ['в I квартале 2026 года', '', ...lines].join('\n');
        checkNoLoss(text);
      }),
      // Found by a run: a row «0A» (skipped, number 0) once renumbered the table as if compound.
      { numRuns: 300, examples: [[['\t0A', ' \t31. ']]] },
    );
  });

  it('shuffled lines of the real report: never throws, keeps every numbered row', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(LINES, { minLength: 0, maxLength: LINES.length }), (lines) => {
        checkNoLoss(lines.join('\n'));
      }),
      { numRuns: 60 },
    );
  });

  it('the real report truncated anywhere: never throws, keeps every numbered row', () => {
    fc.assert(
      fc.property(fc.nat({ max: RAW.length }), fc.nat({ max: RAW.length }), (a, b) => {
        const text = RAW.slice(Math.min(a, b), Math.max(a, b));
        checkNoLoss(text);
      }),
      { numRuns: 80 },
    );
  });

  it('arbitrary neutral blocks (the docx path): never throws, one event per numbered row', () => {
    const block = fc.oneof(
      fc.record({ kind: fc.constant('paragraph' as const), text: cellText }),
      fc.record({ kind: fc.constant('row' as const), cells: fc.array(cellText, { maxLength: 8 }) }),
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 40 }), (blocks) => {
        const doc: SourceDocument = { blocks };
        const parsed = parseDocument(doc);
        let seenRow = false;
        let compound = false;
        const expected: number[] = [];
        for (const b of blocks) {
          if (b.kind === 'row') seenRow = true;
          if (b.kind === 'row' && seenRow) {
            // «3», «3.», «3)», «№ 3», and compound «3.1.», «4а.» (then the events are numbered in order).
            const m = /^\s*(?:№\s*)?(\d{1,4})((?:\s*\.\s*\d{1,3})*)\s*(?:([а-яёa-z])\s*)?[.)]?\s*$/iu.exec(
              b.cells[0]?.replace(/\[(?:bookmark|anchor|comment|image)\s*:[^\]\n]*\]/gi, '') ?? '',
            );
            if (m && Number(m[1]) > 0) expected.push(Number(m[1]));
            if (m && (m[2] || m[3])) compound = true;
          }
        }
        const got = explicitNumbers(parsed.events);
        if (compound) expect(got).toHaveLength(expected.length);
        else expect(sorted(got)).toEqual(sorted(expected));
      }),
      { numRuns: 300 },
    );
  });

  it('piece parsers never throw and keep their invariants', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 2000, max: 2100 }), (s, year) => {
        const d = parseDates(s, { year });
        if (d.start && d.end) expect(d.start <= d.end).toBe(true);
        const p = parseParticipants(s);
        if (p.count === null) expect([p.qualifier, p.unit, p.foreignCount]).toEqual([null, null, null]);
        else expect(p.count).toBeGreaterThanOrEqual(0);
        expect(partnerCountries([s])).not.toContain('RU');
        resolvePlace(s);
      }),
      { numRuns: 500 },
    );
  });
});
