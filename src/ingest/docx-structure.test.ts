// @vitest-environment node
// Word structure that used to shift columns or drop rows: each fixture is a .docx written the way Word
// writes it (document.xml + numbering.xml zipped), read through the same path as `npm run ingest`.
import {
  AlignmentType,
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
} from 'docx';
import { describe, expect, it } from 'vitest';
import {
  decimalNumbering,
  eventRow,
  HEADER_CELLS,
  headingRow,
  p,
  reportDocx,
  run,
  table,
  tc,
  TITLE,
  tr,
  docxFromBody,
} from '../../test/support/docx-xml';
import { parseDocument, type ParsedDocument } from './parse';
import { readSource } from './read-source';
import { readTextExport } from './read-text';

const read = (bytes: Uint8Array): ParsedDocument => parseDocument(readSource('report.docx', bytes).doc);
const SPORT = 'Сотрудничество в сфере спорта';
const CULTURE = 'Сотрудничество в сфере культуры и туризма';
const warningsOf = (doc: ParsedDocument, n: number) =>
  doc.events.find((e) => e.number === n)?.warnings.map((w) => `${w.field}: ${w.message}`) ?? [];

describe('merged cells are mapped to the header columns', () => {
  it('a place and a dates cell merged vertically over two events (w:vMerge) give their value to both, with a warning on each', () => {
    const doc = read(
      reportDocx([
        headingRow(SPORT),
        tr([
          tc('1.'),
          tc('Турнир по самбо'),
          tc('г. Минск, Республика Беларусь', { vMerge: 'restart' }),
          tc('13-16 февраля 2026 года', { vMerge: 'restart' }),
          tc('Соревнования'),
          tc('12 человек'),
        ]),
        tr([
          tc('2.'),
          tc('Турнир по дзюдо'),
          tc('', { vMerge: 'continue' }),
          tc('', { vMerge: 'continue' }),
          tc('Соревнования'),
          tc('8 человек'),
        ]),
        eventRow(['3.', 'Фестиваль', 'г. Брест', '1 марта 2026 года', 'Концерт', '20 человек']),
      ]),
    );
    expect(doc.events.map((e) => [e.number, e.place.city, e.dates.start, e.dates.end, e.participants.count])).toEqual([
      [1, 'Минск', '2026-02-13', '2026-02-16', 12],
      [2, 'Минск', '2026-02-13', '2026-02-16', 8],
      [3, 'Брест', '2026-03-01', '2026-03-01', 20],
    ]);
    for (const n of [1, 2]) {
      expect(warningsOf(doc, n)).toContain(
        'place: Ячейка «место проведения» объединена по вертикали на 2 строки таблицы: её текст отнесён к каждой из них',
      );
      expect(warningsOf(doc, n)).toContain(
        'dates: Ячейка «сроки проведения» объединена по вертикали на 2 строки таблицы: её текст отнесён к каждой из них',
      );
    }
    expect(warningsOf(doc, 3)).toEqual([]);
  });
  it('a title spanning the place column (w:gridSpan) fills both; dates and participants stay in their columns', () => {
    const doc = read(
      reportDocx([
        headingRow(SPORT),
        tr([
          tc('1.'),
          tc('Визит делегации в г. Витебск (Республика Беларусь)', { span: 2 }),
          tc('5 марта 2026 года'),
          tc('Переговоры'),
          tc('4 человека'),
        ]),
      ]),
    );
    const e = doc.events[0];
    expect(e?.title).toBe('Визит делегации в г. Витебск (Республика Беларусь)');
    expect(e?.place).toMatchObject({ city: 'Витебск', countryCode: 'BY' });
    expect([e?.dates.start, e?.participants.count]).toEqual(['2026-03-05', 4]);
    expect(warningsOf(doc, 1)).toEqual([
      'place: Ячейка «наименование мероприятия» занимает и столбец «место проведения»: его значение взято из неё',
    ]);
  });
  it('a row that starts later in the grid (w:gridBefore) keeps its cells in their columns', () => {
    const doc = read(
      reportDocx([
        headingRow(SPORT),
        tr([tc('Турнир'), tc('г. Минск'), tc('1 марта 2026 года'), tc('Игры'), tc('10 человек')], { gridBefore: 1 }),
      ]),
    );
    expect(doc.events.map((e) => [e.number, e.title, e.place.city, e.dates.start])).toEqual([
      [1, 'Турнир', 'Минск', '2026-03-01'],
    ]);
    expect(warningsOf(doc, 1)).toEqual(['number: В строке нет номера, присвоен номер 1']);
  });
  it('the header cells split finer than the data (two grid columns per header cell) still map by position', () => {
    const header = tr(
      HEADER_CELLS.map((h) => tc(h, { span: 2 })),
      { header: true },
    );
    const row = tr([
      tc('1.', { span: 2 }),
      tc('Турнир', { span: 2 }),
      tc('г. Минск', { span: 2 }),
      tc('1 марта 2026 года', { span: 2 }),
      tc('Игры', { span: 2 }),
      tc('10 человек', { span: 2 }),
    ]);
    const doc = read(docxFromBody(`${p(TITLE)}${table([header, headingRow(SPORT, 12), row], 12)}`));
    expect(doc.events.map((e) => [e.title, e.place.city, e.dates.start, e.participants.count])).toEqual([
      ['Турнир', 'Минск', '2026-03-01', 10],
    ]);
    expect(doc.events[0]?.warnings).toEqual([]);
  });
});

describe("Word's automatic numbering (w:numPr)", () => {
  const numbered = (text: string[], numId = 1) => tr([tc('', { para: { numId } }), ...text.map((t) => tc(t))]);
  it('rows numbered by a list keep their sectors, take the numbers Word shows (from the start value), one warning', () => {
    const doc = read(
      reportDocx(
        [
          headingRow(SPORT),
          numbered(['Турнир', 'г. Минск', '1 марта 2026 года', 'Игры', '10 человек']),
          numbered(['Матч', 'г. Брест', '2 марта 2026 года', 'Игры', '11 человек']),
          headingRow(CULTURE),
          numbered(['Концерт', 'г. Гродно', '3 марта 2026 года', 'Концерт', '12 человек']),
        ],
        { numbering: decimalNumbering(1, 5) },
      ),
    );
    expect(doc.events.map((e) => [e.number, e.sector.name, e.title])).toEqual([
      [5, SPORT, 'Турнир'],
      [6, SPORT, 'Матч'],
      [7, CULTURE, 'Концерт'],
    ]);
    expect(doc.warnings.filter((w) => /автоматической нумерацией/.test(w.message))).toHaveLength(1);
    expect(doc.events.flatMap((e) => e.warnings)).toEqual([]);
  });
  it('numbering through a paragraph style, continued across two list instances, restarted by a start override', () => {
    const numbering = `${decimalNumbering(1, 1, 10)}<w:num w:numId="2"><w:abstractNumId w:val="10"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="10"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="20"/></w:lvlOverride></w:num>`;
    const styles =
      '<w:style w:type="paragraph" w:styleId="Nomer"><w:name w:val="Номер"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
    const doc = read(
      reportDocx(
        [
          headingRow(SPORT),
          tr([
            tc('', { para: { style: 'Nomer' } }),
            tc('А'),
            tc('г. Минск'),
            tc('1 марта 2026 года'),
            tc('о'),
            tc('1 человек'),
          ]),
          numbered(['Б', 'г. Минск', '2 марта 2026 года', 'о', '2 человека'], 2),
          numbered(['В', 'г. Минск', '3 марта 2026 года', 'о', '3 человека'], 3),
        ],
        { numbering, styles },
      ),
    );
    expect(doc.events.map((e) => [e.number, e.title])).toEqual([
      [1, 'А'],
      [2, 'Б'],
      [20, 'В'],
    ]);
  });
  it('a list the file does not define (no numbering.xml): rows numbered in order, sectors kept, no warning per row', () => {
    const doc = read(
      reportDocx([
        headingRow(SPORT),
        numbered(['Турнир', 'г. Минск', '1 марта 2026 года', 'Игры', '10 человек']),
        headingRow(CULTURE),
        numbered(['Концерт', 'г. Гродно', '3 марта 2026 года', 'Концерт', '12 человек']),
      ]),
    );
    expect(doc.events.map((e) => [e.number, e.sector.name])).toEqual([
      [1, SPORT],
      [2, CULTURE],
    ]);
    expect(doc.events.flatMap((e) => e.warnings)).toEqual([]);
  });
  it('a .docx made by the docx package (its own numbering.xml and merge markup)', async () => {
    const cell = (text: string, extra: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) =>
      new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })], ...extra });
    const numberCell = () =>
      new TableCell({ children: [new Paragraph({ numbering: { reference: 'rows', level: 0 }, children: [] })] });
    const bytes = await Packer.toBuffer(
      new Document({
        numbering: {
          config: [
            {
              reference: 'rows',
              levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 1, alignment: AlignmentType.LEFT }],
            },
          ],
        },
        sections: [
          {
            children: [
              new Paragraph({ children: [new TextRun(TITLE)] }),
              new Table({
                rows: [
                  new TableRow({ tableHeader: true, children: HEADER_CELLS.map((h) => cell(h)) }),
                  new TableRow({ children: [cell(SPORT, { columnSpan: 6 })] }),
                  new TableRow({
                    children: [
                      numberCell(),
                      cell('Турнир'),
                      cell('г. Минск', { verticalMerge: VerticalMergeType.RESTART }),
                      cell('1 марта 2026 года'),
                      cell('Игры'),
                      cell('10 человек'),
                    ],
                  }),
                  new TableRow({
                    children: [
                      numberCell(),
                      cell('Матч'),
                      cell('', { verticalMerge: VerticalMergeType.CONTINUE }),
                      cell('2 марта 2026 года'),
                      cell('Игры'),
                      cell('11 человек'),
                    ],
                  }),
                ],
              }),
            ],
          },
        ],
      }),
    );
    const doc = read(bytes);
    expect(
      doc.events.map((e) => [e.number, e.sector.name, e.title, e.place.city, e.dates.start, e.participants.count]),
    ).toEqual([
      [1, SPORT, 'Турнир', 'Минск', '2026-03-01', 10],
      [2, SPORT, 'Матч', 'Минск', '2026-03-02', 11],
    ]);
  });
});

describe('number cells: every row with content becomes an event', () => {
  const row = (number: string, title: string) =>
    eventRow([number, title, 'г. Минск', '1 марта 2026 года', 'Игры', '10 человек']);
  it('«№ 3», «3)», «3» are plain numbers (not a header, not a dropped row)', () => {
    const doc = read(reportDocx([headingRow(SPORT), row('№ 1', 'А'), row('2)', 'Б'), row('3', 'В')]));
    expect(doc.events.map((e) => [e.number, e.title, e.place.city])).toEqual([
      [1, 'А', 'Минск'],
      [2, 'Б', 'Минск'],
      [3, 'В', 'Минск'],
    ]);
    expect(doc.warnings).toEqual([]);
  });
  it('compound numbers «3.1.», «4а.» keep the columns; events are numbered in order and keep the source number', () => {
    const doc = read(
      reportDocx([
        headingRow(SPORT),
        row('3.', 'А'),
        row('3.1.', 'Б'),
        row('3.2.', 'В'),
        row('4а.', 'Г'),
        row('5.', 'Д'),
      ]),
    );
    expect(doc.events.map((e) => [e.number, e.label ?? null, e.title, e.place.city])).toEqual([
      [1, '3', 'А', 'Минск'],
      [2, '3.1', 'Б', 'Минск'],
      [3, '3.2', 'В', 'Минск'],
      [4, '4а', 'Г', 'Минск'],
      [5, null, 'Д', 'Минск'],
    ]);
    expect(doc.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/составные номера строк \(например, «3\.1»\)/),
    ]);
  });
  it('a row numbered 0 is reported with its text', () => {
    const doc = read(reportDocx([headingRow(SPORT), row('0.', 'Нулевая строка'), row('1.', 'А')]));
    expect(doc.warnings.map((w) => w.message)).toContainEqual(
      expect.stringMatching(/номером 0 пропущена.*Нулевая строка/),
    );
  });
});

describe('a missing cell is recognised by content', () => {
  it('five cells instead of six (no place): the dates cell is read as dates, a warning names the missing column', () => {
    const doc = read(
      reportDocx([
        headingRow(SPORT),
        tr([
          tc('1.'),
          tc('Вебинар о экспорте'),
          tc('10 марта 2026 года'),
          tc('Обмен опытом с партнерами из Республики Беларусь по вопросам экспорта продукции'),
          tc('15 человек'),
        ]),
      ]),
    );
    const e = doc.events[0];
    expect([e?.place.raw, e?.dates.start, e?.participants.count]).toEqual(['', '2026-03-10', 15]);
    expect(e?.description).toMatch(/^Обмен опытом/);
    expect(warningsOf(doc, 1)).toEqual([
      'row: В строке 5 ячеек вместо 6: ячейки распознаны по содержанию, нет ячейки «место проведения»',
    ]);
  });
  it('the same in the text export', () => {
    const text = `${TITLE}\n\n\t${SPORT}\n\n\t1. \n\tВебинар о экспорте\n\t10 марта 2026 года\n\tОбмен опытом с партнерами из Республики Беларусь по вопросам экспорта продукции\n\t15 человек\n`;
    const e = parseDocument(readTextExport(text)).events[0];
    expect([e?.place.raw, e?.dates.start, e?.participants.count]).toEqual(['', '2026-03-10', 15]);
  });
  it('missing participants (the last cell) stays the positional reading', () => {
    const doc = read(
      reportDocx([
        headingRow(SPORT),
        tr([tc('1.'), tc('Турнир'), tc('г. Минск'), tc('1 марта 2026 года'), tc('Игры')]),
      ]),
    );
    expect(warningsOf(doc, 1)).toEqual(['participants: В строке нет ячейки «участники»']);
  });
});

describe('a table split over pages is one table', () => {
  const part1 = [headingRow(SPORT), eventRow(['1.', 'Турнир', 'г. Минск', '1 марта 2026 года', 'Игры', '10 человек'])];
  const header = tr(
    HEADER_CELLS.map((h) => tc(h)),
    { header: true },
  );
  const numbersRow = tr(
    ['1', '2', '3', '4', '5', '6'].map((n) => tc(n)),
    { header: true },
  );
  const part2 = [
    eventRow(['2.', 'Матч', 'г. Брест', '2 марта 2026 года', 'Игры', '11 человек']),
    headingRow(CULTURE),
    eventRow(['3.', 'Концерт', 'г. Гродно', '3 марта 2026 года', 'Концерт', '12 человек']),
  ];
  it('split by a paragraph «Продолжение таблицы», the header and the row of column numbers repeated', () => {
    const body = `${p(TITLE)}${table([header, numbersRow, ...part1])}${p('Продолжение таблицы')}${table([header, numbersRow, ...part2])}${p('В I квартале 2026 года состоялось 3 встречи')}`;
    const doc = read(docxFromBody(body));
    expect(doc.events.map((e) => [e.number, e.sector.name, e.title])).toEqual([
      [1, SPORT, 'Турнир'],
      [2, SPORT, 'Матч'],
      [3, CULTURE, 'Концерт'],
    ]);
    expect(doc.warnings).toEqual([]);
    expect(doc.notes).toEqual(['В I квартале 2026 года состоялось 3 встречи']);
  });
  it('the same in the text export', () => {
    const cells = (xs: string[]) => xs.map((x) => `\t${x}`).join('\n');
    const text = [
      TITLE,
      '',
      cells(HEADER_CELLS),
      '',
      cells(['1', '2', '3', '4', '5', '6']),
      '',
      `\t${SPORT}`,
      '',
      cells(['1. ', 'Турнир', 'г. Минск', '1 марта 2026 года', 'Игры', '10 человек']),
      'Продолжение таблицы',
      '',
      cells(HEADER_CELLS),
      '',
      cells(['2. ', 'Матч', 'г. Брест', '2 марта 2026 года', 'Игры', '11 человек']),
      '',
    ].join('\n');
    const doc = parseDocument(readTextExport(text));
    expect(doc.events.map((e) => [e.number, e.title, e.participants.raw])).toEqual([
      [1, 'Турнир', '10 человек'],
      [2, 'Матч', '11 человек'],
    ]);
    expect(doc.warnings).toEqual([]);
  });
});

describe('text inside cells as Word stores it', () => {
  it('tracked changes: deleted text and deleted rows do not count, inserted text does', () => {
    const place = tc('', {
      xml: p(
        `${run('г. ')}<w:del w:id="1" w:author="Петров"><w:r><w:delText>Брест</w:delText></w:r></w:del><w:ins w:id="2" w:author="Петров">${run('Минск')}</w:ins>`,
      ),
    });
    const doc = read(
      reportDocx([
        headingRow(SPORT),
        tr([tc('1.'), tc('Турнир'), place, tc('1 марта 2026 года'), tc('Игры'), tc('10 человек')]),
        tr(
          [
            tc('2.'),
            tc('Удаленное мероприятие'),
            tc('г. Гомель'),
            tc('2 марта 2026 года'),
            tc('Игры'),
            tc('5 человек'),
          ],
          { deleted: true },
        ),
      ]),
    );
    expect(doc.events.map((e) => [e.number, e.place.raw, e.place.city])).toEqual([[1, 'г. Минск', 'Минск']]);
  });
  it('a nested table in a cell becomes lines of that cell; w:br is a line break, w:tab a space; empty trailing cells add nothing', () => {
    const nested = table([tr([tc('Студенты (12 человек)'), tc('Педагоги (3 человека)')])], 2);
    const doc = read(
      reportDocx([
        headingRow(SPORT),
        tr([
          tc('1.'),
          tc('Форум молодежи\nСоюзного государства'),
          tc('г. Минск,\tРеспублика Беларусь'),
          tc('1 марта 2026 года'),
          tc('Встречи'),
          tc('', { xml: `${p('Участники:')}${nested}` }),
          tc(''),
          tc(''),
        ]),
      ]),
    );
    const e = doc.events[0];
    expect(e?.title).toBe('Форум молодежи Союзного государства');
    expect(e?.place).toMatchObject({ raw: 'г. Минск, Республика Беларусь', city: 'Минск' });
    expect(e?.participants.raw).toBe('Участники:\nСтуденты (12 человек)\nПедагоги (3 человека)');
    expect(e?.participants.count).toBe(15);
    expect(e?.warnings.map((w) => w.field)).toEqual(['participants']); // the sum is noted, nothing else
  });
});
