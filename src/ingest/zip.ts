// A small reader for the ZIP container of a .docx: the central directory gives each part's declared
// sizes, so an oversized part (a «ZIP bomb») is refused before any inflating; a part is then inflated
// with fflate in chunks and stopped as soon as it outgrows the cap, whatever its header claimed.
// Pure: works on a Uint8Array in Node and in a browser worker.
import { Inflate } from 'fflate';
import { IngestError, messages } from './errors';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  encrypted: boolean;
}

const EOCD_SIG = 0x06054b50;
const CD_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;

function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}
function u32(b: Uint8Array, at: number): number {
  return (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && u32(bytes, 0) === LOCAL_SIG;
}

/** The central directory's entries; throws IngestError when the archive is cut short or damaged. */
export function listZip(bytes: Uint8Array): ZipEntry[] {
  // The end-of-central-directory record is in the last 22 + 65 535 (comment) bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i -= 1) {
    if (u32(bytes, i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new IngestError('corrupt-docx', messages.truncated());
  const count = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (cdOffset === 0xffffffff || count === 0xffff)
    throw new IngestError('corrupt-docx', messages.corrupt('архив в формате ZIP64, такие .docx Word не создаёт'));
  if (cdOffset + cdSize > eocd) throw new IngestError('corrupt-docx', messages.truncated());
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let at = cdOffset;
  for (let k = 0; k < count; k += 1) {
    if (at + 46 > eocd || u32(bytes, at) !== CD_SIG)
      throw new IngestError('corrupt-docx', messages.corrupt('оглавление архива повреждено'));
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
      encrypted: (u16(bytes, at + 8) & 1) === 1,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

class TooLarge extends Error {}

/** Inflates one part, refusing it when it declares or turns out to be larger than `cap` bytes. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, cap: number): Uint8Array {
  if (entry.encrypted) throw new IngestError('encrypted-docx', messages.encrypted());
  if (entry.size > cap) throw new IngestError('docx-too-large', messages.docxTooLarge(entry.name, entry.size, cap));
  const at = entry.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL_SIG)
    throw new IngestError('corrupt-docx', messages.truncated());
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new IngestError('corrupt-docx', messages.truncated());
  const data = bytes.subarray(start, end);
  if (entry.method === 0) return data;
  if (entry.method !== 8)
    throw new IngestError(
      'corrupt-docx',
      messages.corrupt(`часть ${entry.name} сжата неизвестным способом (${entry.method})`),
    );

  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > cap) throw new TooLarge();
    chunks.push(chunk);
  });
  const STEP = 16 * 1024; // one step inflates to at most ~16 MB, so the cap is overshot by little
  try {
    if (data.length === 0) inflate.push(data, true);
    for (let i = 0; i < data.length; i += STEP) inflate.push(data.subarray(i, i + STEP), i + STEP >= data.length);
  } catch (err) {
    if (err instanceof TooLarge) throw new IngestError('docx-too-large', messages.docxTooLarge(entry.name, total, cap));
    throw new IngestError('corrupt-docx', messages.corrupt(`часть ${entry.name} не распаковывается`));
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}
