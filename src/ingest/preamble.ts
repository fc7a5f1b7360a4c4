// The document's preamble: the title paragraphs before the table, and what they say — the reporting
// period (from the title only: a quarter found elsewhere, e.g. in the closing note, is never used)
// and the region.
import type { Period } from '../domain/report-schema';
import { IngestError, messages } from './errors';
import { findRegion, titlePeriod } from './period';
import type { SourceBlock } from './source';
import { cleanInline, stripArtefacts } from './text-utils';

export interface Preamble {
  /** The title paragraphs joined into one line ('' when there is none). */
  title: string;
  region: string | null;
  period: Period | null;
  /** Why the title gives no usable period (refused by buildReport). */
  periodError: IngestError | null;
  /** Index of the first table row in the blocks (blocks.length when there is none). */
  firstRow: number;
}

export function readPreamble(blocks: readonly SourceBlock[]): Preamble {
  const found = blocks.findIndex((b) => b.kind === 'row');
  const firstRow = found === -1 ? blocks.length : found;
  const parts: string[] = [];
  for (const b of blocks.slice(0, firstRow)) {
    if (b.kind !== 'paragraph') continue;
    const line = cleanInline(stripArtefacts(b.text).text);
    if (line) parts.push(line);
  }
  const title = parts.join(' ').replace(/ +/g, ' ').trim();
  const named = titlePeriod(title);
  const period = named.kind === 'quarter' ? named.period : null;
  const periodError =
    named.kind === 'other'
      ? new IngestError('not-a-quarter', messages.notAQuarter(named.phrase))
      : named.kind === 'none'
        ? new IngestError('no-period', messages.noPeriod())
        : null;
  return { title, region: findRegion(title), period, periodError, firstRow };
}
