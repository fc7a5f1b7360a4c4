// Test helper: .docx files written the way Word writes them — word/document.xml built from small XML
// helpers (w:vMerge, w:gridSpan, w:numPr, tracked changes, soft hyphens …), zipped with fflate.
import { zipSync, strToU8 } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A run of text; `\n` becomes w:br, `\t` w:tab, U+00AD w:softHyphen (as Word stores them). */
export function run(text: string): string {
  const parts = text.split(/(\n|\t|\u00ad)/);
  const inner = parts
    .map((p) =>
      p === '\n'
        ? '<w:br/>'
        : p === '\t'
          ? '<w:tab/>'
          : p === '\u00ad'
            ? '<w:softHyphen/>'
            : p === ''
              ? ''
              : `<w:t xml:space="preserve">${esc(p)}</w:t>`,
    )
    .join('');
  return `<w:r><w:rPr><w:rFonts w:ascii="Times New Roman"/><w:sz w:val="24"/></w:rPr>${inner}</w:r>`;
}

export interface ParaOptions {
  /** Word automatic numbering: w:numPr with this numId (and ilvl). */
  numId?: number;
  ilvl?: number;
  style?: string;
}

/** A paragraph; `content` is raw run XML (use run()) or plain text. */
export function p(content: string, options: ParaOptions = {}): string {
  const numPr =
    options.numId !== undefined
      ? `<w:numPr><w:ilvl w:val="${options.ilvl ?? 0}"/><w:numId w:val="${options.numId}"/></w:numPr>`
      : '';
  const style = options.style ? `<w:pStyle w:val="${options.style}"/>` : '';
  const body = content.startsWith('<') ? content : run(content);
  return `<w:p><w:pPr>${style}${numPr}<w:jc w:val="left"/></w:pPr>${body}</w:p>`;
}

export interface CellOptions {
  span?: number;
  vMerge?: 'restart' | 'continue';
  /** Paragraph options for the cell's paragraph(s). */
  para?: ParaOptions;
  /** Raw paragraphs XML instead of text. */
  xml?: string;
}

/** A table cell; its text's lines are paragraphs. */
export function tc(text: string, options: CellOptions = {}): string {
  const props = [
    '<w:tcW w:w="1500" w:type="dxa"/>',
    options.span ? `<w:gridSpan w:val="${options.span}"/>` : '',
    options.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : options.vMerge === 'continue' ? '<w:vMerge/>' : '',
  ].join('');
  const paras =
    options.xml ??
    (text === ''
      ? p('', options.para)
      : text
          .split('\n')
          .map((l) => p(l, options.para))
          .join(''));
  return `<w:tc><w:tcPr>${props}</w:tcPr>${paras}</w:tc>`;
}

export interface RowOptions {
  header?: boolean;
  gridBefore?: number;
  deleted?: boolean;
}

export function tr(cells: string[], options: RowOptions = {}): string {
  const trPr = [
    options.gridBefore ? `<w:gridBefore w:val="${options.gridBefore}"/>` : '',
    options.header ? '<w:tblHeader/>' : '',
    options.deleted ? '<w:del w:id="90" w:author="Иванова" w:date="2026-04-02T10:00:00Z"/>' : '',
  ].join('');
  return `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells.join('')}</w:tr>`;
}

export function table(rows: string[], gridCols = 6): string {
  const grid = Array.from({ length: gridCols }, () => '<w:gridCol w:w="1500"/>').join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

/** The header row of the ministries' table (six columns). */
export const HEADER_CELLS = [
  '№ п/п',
  'Наименование мероприятия',
  'Место проведения мероприятия',
  'Сроки проведения мероприятия',
  'Цель, содержание и результат мероприятия',
  'Участники мероприятия',
];

export const TITLE =
  'Отчет о мероприятиях в международной сфере, проведенных исполнительными органами Смоленской области в I квартале 2026 года';

/** A decimal list «1.», «2.» … starting at `start` (numbering.xml). */
export function decimalNumbering(numId: number, start = 1, abstractId = numId): string {
  return `<w:abstractNum w:abstractNumId="${abstractId}"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum><w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/></w:num>`;
}

export interface DocxParts {
  numbering?: string;
  styles?: string;
}

/** A minimal but complete .docx around a body. */
export function docxFromBody(body: string, parts: DocxParts = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr></w:body></w:document>`,
    ),
  };
  if (parts.numbering)
    files['word/numbering.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}">${parts.numbering}</w:numbering>`,
    );
  if (parts.styles)
    files['word/styles.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}">${parts.styles}</w:styles>`,
    );
  return zipSync(files);
}

/** A report: title paragraph, then a table with the header row and the given rows. */
export function reportDocx(
  rows: string[],
  parts: DocxParts = {},
  options: { title?: string; after?: string } = {},
): Uint8Array {
  return docxFromBody(
    `${p(options.title ?? TITLE)}${table([
      tr(
        HEADER_CELLS.map((h) => tc(h)),
        { header: true },
      ),
      ...rows,
    ])}${options.after ?? ''}`,
    parts,
  );
}

/** One event row of six cells from plain texts. */
export function eventRow(cells: string[]): string {
  return tr(cells.map((c) => tc(c)));
}

/** A sector heading row: one cell spanning the table. */
export function headingRow(text: string, columns = 6): string {
  return tr([tc(text, { span: columns })]);
}
