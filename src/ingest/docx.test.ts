// @vitest-environment node
// The .docx path: a Word file built from the text export's rows must yield the same report.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../test/support/docx-fixture';
import { IngestError } from './errors';
import { parseDocument } from './parse';
import { readDocx } from './read-docx';
import { readTextExport } from './read-text';
import type { SourceDocument } from './source';

const RAW = resolve(import.meta.dirname, '../../data/raw/smolensk-international-events-2026-q1.txt');

/** The text export's blocks, with the closing note moved out of the table as in the real .docx. */
function asWordLayout(doc: SourceDocument): SourceDocument {
  const blocks = [...doc.blocks];
  const last = blocks[blocks.length - 1];
  if (last?.kind === 'row' && last.cells.length === 1)
    blocks[blocks.length - 1] = { kind: 'paragraph', text: last.cells[0] ?? '' };
  return { blocks };
}

describe('docx input', () => {
  it('yields the same events, sectors, notes and warnings as the text export', async () => {
    const textDoc = readTextExport(readFileSync(RAW, 'utf8'));
    const fromText = parseDocument(textDoc);
    const docx = await buildDocx(asWordLayout(textDoc));
    const fromDocx = parseDocument(readDocx(docx));
    expect(fromDocx.errors).toEqual([]);
    expect(fromDocx.title).toBe(fromText.title);
    expect(fromDocx.period).toEqual(fromText.period);
    expect(fromDocx.notes).toEqual(fromText.notes);
    expect(fromDocx.events).toHaveLength(34);
    expect(fromDocx.events).toEqual(fromText.events);
    expect(fromDocx.warnings).toEqual(fromText.warnings);
  }, 30_000);

  it('a real Word bookmark leaves no text behind', async () => {
    const docx = await buildDocx({ blocks: [{ kind: 'row', cells: ['1.', '[bookmark: _Hlk9]Губернатор'] }] });
    const read = readDocx(docx);
    expect(read.blocks).toEqual([{ kind: 'row', cells: ['1.', '[bookmark: _Hlk9]Губернатор'] }]);
  });

  it('rejects a file that is not a .docx', () => {
    expect(() => readDocx(Buffer.from('not a zip'))).toThrow(IngestError);
  });
});
