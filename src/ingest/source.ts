// The neutral structure both readers produce and the parser consumes: the document's blocks in order.
// A table row is a list of cell texts (a cell's paragraphs/lines joined by \n) on the header's columns;
// anything outside a table is a paragraph.

/** How the reader filled a cell, for the parser's warnings. */
export interface CellMark {
  /** Index of the cell in `cells`. */
  column: number;
  /**
   * vMerge: the cell is one Word cell merged vertically over `rows` rows, its text given to each;
   * gridSpan: the cell's text is a copy of column `from`, one Word cell spanning both columns;
   * autoNumber: the text is Word's automatic list number, not typed.
   */
  kind: 'vMerge' | 'gridSpan' | 'autoNumber';
  rows?: number;
  from?: number;
}

export type SourceBlock =
  | { kind: 'paragraph'; text: string }
  | {
      kind: 'row';
      cells: string[];
      marks?: CellMark[];
      /** Word marks the row as a header repeated on every page (w:tblHeader). */
      header?: boolean;
    };

export interface SourceDocument {
  blocks: SourceBlock[];
}

/**
 * A cell holding only an event number: «1.», «12)», «7», «№ 3», and compound numbers «3.1.», «4а.».
 * Groups: 1 the main number, 2 the sub-numbers («.1.2»), 3 a letter suffix.
 */
export const NUMBER_CELL_RE = /^\s*(?:№\s*)?(\d{1,4})((?:\s*\.\s*\d{1,3})*)\s*(?:([а-яёa-z])\s*)?[.)]?\s*$/iu;

export interface NumberCell {
  number: number;
  /** The number as written when it is compound («3.1», «4а»), else null. */
  compound: string | null;
}

export function readNumberCell(cell: string): NumberCell | null {
  const m = NUMBER_CELL_RE.exec(cell);
  if (!m) return null;
  const subs = (m[2] ?? '').replace(/\s+/g, '');
  const letter = m[3] ?? '';
  return { number: Number(m[1]), compound: subs || letter ? `${m[1]}${subs}${letter}` : null };
}
