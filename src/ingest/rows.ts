// What each block after the title is: the table's header (first or repeated), the row of column
// numbers under it, a «Продолжение таблицы» marker, a numbered event row, a sector heading, a note
// after the table, or a data row without a number. Pure; the parser decides what to do with each.
import { readNumberCell, type CellMark, type NumberCell, type SourceBlock } from './source';
import { cleanInline, cleanMultiline, stripArtefacts } from './text-utils';

export interface Row {
  cells: string[];
  /** Artefacts removed per cell index. */
  artefacts: string[][];
  marks: CellMark[];
  fromParagraph: boolean;
  header: boolean;
}

export function toRow(block: SourceBlock): Row {
  const cells = block.kind === 'row' ? block.cells : [block.text];
  const artefacts: string[][] = [];
  const out = cells.map((c, i) => {
    const { text, artefacts: found } = stripArtefacts(c);
    artefacts[i] = found;
    return text;
  });
  return {
    cells: out,
    artefacts,
    marks: block.kind === 'row' ? (block.marks ?? []) : [],
    fromParagraph: block.kind === 'paragraph',
    header: block.kind === 'row' && block.header === true,
  };
}

export function isBlank(text: string | undefined): boolean {
  return cleanMultiline(text ?? '') === '';
}

/** The table's header row: «№ п/п | Наименование мероприятия | …». */
export function isHeaderRow(row: Row): boolean {
  if (row.header) return true;
  const first = cleanInline(row.cells[0] ?? '');
  return (
    (first.startsWith('№') && readNumberCell(first) === null) ||
    /^п\s*\/\s*п$/i.test(first) ||
    (/наименование\s+мероприяти/i.test(cleanInline(row.cells[1] ?? '')) && row.cells.length >= 3)
  );
}

/** The row of column numbers Russian tables put under the header: «1 | 2 | 3 | 4 | 5 | 6». */
export function isColumnNumbersRow(row: Row): boolean {
  const values = row.cells.map((c) => cleanInline(c)).filter((c) => c !== '');
  return values.length >= 3 && values.every((v, i) => v.replace(/\.$/, '') === String(i + 1));
}

const CONTINUATION_RE =
  /^\(?\s*(?:продолжение|окончание)(?:\s+таблицы|\s+приложения)?(?:\s+(?:№\s*)?\d+)?\s*\)?\.?$|^таблица\s+(?:№\s*)?\d*\s*\((?:продолжение|окончание)\)\.?$/iu;

/** «Продолжение таблицы», «Окончание таблицы», «Таблица 1 (продолжение)»: where Word split the table. */
export function isContinuationMarker(row: Row): boolean {
  const values = row.cells.filter((c) => !isBlank(c));
  return values.length === 1 && CONTINUATION_RE.test(cleanInline(values[0] ?? ''));
}

/** The row's number cell, when its first cell holds only a number (typed or Word's automatic one). */
export function numberOf(row: Row): NumberCell | null {
  if (row.fromParagraph) return null;
  return readNumberCell(row.cells[0] ?? '');
}

/** The first cell is Word's automatic number (w:numPr), with or without a label the file defines. */
export function isAutoNumbered(row: Row): boolean {
  return row.marks.some((m) => m.kind === 'autoNumber' && m.column === 0);
}
