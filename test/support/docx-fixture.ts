// Test helper: builds a .docx from neutral blocks with the `docx` package (a Word table whose rows and
// cells are the text export's rows and cells; a cell's lines become paragraphs).
import { Bookmark, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { SourceDocument } from '../../src/ingest/source';

function cellParagraphs(text: string): Paragraph[] {
  const lines = text.split('\n');
  return lines.map((line) => {
    // A literal «[bookmark: X]» at the start stays as text so both inputs carry the same artefact;
    // a real Word bookmark is added around the rest of the line to show the reader ignores it.
    const m = /^\[bookmark: ([^\]]+)\](.*)$/.exec(line);
    if (m)
      return new Paragraph({
        children: [
          new TextRun(`[bookmark: ${m[1]}]`),
          new Bookmark({ id: m[1] ?? 'b', children: [new TextRun(m[2] ?? '')] }),
        ],
      });
    return new Paragraph({ children: [new TextRun(line)] });
  });
}

export async function buildDocx(
  doc: SourceDocument,
  options: { columns?: number; titleLinesAsParagraphs?: boolean } = {},
): Promise<Buffer> {
  const columns = options.columns ?? 6;
  const children: Array<Paragraph | Table> = [];
  let rows: TableRow[] = [];
  const flushTable = () => {
    if (rows.length > 0) children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
    rows = [];
  };
  for (const block of doc.blocks) {
    if (block.kind === 'paragraph') {
      flushTable();
      const parts = options.titleLinesAsParagraphs === false ? [block.text] : block.text.split('\n');
      for (const p of parts) children.push(new Paragraph({ children: [new TextRun(p)] }));
    } else {
      const cells = block.cells.map(
        (c) =>
          new TableCell({ children: cellParagraphs(c), ...(block.cells.length === 1 ? { columnSpan: columns } : {}) }),
      );
      rows.push(new TableRow({ children: cells }));
    }
  }
  flushTable();
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
