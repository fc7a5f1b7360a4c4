// The parser core: neutral blocks (rows of cells, paragraphs) → events, sectors, notes and warnings.
// Four steps, each with its state passed explicitly: read the preamble (title, period, region),
// classify each row, build an event from each event row, check the numbering. It never throws; what it
// cannot make sense of becomes a warning, and what makes a report impossible (no quarter in the title,
// no numbered rows) becomes an error that buildReport refuses.
import { COUNTING_RULES_VERSION } from './rules-version';
import type { Period, Report, ReportEvent, ReportWarning, Sector, WarningField } from '../domain/report-schema';
import { IngestError, messages } from './errors';
import { buildEvent, type EventContext } from './event';
import { numberingWarnings } from './numbering';
import { findRegion, reportIdOf } from './period';
import { readPreamble } from './preamble';
import {
  isAutoNumbered,
  isBlank,
  isColumnNumbersRow,
  isContinuationMarker,
  isHeaderRow,
  numberOf,
  toRow,
  type Row,
} from './rows';
import { isStrictSectorHeading, looksLikeSectorHeading, sectorId, sectorName } from './sectors';
import type { SourceDocument } from './source';
import { cleanMultiline, normalizeText } from './text-utils';

export { EVENT_FIELDS, NO_SECTOR, titleSplit, type EventField } from './event';

export interface ParsedDocument {
  title: string;
  region: string;
  period: Period | null;
  notes: string[];
  events: ReportEvent[];
  /** Every warning, event-level ones included, in document order. */
  warnings: ReportWarning[];
  /** Fatal problems: the document cannot become a report (the first one is thrown by buildReport). */
  errors: IngestError[];
}

interface ParseState {
  ctx: EventContext;
  /** Number of the last event (the next row without a number gets the one after it). */
  lastNumber: number;
  idCounts: Map<string, number>;
  events: ReportEvent[];
  warnings: ReportWarning[];
  notes: string[];
  /** The table numbers rows «3.1», «4а»: events are numbered in order, the source's number kept as label. */
  sequential: boolean;
}

function reportWarn(state: ParseState, field: WarningField, message: string): void {
  state.warnings.push({ eventNumber: null, field, message });
}

function setSector(state: ParseState, cell: string, strict: boolean, eventNumber: number | null): void {
  const name = sectorName(cell);
  state.ctx.sector = { id: sectorId(name), name } satisfies Sector;
  if (!strict)
    state.warnings.push({
      eventNumber,
      field: 'sector',
      message: `Строка без номера принята за заголовок раздела: «${name}»`,
    });
}

function addEvent(
  state: ParseState,
  row: Row,
  offset: number,
  number: number,
  label: string | null,
  numberNote: string | null,
): void {
  const { event, gluedHeading } = buildEvent(
    {
      number,
      label,
      cells: row.cells.slice(offset),
      artefacts: row.artefacts.slice(offset),
      marks: row.marks
        .filter((m) => m.column >= offset)
        .map((m) => ({ ...m, column: m.column - offset, ...(m.from !== undefined ? { from: m.from - offset } : {}) })),
      numberNote,
    },
    state.ctx,
  );
  const baseId = `${state.ctx.reportId}-${number}`;
  const seen = (state.idCounts.get(baseId) ?? 0) + 1;
  state.idCounts.set(baseId, seen);
  if (seen > 1)
    event.warnings.push({
      eventNumber: number,
      field: 'number',
      message: `Номер ${number} повторяется (${seen}-й раз)`,
    });
  state.events.push({ id: seen > 1 ? `${baseId}-${seen}` : baseId, ...event });
  state.warnings.push(...event.warnings);
  state.lastNumber = Math.max(state.lastNumber, number);
  if (gluedHeading !== null) setSector(state, gluedHeading, true, number);
}

/** One row after the title: skipped as layout, an event, a heading or a note. */
function readRow(state: ParseState, row: Row, afterTable: boolean): void {
  const nonEmpty = row.cells.filter((c) => !isBlank(c));
  if (nonEmpty.length === 0) return;
  if (isContinuationMarker(row) || isColumnNumbersRow(row)) return;
  const cell = numberOf(row);
  if (!cell && isAutoNumbered(row)) {
    // Word's automatic number without a definition in numbering.xml: numbered in order.
    addEvent(state, row, 1, state.lastNumber + 1, null, null);
    return;
  }
  if (cell) {
    if (cell.number <= 0) {
      reportWarn(
        state,
        'number',
        `Строка с номером ${cell.number} пропущена: номер должен быть положительным — «${nonEmpty
          .map((c) => cleanMultiline(c))
          .join(' | ')
          .slice(0, 200)}»`,
      );
      return;
    }
    const written = cell.compound ?? String(cell.number);
    if (state.sequential) {
      const number = state.lastNumber + 1;
      addEvent(state, row, 1, number, written === String(number) ? null : written, null);
    } else addEvent(state, row, 1, cell.number, null, null);
    return;
  }
  if (!row.fromParagraph && isHeaderRow(row)) return;
  if (nonEmpty.length === 1) {
    const text = nonEmpty[0] ?? '';
    if (afterTable) {
      if (isStrictSectorHeading(text))
        reportWarn(state, 'sector', `Раздел «${sectorName(text)}» в конце таблицы без мероприятий`);
      else state.notes.push(cleanMultiline(text));
    } else setSector(state, text, looksLikeSectorHeading(text), null);
    return;
  }
  if (afterTable && (nonEmpty.length < 3 || row.fromParagraph)) {
    state.notes.push(nonEmpty.map(cleanMultiline).join('\n'));
    return;
  }
  // A data row without a number: keep it, numbered after the previous one.
  const number = state.lastNumber + 1;
  addEvent(state, row, isBlank(row.cells[0]) ? 1 : 0, number, null, `В строке нет номера, присвоен номер ${number}`);
}

function fallbackYear(text: string): number {
  const m = /(?<!\d)(20\d{2})(?!\d)/.exec(text);
  return m ? Number(m[1]) : 2000;
}

/** Text normalised once, before every matcher (soft hyphens, zero-width characters, exotic spaces). */
function normalizeDocument(doc: SourceDocument): SourceDocument {
  return {
    blocks: doc.blocks.map((b) =>
      b.kind === 'paragraph' ? { ...b, text: normalizeText(b.text) } : { ...b, cells: b.cells.map(normalizeText) },
    ),
  };
}

export function parseDocument(source: SourceDocument): ParsedDocument {
  const doc = normalizeDocument(source);
  const preamble = readPreamble(doc.blocks);
  const allText = doc.blocks.map((b) => (b.kind === 'row' ? b.cells.join('\n') : b.text)).join('\n');
  const { period } = preamble;
  const state: ParseState = {
    ctx: {
      reportId: period ? reportIdOf(period) : 'unknown',
      period,
      year: period?.year ?? fallbackYear(allText),
      sector: null,
    },
    lastNumber: 0,
    idCounts: new Map(),
    events: [],
    warnings: [],
    notes: [],
    sequential: false,
  };
  if (!preamble.title) reportWarn(state, 'title', 'Заголовок отчета перед таблицей не найден');
  let region = preamble.region ?? findRegion(allText);
  if (!region) {
    region = 'Регион не указан';
    reportWarn(state, 'region', 'Регион не найден в заголовке отчета');
  }

  const rows = doc.blocks.slice(preamble.firstRow).map(toRow);
  // The table ends at its last event row: numbered, or a data row of three or more cells.
  const eventLike = rows.map(
    (r) =>
      numberOf(r) !== null ||
      (isAutoNumbered(r) && r.cells.some((c) => !isBlank(c))) ||
      (!r.fromParagraph && !isHeaderRow(r) && !isColumnNumbersRow(r) && r.cells.filter((c) => !isBlank(c)).length >= 3),
  );
  const lastNumbered = eventLike.lastIndexOf(true);
  // A row numbered 0 or below is skipped (readRow), so its «0А» must not renumber the whole table.
  const compound = rows.map(numberOf).find((c) => c?.compound && c.number > 0);
  if (compound?.compound) {
    state.sequential = true;
    reportWarn(
      state,
      'number',
      `В таблице составные номера строк (например, «${compound.compound}»): мероприятия пронумерованы подряд, номер из источника сохранен у каждого, где он другой`,
    );
  }
  if (rows.some(isAutoNumbered))
    reportWarn(
      state,
      'number',
      'Номера строк проставлены автоматической нумерацией Word (список), а не набраны: взяты номера, которые показывает Word',
    );
  rows.forEach((row, i) => readRow(state, row, i > lastNumbered));

  const errors: IngestError[] = [];
  if (preamble.periodError) errors.push(preamble.periodError);
  for (const w of numberingWarnings(state.events)) state.warnings.push(w);
  if (state.events.length === 0) errors.push(new IngestError('no-rows', messages.noRows()));

  return {
    title: preamble.title || 'Отчет без заголовка',
    region,
    period,
    notes: state.notes,
    events: state.events,
    warnings: state.warnings,
    errors,
  };
}

export interface SourceInfo {
  file: string;
  sha256: string;
  parsedAt: string;
  /** Text sources: the encoding they were decoded from. */
  encoding?: string;
}

/** The report in the shared schema's shape (key order fixed, so JSON output is deterministic). */
export function buildReport(parsed: ParsedDocument, source: SourceInfo): Report {
  const [error] = parsed.errors;
  if (error) throw error;
  if (!parsed.period) throw new IngestError('no-period', messages.noPeriod());
  return {
    id: reportIdOf(parsed.period),
    title: parsed.title,
    region: parsed.region,
    period: { ...parsed.period },
    source: {
      file: source.file,
      sha256: source.sha256,
      parsedAt: source.parsedAt,
      ...(source.encoding ? { encoding: source.encoding } : {}),
      // Absent means version 1, so reports counted by the first rules (the published Q1) need no change.
      ...(COUNTING_RULES_VERSION > 1 ? { rulesVersion: COUNTING_RULES_VERSION } : {}),
    },
    notes: parsed.notes,
    events: parsed.events,
    warnings: parsed.warnings,
  };
}
