// The neutral structure both readers produce and the parser consumes: the document's blocks in order.
// A table row is a list of cell texts (a cell's paragraphs/lines joined by \n); anything outside a
// table is a paragraph.

export type SourceBlock = { kind: 'paragraph'; text: string } | { kind: 'row'; cells: string[] };

export interface SourceDocument {
  blocks: SourceBlock[];
}

/** A cell holding only an event number: «1.», «12)», «7». */
export const NUMBER_CELL_RE = /^\s*(\d{1,4})\s*[.)]?\s*$/;
