// Reader for the plain-text export of the Word table: every cell starts with a TAB at the beginning of
// a line (sometimes after stray spaces); lines without a leading TAB continue the previous cell.
// Lines before the first cell are the title paragraphs.
import { NUMBER_CELL_RE, type SourceBlock, type SourceDocument } from './source';
import { looksLikeSectorHeading } from './sectors';
import { normalizeText } from './text-utils';

const CELL_START_RE = /^[ ]*\t/;
const CONTINUATION_LINE_RE =
  /^\(?\s*(?:продолжение|окончание)(?:\s+таблицы|\s+приложения)(?:\s+(?:№\s*)?\d+)?\s*\)?\.?$|^таблица\s+(?:№\s*)?\d*\s*\((?:продолжение|окончание)\)\.?$/iu;
/** In the text export a number cell always carries its dot: «1. ». */
const TEXT_NUMBER_RE = /^\s*\d{1,4}\s*[.)]\s*$/;

interface RawCell {
  lines: string[];
  afterBlank: boolean;
}

export function readTextExport(input: string): SourceDocument {
  const lines = normalizeText(input).split('\n');
  const preamble: string[][] = [[]];
  const cells: RawCell[] = [];
  let blank = false;
  for (const line of lines) {
    // «Продолжение таблицы» where Word split the table: layout, not a cell's text.
    if (CONTINUATION_LINE_RE.test(line.trim())) continue;
    if (CELL_START_RE.test(line)) {
      // A line may hold several cells if TABs appear inside it.
      const parts = line.replace(/^[ ]*\t/, '').split('\t');
      parts.forEach((part, i) => cells.push({ lines: [part], afterBlank: i === 0 ? blank : false }));
      blank = false;
    } else if (line.trim() === '') {
      blank = true;
      if (cells.length === 0) preamble.push([]);
    } else if (cells.length === 0) {
      (preamble[preamble.length - 1] as string[]).push(line);
    } else {
      const [head = '', ...rest] = line.split('\t');
      const last = cells[cells.length - 1] as RawCell;
      // A number cell is complete on its own line: text under it is the next cell that lost its TAB.
      if (last.lines.length === 1 && TEXT_NUMBER_RE.test(last.lines[0] ?? ''))
        cells.push({ lines: [head], afterBlank: false });
      else last.lines.push(head);
      for (const part of rest) cells.push({ lines: [part], afterBlank: false });
    }
  }

  const blocks: SourceBlock[] = [];
  for (const para of preamble) if (para.length > 0) blocks.push({ kind: 'paragraph', text: para.join('\n') });

  // Group cells into rows. A row starts at a number cell; otherwise a cell after a blank line starts a
  // new row when the current row is complete (as wide as the header) or is a lone heading cell.
  let columns = 6;
  let row: string[] | null = null;
  let headerSeen = false;
  for (const cell of cells) {
    const text = cell.lines.join('\n');
    const startsRow =
      row === null ||
      TEXT_NUMBER_RE.test(text) ||
      (cell.afterBlank &&
        (row.length >= columns ||
          (row.length === 1 && !NUMBER_CELL_RE.test(row[0] ?? '') && looksLikeSectorHeading(row[0] ?? ''))));
    if (startsRow) {
      if (row && !headerSeen && /^\s*№/.test(row[0] ?? '')) {
        columns = Math.max(2, row.length);
        headerSeen = true;
      }
      row = [text];
      blocks.push({ kind: 'row', cells: row });
    } else (row as string[]).push(text);
  }
  return { blocks };
}
