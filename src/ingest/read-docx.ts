// Reader for .docx: word/document.xml (+ numbering.xml and styles.xml for Word's automatic list
// numbers) read straight from the ZIP with a streaming XML tokenizer (saxes), into the same neutral
// blocks as the text reader. Reading the XML ourselves (rather than converting to HTML with mammoth)
// keeps what the table means: vertically merged cells (w:vMerge), cells spanning columns
// (w:gridSpan, w:gridBefore), automatic numbers (w:numPr), tracked changes (w:del / w:ins), repeated
// header rows (w:tblHeader). Cells are mapped to the header row's columns, not to their position.
// Pure: runs in Node and in a browser worker.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { IngestError, messages } from './errors';
import type { CellMark, SourceBlock, SourceDocument } from './source';
import { listZip, readZipEntry, type ZipEntry } from './zip';

/** Largest XML part we inflate (a 1 000-event report's document.xml is ~15 MB). */
export const MAX_DOCX_PART_BYTES = 64 * 1024 * 1024;

const W_NS = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main', // «Strict Open XML»
]);
const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

interface El {
  /** 'w:<local>' for WordprocessingML, 'mc:<local>' for markup compatibility, else '?:<local>'. */
  n: string;
  /** Attributes by local name. */
  a: Record<string, string>;
  c: El[];
  /** Text of w:t. */
  t?: string;
}

/** Subtrees that never hold visible text (or hold deleted / duplicate text). */
const SKIP = new Set([
  'w:rPr',
  'w:sectPr',
  'w:del',
  'w:moveFrom',
  'w:delText',
  'w:delInstrText',
  'w:instrText',
  'w:drawing',
  'w:pict',
  'w:object',
  'mc:AlternateContent',
  'w:footnoteReference',
  'w:endnoteReference',
  'w:commentReference',
]);

function parseXml(bytes: Uint8Array, part: string): El {
  const xml = new TextDecoder('utf-8').decode(bytes);
  const parser = new SaxesParser({ xmlns: true, position: false });
  const root: El = { n: '#root', a: {}, c: [] };
  const stack: El[] = [root];
  let skip = 0;
  parser.on('opentag', (tag: SaxesTagNS) => {
    const name = `${W_NS.has(tag.uri) ? 'w' : tag.uri === MC_NS ? 'mc' : '?'}:${tag.local}`;
    const parent = stack[stack.length - 1] as El;
    // A deleted row is marked by w:del inside its w:trPr: kept, so the row can be skipped.
    if (skip > 0 || (SKIP.has(name) && !(name === 'w:del' && parent.n === 'w:trPr'))) {
      if (!tag.isSelfClosing) skip += 1;
      return;
    }
    const a: Record<string, string> = {};
    for (const attr of Object.values(tag.attributes)) a[attr.local] = attr.value;
    const el: El = { n: name, a, c: [] };
    parent.c.push(el);
    if (!tag.isSelfClosing) stack.push(el);
  });
  parser.on('closetag', (tag: SaxesTagNS) => {
    if (tag.isSelfClosing) return;
    if (skip > 0) skip -= 1;
    else stack.pop();
  });
  parser.on('text', (text: string) => {
    const top = stack[stack.length - 1] as El;
    if (skip === 0 && top.n === 'w:t') top.t = (top.t ?? '') + text;
  });
  try {
    parser.write(xml).close();
  } catch {
    throw new IngestError('corrupt-docx', messages.corrupt(`часть ${part} не является правильным XML`));
  }
  return root;
}

const child = (el: El | undefined, name: string): El | undefined => el?.c.find((c) => c.n === name);
const children = (el: El, name: string): El[] => el.c.filter((c) => c.n === name);
const intAttr = (el: El | undefined, fallback: number): number => {
  const v = Number.parseInt(el?.a.val ?? '', 10);
  return Number.isFinite(v) ? v : fallback;
};

// ---- Numbering (w:numPr → the number Word shows) -------------------------------------------------

interface Level {
  start: number;
  format: string;
  text: string;
}
interface Numbering {
  abstractOf: Map<string, string>;
  levels: Map<string, Map<number, Level>>;
  startOverrides: Map<string, Map<number, number>>;
  styleNumPr: Map<string, { numId: string; ilvl: number }>;
}

function readNumbering(numberingXml: El | null, stylesXml: El | null): Numbering {
  const n: Numbering = { abstractOf: new Map(), levels: new Map(), startOverrides: new Map(), styleNumPr: new Map() };
  const numberingRoot = child(numberingXml ?? undefined, 'w:numbering');
  for (const abs of numberingRoot ? children(numberingRoot, 'w:abstractNum') : []) {
    const levels = new Map<number, Level>();
    for (const lvl of children(abs, 'w:lvl'))
      levels.set(Number(lvl.a.ilvl ?? 0), {
        start: intAttr(child(lvl, 'w:start'), 1),
        format: child(lvl, 'w:numFmt')?.a.val ?? 'decimal',
        text: child(lvl, 'w:lvlText')?.a.val ?? `%${Number(lvl.a.ilvl ?? 0) + 1}.`,
      });
    n.levels.set(abs.a.abstractNumId ?? '', levels);
  }
  for (const num of numberingRoot ? children(numberingRoot, 'w:num') : []) {
    const id = num.a.numId ?? '';
    n.abstractOf.set(id, child(num, 'w:abstractNumId')?.a.val ?? '');
    const overrides = new Map<number, number>();
    for (const o of children(num, 'w:lvlOverride')) {
      const start = child(o, 'w:startOverride');
      if (start) overrides.set(Number(o.a.ilvl ?? 0), intAttr(start, 1));
    }
    if (overrides.size > 0) n.startOverrides.set(id, overrides);
  }
  const stylesRoot = child(stylesXml ?? undefined, 'w:styles');
  for (const style of stylesRoot ? children(stylesRoot, 'w:style') : []) {
    const numPr = child(child(style, 'w:pPr'), 'w:numPr');
    const numId = child(numPr, 'w:numId')?.a.val;
    if (numId) n.styleNumPr.set(style.a.styleId ?? '', { numId, ilvl: intAttr(child(numPr, 'w:ilvl'), 0) });
  }
  return n;
}

const RU_LOWER = 'абвгдежзиклмнопрстуфхцчшщэюя';

function roman(value: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let v = value;
  for (const [n, s] of table)
    while (v >= n) {
      out += s;
      v -= n;
    }
  return out;
}

function formatCounter(value: number, format: string): string {
  const letters = (alphabet: string) =>
    alphabet[(value - 1) % alphabet.length]?.repeat(Math.floor((value - 1) / alphabet.length) + 1) ?? '';
  switch (format) {
    case 'decimalZero':
      return String(value).padStart(2, '0');
    case 'lowerLetter':
      return letters('abcdefghijklmnopqrstuvwxyz');
    case 'upperLetter':
      return letters('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    case 'russianLower':
      return letters(RU_LOWER);
    case 'russianUpper':
      return letters(RU_LOWER.toUpperCase());
    case 'lowerRoman':
      return roman(value).toLowerCase();
    case 'upperRoman':
      return roman(value);
    case 'none':
      return '';
    default:
      return String(value);
  }
}

/** Word's list counters: shared by every w:num of one abstract list, restarted by a start override. */
class ListCounters {
  private readonly counters = new Map<string, number[]>();
  private readonly started = new Set<string>();
  constructor(private readonly numbering: Numbering) {}

  /** The label Word shows for a paragraph («3.», «3.1.»), or null for bullets and unknown lists. */
  next(numId: string, ilvl: number): string | null {
    const abstractId = this.numbering.abstractOf.get(numId);
    const levels = abstractId === undefined ? undefined : this.numbering.levels.get(abstractId);
    const level = levels?.get(ilvl);
    if (!levels || !level || level.format === 'bullet') return null;
    const counts = this.counters.get(abstractId as string) ?? [];
    const override = this.numbering.startOverrides.get(numId)?.get(ilvl);
    const key = `${numId}:${ilvl}`;
    if (override !== undefined && !this.started.has(key)) {
      this.started.add(key);
      counts[ilvl] = override - 1;
    }
    counts[ilvl] = (counts[ilvl] ?? level.start - 1) + 1;
    counts.length = ilvl + 1; // deeper levels restart
    this.counters.set(abstractId as string, counts);
    return level.text.replace(/%([1-9])/g, (_m, k: string) => {
      const i = Number(k) - 1;
      const l = levels.get(i);
      return formatCounter(counts[i] ?? l?.start ?? 1, l?.format ?? 'decimal');
    });
  }
}

// ---- Text of paragraphs and cells ------------------------------------------------------------------

/** Visible text of an inline subtree: runs, inserted text, hyperlinks, fields' results, content controls. */
function inlineText(el: El): string {
  let out = '';
  for (const c of el.c) {
    switch (c.n) {
      case 'w:t':
        out += c.t ?? '';
        break;
      case 'w:tab':
      case 'w:ptab':
        out += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        out += '\n';
        break;
      case 'w:softHyphen':
        out += '\u00ad';
        break;
      case 'w:noBreakHyphen':
        out += '-';
        break;
      case 'w:sym': {
        const code = Number.parseInt(c.a.char ?? '', 16);
        // Symbol-font characters live in the private use area (F0xx); only real characters are kept.
        if (Number.isFinite(code) && (code < 0xe000 || code > 0xf8ff)) out += String.fromCodePoint(code);
        break;
      }
      case 'w:pPr':
      case 'w:tcPr':
      case 'w:tblPr':
        break;
      default:
        out += inlineText(c);
    }
  }
  return out;
}

interface Context {
  counters: ListCounters;
  numbering: Numbering;
}

interface ParagraphText {
  text: string;
  /** The automatic number Word shows before the paragraph, when it has one. */
  number: string | null;
  /** The paragraph is in a Word list (w:numPr), whether or not the file defines its numbers. */
  listed: boolean;
}

function paragraph(p: El, ctx: Context): ParagraphText {
  const pPr = child(p, 'w:pPr');
  const numPr = child(pPr, 'w:numPr');
  let numId = child(numPr, 'w:numId')?.a.val;
  let ilvl = intAttr(child(numPr, 'w:ilvl'), 0);
  if (numId === undefined) {
    const style = ctx.numbering.styleNumPr.get(child(pPr, 'w:pStyle')?.a.val ?? '');
    if (style) {
      numId = style.numId;
      ilvl = numPr ? ilvl : style.ilvl;
    }
  }
  const listed = numId !== undefined && numId !== '0';
  const number = listed ? ctx.counters.next(numId as string, ilvl) : null;
  return { text: inlineText(p), number, listed };
}

/** Block-level children, looking through content controls and custom XML wrappers. */
function blockChildren(el: El): El[] {
  const out: El[] = [];
  for (const c of el.c) {
    if (c.n === 'w:sdt') out.push(...blockChildren(child(c, 'w:sdtContent') ?? c));
    else if (c.n === 'w:customXml' || c.n === 'w:sdtContent') out.push(...blockChildren(c));
    else out.push(c);
  }
  return out;
}

interface CellText {
  text: string;
  /** The cell's first line is an automatic number. */
  autoNumber: boolean;
}

/** A cell's lines: its paragraphs; a nested table's cells become lines of the outer cell. */
function cellText(tc: El, ctx: Context): CellText {
  const lines: string[] = [];
  let autoNumber = false;
  const walk = (el: El) => {
    for (const c of blockChildren(el)) {
      if (c.n === 'w:p') {
        const p = paragraph(c, ctx);
        if (p.listed && lines.length === 0 && p.text.trim() === '') autoNumber = true;
        const text = p.number ? `${p.number}${p.text.trim() === '' ? '' : ' '}${p.text}` : p.text;
        for (const line of text.split('\n')) if (line.trim() !== '') lines.push(line);
      } else if (c.n === 'w:tbl') {
        for (const tr of rowsOf(c)) for (const inner of cellsOf(tr)) walk(inner);
      }
    }
  };
  walk(tc);
  return { text: lines.join('\n'), autoNumber };
}

function rowsOf(tbl: El): El[] {
  return blockChildren(tbl).filter((c) => c.n === 'w:tr');
}
function cellsOf(tr: El): El[] {
  return blockChildren(tr).filter((c) => c.n === 'w:tc');
}

// ---- Tables → rows on the header's columns -----------------------------------------------------------

interface RawCell {
  text: string;
  gridStart: number;
  span: number;
  vMerge: 'restart' | 'continue' | null;
  autoNumber: boolean;
}
interface RawRow {
  cells: RawCell[];
  header: boolean;
}

function readRows(tbl: El, ctx: Context): RawRow[] {
  const rows: RawRow[] = [];
  for (const tr of rowsOf(tbl)) {
    const trPr = child(tr, 'w:trPr');
    if (child(trPr, 'w:del')) continue; // a deleted row (tracked change)
    let grid = intAttr(child(trPr, 'w:gridBefore'), 0);
    const cells: RawCell[] = [];
    let hMergeFrom: RawCell | null = null;
    for (const tc of cellsOf(tr)) {
      const tcPr = child(tc, 'w:tcPr');
      if (child(tcPr, 'w:cellDel')) continue;
      const span = Math.max(1, intAttr(child(tcPr, 'w:gridSpan'), 1));
      const vm = child(tcPr, 'w:vMerge');
      const hm = child(tcPr, 'w:hMerge');
      const { text, autoNumber } = cellText(tc, ctx);
      if (hm && hm.a.val !== 'restart' && hMergeFrom) {
        hMergeFrom.span += span; // legacy horizontal merge: the covered cell widens the previous one
      } else {
        const cell: RawCell = {
          text,
          gridStart: grid,
          span,
          vMerge: vm ? (vm.a.val === 'restart' ? 'restart' : 'continue') : null,
          autoNumber,
        };
        cells.push(cell);
        hMergeFrom = hm ? cell : null;
      }
      grid += span;
    }
    rows.push({ cells, header: child(trPr, 'w:tblHeader') !== undefined && child(trPr, 'w:tblHeader')?.a.val !== '0' });
  }
  return rows;
}

type Columns = Array<{ start: number; end: number }>;

const HEADER_TEXT_RE = /^\s*(№|n\s*п\s*\/\s*п|п\s*\/\s*п)|наименование\s+мероприяти/iu;

function isHeader(row: RawRow): boolean {
  return row.cells.length >= 3 && row.cells.slice(0, 2).some((c) => HEADER_TEXT_RE.test(c.text));
}

function columnsOf(row: RawRow): Columns {
  return row.cells.map((c) => ({ start: c.gridStart, end: c.gridStart + c.span }));
}

/** Logical columns a cell covers: the header columns its grid range overlaps. */
function coveredColumns(cell: RawCell, columns: Columns): number[] {
  const end = cell.gridStart + cell.span;
  const out: number[] = [];
  columns.forEach((col, i) => {
    if (cell.gridStart < col.end && end > col.start) out.push(i);
  });
  if (out.length === 0)
    out.push(columns.length + Math.max(0, cell.gridStart - (columns[columns.length - 1]?.end ?? 0)));
  return out;
}

interface TableState {
  columns: Columns | null;
  gridWidth: number;
}

function tableBlocks(tbl: El, ctx: Context, state: TableState): SourceBlock[] {
  const rows = readRows(tbl, ctx);
  const gridWidth = children(child(tbl, 'w:tblGrid') ?? { n: '', a: {}, c: [] }, 'w:gridCol').length;
  const headerRow = rows.find(isHeader);
  let columns: Columns;
  if (headerRow) columns = columnsOf(headerRow);
  else if (state.columns && (gridWidth === 0 || gridWidth === state.gridWidth)) columns = state.columns;
  else {
    const width = Math.max(
      gridWidth,
      ...rows.map((r) => r.cells.reduce((w, c) => Math.max(w, c.gridStart + c.span), 0)),
    );
    columns = Array.from({ length: width }, (_, i) => ({ start: i, end: i + 1 }));
  }
  state.columns = columns;
  state.gridWidth = gridWidth;

  const blocks: SourceBlock[] = [];
  /** Per logical column: the text and mark of the vertical merge in progress. */
  const merges = new Map<number, { text: string; mark: CellMark }>();
  for (const row of rows) {
    if (row.cells.length === 1 && row.cells[0]?.vMerge === null) {
      // A one-cell row (a sector heading across the table, a note): one cell, wherever it sits.
      const only = row.cells[0];
      blocks.push({ kind: 'row', cells: [only.text], ...(row.header ? { header: true } : {}) });
      merges.clear();
      continue;
    }
    const cells: string[] = [];
    const marks: CellMark[] = [];
    const touched = new Set<number>();
    for (const cell of row.cells) {
      const cols = coveredColumns(cell, columns);
      const first = cols[0] as number;
      let text = cell.text;
      if (cell.vMerge === 'continue') {
        const merge = merges.get(first);
        if (merge) {
          text = merge.text;
          merge.mark.rows = (merge.mark.rows ?? 1) + 1;
          marks.push(merge.mark);
        }
      } else if (cell.vMerge === 'restart') {
        const mark: CellMark = { column: first, kind: 'vMerge', rows: 1 };
        merges.set(first, { text, mark });
        marks.push(mark);
      } else merges.delete(first);
      if (cell.autoNumber) marks.push({ column: first, kind: 'autoNumber' });
      cols.forEach((col, k) => {
        if (k > 0 && row.cells.length < 2) return;
        cells[col] = touched.has(col) && cells[col] ? `${cells[col]}\n${text}` : text;
        touched.add(col);
        if (k > 0) marks.push({ column: col, kind: 'gridSpan', from: first });
      });
    }
    for (let i = 0; i < cells.length; i += 1) cells[i] ??= '';
    // A merge continued in a column this row does not reach ends there.
    for (const col of [...merges.keys()]) if (!touched.has(col)) merges.delete(col);
    // A restart that no later row continued is no merge at all.
    blocks.push({
      kind: 'row',
      cells,
      ...(marks.length > 0 ? { marks } : {}),
      ...(row.header ? { header: true } : {}),
    });
  }
  // Drop vMerge marks of merges that never spanned a second row.
  for (const b of blocks)
    if (b.kind === 'row' && b.marks) {
      b.marks = b.marks.filter((m) => m.kind !== 'vMerge' || (m.rows ?? 1) > 1);
      if (b.marks.length === 0) delete b.marks;
    }
  return blocks;
}

// ---- The document ------------------------------------------------------------------------------------

/** The blocks of a parsed document.xml (exported for tests that build XML by hand). */
export function documentBlocks(
  documentXml: El,
  numberingXml: El | null = null,
  stylesXml: El | null = null,
): SourceDocument {
  const numbering = readNumbering(numberingXml, stylesXml);
  const ctx: Context = { counters: new ListCounters(numbering), numbering };
  const body = child(child(documentXml, 'w:document'), 'w:body');
  if (!body) throw new IngestError('corrupt-docx', messages.corrupt('в word/document.xml нет тела документа'));
  const blocks: SourceBlock[] = [];
  const state: TableState = { columns: null, gridWidth: 0 };
  for (const el of blockChildren(body)) {
    if (el.n === 'w:p') {
      const p = paragraph(el, ctx);
      const text = p.number ? `${p.number} ${p.text}` : p.text;
      if (text.trim() !== '') blocks.push({ kind: 'paragraph', text });
    } else if (el.n === 'w:tbl') blocks.push(...tableBlocks(el, ctx, state));
  }
  return { blocks };
}

export function parseDocumentXml(xml: string | Uint8Array, part = 'word/document.xml'): El {
  return parseXml(typeof xml === 'string' ? new TextEncoder().encode(xml) : xml, part);
}

function findEntry(entries: ZipEntry[], name: string): ZipEntry | undefined {
  return entries.find((e) => e.name === name) ?? entries.find((e) => e.name.toLowerCase() === name.toLowerCase());
}

/** What a ZIP that is not a .docx is, for the message. */
function otherZipMessage(entries: ZipEntry[], bytes: Uint8Array): string {
  const mimetype = findEntry(entries, 'mimetype');
  if (mimetype) {
    const type = new TextDecoder().decode(readZipEntry(bytes, mimetype, 1024));
    if (type.includes('opendocument')) return messages.odt();
  }
  return messages.otherZip();
}

export function readDocx(bytes: Uint8Array, limits: { maxPartBytes?: number } = {}): SourceDocument {
  const cap = limits.maxPartBytes ?? MAX_DOCX_PART_BYTES;
  const entries = listZip(bytes);
  const main = findEntry(entries, 'word/document.xml');
  if (!main) throw new IngestError('wrong-format', otherZipMessage(entries, bytes));
  // Declared sizes first: a bomb is refused before anything is inflated.
  for (const e of entries)
    if (/^word\/(document|numbering|styles)\.xml$/i.test(e.name) && e.size > cap)
      throw new IngestError('docx-too-large', messages.docxTooLarge(e.name, e.size, cap));
  const part = (name: string) => {
    const entry = findEntry(entries, name);
    return entry ? parseXml(readZipEntry(bytes, entry, cap), name) : null;
  };
  const documentXml = parseXml(readZipEntry(bytes, main, cap), main.name);
  return documentBlocks(documentXml, part('word/numbering.xml'), part('word/styles.xml'));
}
