// Reader for the original .docx: mammoth converts the document to simple HTML (paragraphs and
// tables), and a small walker turns it into the same neutral blocks as the text reader:
// table rows → cells (a cell's paragraphs joined by \n), paragraphs outside tables → paragraphs.
import mammoth from 'mammoth';
import type { SourceBlock, SourceDocument } from './source';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[body.toLowerCase()] ?? m;
  });
}

const BLOCK_TAGS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'ul', 'ol']);

/** Walks mammoth's HTML. Exported for tests. */
export function htmlToDocument(html: string): SourceDocument {
  const blocks: SourceBlock[] = [];
  let depth = 0; // table nesting
  let row: string[] | null = null;
  let cellLines: string[] | null = null;
  let line = '';
  let para = '';

  const flushLine = () => {
    if (cellLines && line.trim() !== '') cellLines.push(line);
    line = '';
  };
  const flushPara = () => {
    if (para.trim() !== '') blocks.push({ kind: 'paragraph', text: para });
    para = '';
  };
  const closeCell = () => {
    flushLine();
    if (row && cellLines) row.push(cellLines.join('\n'));
    cellLines = null;
  };

  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(\/?)>|([^<]+)/g)) {
    const [, closing, rawTag, , text] = m;
    if (text !== undefined) {
      const t = decodeEntities(text);
      if (depth === 0) para += t;
      else if (cellLines) line += t;
      continue;
    }
    const tag = (rawTag ?? '').toLowerCase();
    if (tag === 'table') {
      if (!closing) {
        if (depth === 0) flushPara();
        else flushLine();
        depth += 1;
      } else {
        depth = Math.max(0, depth - 1);
        if (depth === 0) {
          closeCell();
          row = null;
        }
      }
    } else if (depth === 1 && tag === 'tr') {
      if (!closing) {
        row = [];
        blocks.push({ kind: 'row', cells: row });
      } else {
        closeCell();
        row = null;
      }
    } else if (depth === 1 && (tag === 'td' || tag === 'th')) {
      if (!closing) {
        closeCell();
        cellLines = [];
      } else closeCell();
    } else if (depth >= 2 && (tag === 'td' || tag === 'th' || tag === 'tr')) {
      flushLine(); // nested table: its cells become lines of the outer cell
    } else if (tag === 'br') {
      if (depth === 0) para += '\n';
      else flushLine();
    } else if (BLOCK_TAGS.has(tag)) {
      if (depth === 0) flushPara();
      else flushLine();
    }
  }
  flushPara();
  return { blocks };
}

export async function readDocx(buffer: Buffer): Promise<SourceDocument> {
  const result = await mammoth.convertToHtml({ buffer });
  return htmlToDocument(result.value);
}
