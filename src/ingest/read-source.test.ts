// @vitest-environment node
// What files the ingest accepts, how it decodes them, and what it refuses (with which message).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { eventRow, headingRow, reportDocx } from '../../test/support/docx-xml';
import { decodeText } from './decode-text';
import { IngestError } from './errors';
import { parseDocument } from './parse';
import { readSource } from './read-source';
import { parseReportFile } from './report-file';

const RAW = readFileSync(
  resolve(import.meta.dirname, '../../data/raw/smolensk-international-events-2026-q1.txt'),
  'utf8',
);

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const codes = [...(bom ? '\ufeff' : ''), ...text].map((c) => c.charCodeAt(0));
  codes.forEach((code, i) => {
    out[i * 2 + (endian === 'le' ? 0 : 1)] = code & 0xff;
    out[i * 2 + (endian === 'le' ? 1 : 0)] = code >> 8;
  });
  return out;
}

/** Windows-1251 bytes of Russian text (Cyrillic letters, ASCII, the few punctuation marks used). */
function cp1251(text: string): Uint8Array {
  const special: Record<string, number> = {
    '«': 0xab,
    '»': 0xbb,
    '–': 0x96,
    '—': 0x97,
    '№': 0xb9,
    Ё: 0xa8,
    ё: 0xb8,
    '\u00a0': 0xa0,
  };
  return Uint8Array.from(
    [...text].map((c) => {
      const code = c.charCodeAt(0);
      if (code < 0x80) return code;
      if (special[c] !== undefined) return special[c];
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      throw new Error(`no cp1251 byte for ${c}`);
    }),
  );
}

function refusal(name: string, bytes: Uint8Array): IngestError {
  try {
    readSource(name, bytes);
  } catch (err) {
    if (err instanceof IngestError) return err;
    throw err;
  }
  throw new Error('accepted');
}

describe('encodings of the text export', () => {
  const events = (bytes: Uint8Array) => parseDocument(readSource('q1.txt', bytes).doc).events.length;
  it.each([
    ['UTF-8', new TextEncoder().encode(RAW), 'UTF-8'],
    ['UTF-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(RAW)]), 'UTF-8'],
    ['UTF-16 LE with BOM («Текст в Юникоде»)', utf16(RAW, 'le', true), 'UTF-16 LE'],
    ['UTF-16 LE without BOM', utf16(RAW, 'le', false), 'UTF-16 LE'],
    ['UTF-16 BE with BOM', utf16(RAW, 'be', true), 'UTF-16 BE'],
    ['UTF-16 BE without BOM', utf16(RAW, 'be', false), 'UTF-16 BE'],
    ['Windows-1251', cp1251(RAW), 'Windows-1251'],
  ])('%s: detected, decoded, recorded; all 34 rows read', (_name, bytes, encoding) => {
    expect(readSource('q1.txt', bytes).encoding).toBe(encoding);
    expect(events(bytes)).toBe(34);
  });
  it('the BOM is not part of the text', () =>
    expect(decodeText(utf16('Отчет', 'le', true))).toEqual({ text: 'Отчет', encoding: 'utf-16le', bom: true }));
  it('the encoding is kept in report.source', async () => {
    const { report } = await parseReportFile({
      name: 'q1.txt',
      bytes: cp1251(RAW),
      parsedAt: '2026-04-01T00:00:00.000Z',
    });
    expect(report.source.encoding).toBe('Windows-1251');
  });
  it.each([
    [
      'KOI8-R (Cyrillic letters in the wrong table)',
      Uint8Array.from([
        0xef, 0xd4, 0xde, 0xc5, 0xd4, 0x20, 0xd7, 0x20, 0xe9, 0x20, 0xcb, 0xd7, 0xc1, 0xd2, 0xd4, 0xc1, 0xcc, 0xc5,
      ]),
    ],
    ['binary noise', Uint8Array.from({ length: 600 }, (_, i) => (i * 7919) % 256)],
  ])('unknown: %s → a clear Russian error', (_name, bytes) => {
    const err = refusal('q1.txt', bytes);
    expect(err.code).toBe('encoding');
    expect(err.message).toMatch(/не удалось определить кодировку/);
  });
});

describe('wrong formats: what the file is and what to do, in Russian', () => {
  const docx = reportDocx([
    headingRow('Сотрудничество в сфере спорта'),
    eventRow(['1.', 'Турнир', 'г. Минск', '1 марта 2026 года', 'Игры', '10 человек']),
  ]);
  it.each([
    ['report.pdf', strToU8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), /это PDF/],
    ['report.docx', strToU8('%PDF-1.4\n'), /это PDF/],
    ['report.rtf', strToU8('{\\rtf1\\ansi\\ansicpg1251 Отчет}'), /это файл RTF/],
    ['report.docx', strToU8('{\\rtf1\\ansi}'), /это файл RTF/],
    [
      'report.doc',
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      /Word 97–2003 \(\.doc\)/,
    ],
    [
      'report.docx',
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      /Word 97–2003 \(\.doc\)/,
    ],
    ['report.htm', strToU8('<!DOCTYPE html><html><body>Отчет</body></html>'), /веб-страница/],
    ['report.docx', strToU8('Отчет о мероприятиях в I квартале 2026 года'), /это обычный текст/],
    ['report.docx', Uint8Array.from({ length: 300 }, (_, i) => (i * 31) % 256), /не является документом Word/],
    ['report.docx', docx.subarray(0, Math.floor(docx.length * 0.6)), /повреждён или обрезан/],
    ['report.docx', zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }), /ZIP-архив, но не документ Word/],
    [
      'report.odt',
      zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8('<x/>') }),
      /OpenDocument/,
    ],
    ['report.md', strToU8('в I квартале 2026 года'), /неподдерживаемый формат «\.md»/],
    ['empty.txt', new Uint8Array(0), /файл пуст/],
  ])('%s (%#) → %s', (name, bytes, message) => {
    const err = refusal(name, bytes);
    expect(err.message).toMatch(message);
    expect(err.message).not.toMatch(/[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}/); // no English sentence from a library
  });
  it('a Word file is recognised by its content even when named .txt', () =>
    expect(readSource('report.txt', docx).format).toBe('docx'));
  it('a .docx whose document.xml is not XML', () => {
    const broken = zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p>') });
    expect(refusal('x.docx', broken).message).toMatch(/не является правильным XML/);
  });
});

/** A .docx whose document.xml inflates to `megabytes` MB of spaces, streamed (never held in memory). */
function zipBomb(megabytes: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    parts.push(chunk);
  });
  const entry = new ZipDeflate('word/document.xml', { level: 9 });
  zip.add(entry);
  const mb = new Uint8Array(1024 * 1024).fill(0x20);
  for (let i = 0; i < megabytes; i += 1) entry.push(mb, i === megabytes - 1);
  zip.end();
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Rewrites the central directory's declared uncompressed size of every entry (a lying archive). */
function lieAboutSizes(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 < out.length; i += 1)
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  return out;
}

describe('size limits', () => {
  const bomb = zipBomb(80);
  it('a file over the limit is refused before reading', () => {
    const big = new Uint8Array(21 * 1024 * 1024).fill(0x41);
    expect(refusal('big.txt', big).message).toMatch(/файл слишком большой \(21 МБ; допускается до 20 МБ\)/);
  });
  it('a ZIP bomb that declares its size is refused from the directory, without inflating', () => {
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const err = refusal('bomb.docx', bomb);
    expect(err.code).toBe('docx-too-large');
    expect(err.message).toMatch(/word\/document\.xml распаковывается в 80 МБ \(допускается до 64 МБ\)/);
  });
  it('a ZIP bomb that lies about its size is stopped at the cap while inflating', () => {
    const err = refusal('bomb.docx', lieAboutSizes(bomb, 1000));
    expect(err.code).toBe('docx-too-large');
    expect(err.message).toMatch(/допускается до 64 МБ/);
  });
});
