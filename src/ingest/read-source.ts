// A source file's bytes → the neutral document: the format is recognised from the content (the
// extension is only a hint), so a PDF, RTF, old .doc, web page or damaged archive gets a Russian
// message saying what it is and what to do. Sizes are checked before anything is decoded. Pure.
import { decodeText, ENCODING_LABELS } from './decode-text';
import { IngestError, messages } from './errors';
import { readDocx } from './read-docx';
import { readTextExport } from './read-text';
import type { SourceDocument } from './source';
import { isZip } from './zip';

export const SUPPORTED_EXTENSIONS = ['.txt', '.docx'] as const;

/** Largest file accepted: a .docx may carry photos; a text export of a quarter is well under 1 MB. */
export const MAX_FILE_BYTES = { docx: 50 * 1024 * 1024, txt: 20 * 1024 * 1024 } as const;

export interface ReadSource {
  doc: SourceDocument;
  format: 'docx' | 'txt';
  /** For text: the detected encoding («UTF-8», «UTF-16 LE», …). */
  encoding: string | null;
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function asciiHead(bytes: Uint8Array): string {
  let start = 0;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) start = 3;
  return new TextDecoder('latin1')
    .decode(bytes.subarray(start, start + 512))
    .trimStart()
    .toLowerCase();
}

/** A message for content we recognise as a format we do not read, or null. */
function foreignFormat(bytes: Uint8Array): string | null {
  const head = asciiHead(bytes);
  if (head.startsWith('%pdf-')) return messages.pdf();
  if (head.startsWith('{\\rtf')) return messages.rtf();
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return messages.oldDoc();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('mime-version:'))
    return messages.html();
  if (head.startsWith('<?xml') && head.includes('wordml')) return messages.html();
  return null;
}

function isText(bytes: Uint8Array): boolean {
  try {
    decodeText(bytes);
    return true;
  } catch {
    return false;
  }
}

export function extensionOf(name: string): string {
  const m = /\.[^./\\]+$/.exec(name);
  return m ? m[0].toLowerCase() : '';
}

export function readSource(name: string, bytes: Uint8Array): ReadSource {
  const ext = extensionOf(name);
  if (bytes.length === 0) throw new IngestError('empty', messages.empty());
  const zip = isZip(bytes);
  const limit = zip || ext === '.docx' ? MAX_FILE_BYTES.docx : MAX_FILE_BYTES.txt;
  if (bytes.length > limit) throw new IngestError('too-large', messages.tooLarge(bytes.length, limit));
  const foreign = foreignFormat(bytes);
  if (foreign) throw new IngestError('wrong-format', foreign);
  if (zip) return { doc: readDocx(bytes), format: 'docx', encoding: null };
  if (ext === '.docx') {
    // A Word file starts with «PK»; a text named .docx gets its own message, anything else the general one.
    throw new IngestError('wrong-format', isText(bytes) ? messages.textInDocx() : messages.notZip());
  }
  if (ext !== '.txt') throw new IngestError('unsupported-format', messages.unsupported(ext));
  const decoded = decodeText(bytes);
  return { doc: readTextExport(decoded.text), format: 'txt', encoding: ENCODING_LABELS[decoded.encoding] };
}
