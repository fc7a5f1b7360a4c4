import { Document, Packer, Paragraph, Table, TableRow, TableCell, TextRun, Bookmark } from 'docx';
import mammoth from 'mammoth';
const doc = new Document({
  sections: [
    {
      children: [
        new Paragraph({ children: [new TextRun('Отчет & <x> "q"')] }),
        new Table({
          rows: [
            new TableRow({
              children: [
                new TableCell({ children: [new Paragraph('1.')] }),
                new TableCell({
                  children: [
                    new Paragraph('a'),
                    new Paragraph(''),
                    new Paragraph({ children: [new Bookmark({ id: '_Hlk1', children: [new TextRun('b')] })] }),
                  ],
                }),
              ],
            }),
            new TableRow({ children: [new TableCell({ columnSpan: 2, children: [new Paragraph('Сотрудничество')] })] }),
          ],
        }),
        new Paragraph('Итог'),
      ],
    },
  ],
});
const buf = await Packer.toBuffer(doc);
console.log((await mammoth.convertToHtml({ buffer: buf })).value);
console.log(JSON.stringify((await mammoth.extractRawText({ buffer: buf })).value));
