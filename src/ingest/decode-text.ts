// Bytes of a text export → text, with the encoding detected and recorded. Word's «Обычный текст» is
// saved as UTF-8 (with or without BOM), «Текст в Юникоде» as UTF-16 LE (BOM), older exports in
// Windows-1251. Anything else is refused rather than decoded into nonsense. Pure (TextDecoder only).
import { IngestError, messages } from './errors';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** A byte-order mark was present (and is not part of the text). */
  bom: boolean;
}

/** Russian names for the record (report source, CLI output). */
export const ENCODING_LABELS: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1251': 'Windows-1251',
};

function decode(encoding: TextEncoding, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

const CYRILLIC = /[\u0400-\u04ff]/;
const PLAIN = /[\t\n\r\u0020-\u007e\u00a0-\u00bf\u2010-\u2027\u2116\u0400-\u04ff]/;

/** Share of characters a Russian report plausibly contains (letters, digits, punctuation). */
function plausibleShare(text: string): number {
  let plain = 0;
  let total = 0;
  for (const ch of text.slice(0, 20_000)) {
    total += 1;
    if (PLAIN.test(ch)) plain += 1;
  }
  return total === 0 ? 0 : plain / total;
}

/**
 * Windows-1251 and KOI8-R both map high bytes to Cyrillic letters; decoded with the wrong table, Russian
 * words come out with capitals in the middle («пТЮеТ»). Real text rarely has a capital after a small letter.
 */
function looksLikeRussian(text: string): boolean {
  const sample = text.slice(0, 20_000);
  const letters = sample.match(/[\u0410-\u044f\u0401\u0451]/g)?.length ?? 0;
  if (letters === 0) return plausibleShare(sample) > 0.98;
  const midCapitals = sample.match(/[а-яё][А-ЯЁ]/g)?.length ?? 0;
  return midCapitals / letters < 0.02 && plausibleShare(sample) > 0.97;
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', bom: boolean): DecodedText | null {
  const body = bom ? bytes.subarray(2) : bytes;
  const text = decode(encoding, body);
  if (
    text === null ||
    (!bom && (plausibleShare(text) < 0.97 || (!CYRILLIC.test(text) && !/^[\x20-\x7e\s]*$/.test(text))))
  )
    return null;
  return { text, encoding, bom };
}

/** Detects and decodes; throws IngestError('encoding') when the bytes are no text we know. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decode('utf-8', bytes.subarray(3));
    if (text !== null) return { text, encoding: 'utf-8', bom: true };
    throw new IngestError('encoding', messages.encoding());
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const r = utf16(bytes, 'utf-16le', true);
    if (r) return r;
    throw new IngestError('encoding', messages.encoding());
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const r = utf16(bytes, 'utf-16be', true);
    if (r) return r;
    throw new IngestError('encoding', messages.encoding());
  }
  // NUL bytes never occur in UTF-8 or Windows-1251 text, but in UTF-16 every ASCII character has one.
  if (bytes.subarray(0, 4096).includes(0)) {
    if (bytes.length % 2 === 0) {
      const r = utf16(bytes, 'utf-16le', false) ?? utf16(bytes, 'utf-16be', false);
      if (r) return r;
    }
    throw new IngestError('encoding', messages.encoding());
  }
  const utf8 = decode('utf-8', bytes);
  if (utf8 !== null) {
    if (plausibleShare(utf8) < 0.9) throw new IngestError('encoding', messages.encoding());
    return { text: utf8, encoding: 'utf-8', bom: false };
  }
  const cp1251 = decode('windows-1251', bytes);
  if (cp1251 !== null && looksLikeRussian(cp1251)) return { text: cp1251, encoding: 'windows-1251', bom: false };
  throw new IngestError('encoding', messages.encoding());
}
