// The parser core: neutral blocks (rows of cells, paragraphs) → events, sectors, notes and warnings.
// It never throws; what it cannot make sense of becomes a warning, and what makes a report impossible
// (no period in the title, no numbered rows) becomes an error that buildReport refuses.
import type { Period, Report, ReportEvent, ReportWarning, Sector } from '../domain/report-schema';
import { parseDates } from './dates';
import { partnerCountries, resolvePlace } from './gazetteer';
import { parseParticipants } from './participants';
import { findPeriod, findRegion, reportIdOf } from './period';
import { isStrictSectorHeading, looksLikeSectorHeading, sectorId, sectorName } from './sectors';
import { NUMBER_CELL_RE, type SourceDocument } from './source';
import { checkQuotes, cleanInline, cleanMultiline, stripArtefacts } from './text-utils';

export const EVENT_FIELDS = ['title', 'place', 'dates', 'description', 'participants'] as const;
export type EventField = (typeof EVENT_FIELDS)[number];

const FIELD_RU: Record<EventField, string> = {
  title: 'наименование мероприятия',
  place: 'место проведения',
  dates: 'сроки проведения',
  description: 'цель, содержание и результат',
  participants: 'участники',
};

/** Remote formats, looked for in the title and the place cell. */
const ONLINE_RE =
  /(онлайн|он-лайн|online|вебинар|видеоконференц|видео-конференц|видеосвяз|(?<!\p{L})вкс(?!\p{L})|дистанционн|телемост|удаленн\p{L}*\s+формат|удалённ\p{L}*\s+формат|zoom)/iu;

const DANGLING_WORD_RE = /(?:^|\s)(?:в|во|на|с|со|по|о|об|к|ко|для|и|из|от|у|при|за)$/iu;

/** Describes a suspicious break inside a title cell: inside a quoted name, or after a preposition. */
export function titleSplit(cell: string): string | null {
  const lines = cleanMultiline(cell).split('\n');
  let open = 0;
  for (let k = 0; k < lines.length - 1; k += 1) {
    const line = lines[k] ?? '';
    open += (line.match(/«/g) ?? []).length - (line.match(/»/g) ?? []).length;
    if (open > 0 && /«[^»]*$/.test(line))
      return `внутри названия в кавычках: «…${line.slice(-20)}⏎${(lines[k + 1] ?? '').slice(0, 20)}…»`;
    if (DANGLING_WORD_RE.test(line))
      return `после предлога: «…${line.slice(-20)}⏎${(lines[k + 1] ?? '').slice(0, 20)}…»`;
  }
  return null;
}

export const NO_SECTOR: Sector = { id: 'bez-razdela', name: 'Без раздела' };

export interface ParsedDocument {
  title: string;
  region: string;
  period: Period | null;
  notes: string[];
  events: ReportEvent[];
  /** Every warning, event-level ones included, in document order. */
  warnings: ReportWarning[];
  /** Fatal problems: the document cannot become a report. */
  errors: string[];
}

interface Row {
  cells: string[];
  /** Artefacts removed per cell index. */
  artefacts: string[][];
  fromParagraph: boolean;
}

function cleanRow(cells: string[], fromParagraph: boolean): Row {
  const artefacts: string[][] = [];
  const out = cells.map((c, i) => {
    const { text, artefacts: found } = stripArtefacts(c);
    artefacts[i] = found;
    return text;
  });
  return { cells: out, artefacts, fromParagraph };
}

function isBlank(text: string | undefined): boolean {
  return cleanMultiline(text ?? '') === '';
}

function isHeaderRow(cells: string[]): boolean {
  const first = cleanInline(cells[0] ?? '');
  return (
    first.startsWith('№') ||
    /^п\s*\/\s*п$/i.test(first) ||
    (/наименование\s+мероприяти/i.test(cleanInline(cells[1] ?? '')) && cells.length >= 3)
  );
}

function fallbackYear(text: string): number {
  const m = /(?<!\d)(20\d{2})(?!\d)/.exec(text);
  return m ? Number(m[1]) : 2000;
}

export function parseDocument(doc: SourceDocument): ParsedDocument {
  const warnings: ReportWarning[] = [];
  const errors: string[] = [];
  const reportWarn = (field: string, message: string) => warnings.push({ eventNumber: null, field, message });

  // 1. Title paragraphs (before the table) and the rows after them.
  const firstRow = doc.blocks.findIndex((b) => b.kind === 'row');
  const preambleBlocks = firstRow === -1 ? doc.blocks : doc.blocks.slice(0, firstRow);
  const titleParts: string[] = [];
  for (const b of preambleBlocks) {
    if (b.kind !== 'paragraph') continue;
    const { text } = stripArtefacts(b.text);
    const line = cleanInline(text);
    if (line) titleParts.push(line);
  }
  const title = titleParts.join(' ').replace(/ +/g, ' ').trim();
  const rows: Row[] = (firstRow === -1 ? [] : doc.blocks.slice(firstRow)).map((b) =>
    b.kind === 'row' ? cleanRow(b.cells, false) : cleanRow([b.text], true),
  );
  const allText = doc.blocks.map((b) => (b.kind === 'row' ? b.cells.join('\n') : b.text)).join('\n');

  // 2. Period and region.
  let period = findPeriod(title);
  if (!period) {
    const elsewhere = findPeriod(allText);
    if (elsewhere) {
      period = elsewhere;
      reportWarn('period', 'Отчетный период не найден в заголовке, взят из текста документа');
    } else errors.push('не удалось определить отчетный период: нет заголовка вида «… в I квартале 2026 года»');
  }
  if (!title) reportWarn('title', 'Заголовок отчета перед таблицей не найден');
  let region = findRegion(title) ?? findRegion(allText);
  if (!region) {
    region = 'Регион не указан';
    reportWarn('region', 'Регион не найден в заголовке отчета');
  }
  const reportId = period ? reportIdOf(period) : 'unknown';
  const year = period?.year ?? fallbackYear(allText);

  // 3. Rows.
  const isNumbered = (r: Row) => NUMBER_CELL_RE.test(r.cells[0] ?? '') && !r.fromParagraph;
  let lastNumbered = -1;
  rows.forEach((r, i) => {
    if (isNumbered(r)) lastNumbered = i;
  });

  const events: ReportEvent[] = [];
  const notes: string[] = [];
  let sector: Sector | null = null;
  let lastNumber = 0;
  const idCounts = new Map<string, number>();

  const setSector = (cell: string, strict: boolean, eventNumber: number | null) => {
    const name = sectorName(cell);
    sector = { id: sectorId(name), name };
    if (!strict)
      warnings.push({
        eventNumber,
        field: 'sector',
        message: `Строка без номера принята за заголовок раздела: «${name}»`,
      });
  };

  const addEvent = (number: number, fieldCells: string[], artefacts: string[][], numberNote: string | null) => {
    const evWarnings: ReportWarning[] = [];
    const warn = (field: string, message: string) => evWarnings.push({ eventNumber: number, field, message });
    if (numberNote) warn('number', numberNote);

    let cells = [...fieldCells];
    let arts = [...artefacts];
    // A sector heading glued into the row (in place of a data cell, or as the last line of the last one).
    let gluedHeading: string | null = null;
    let gluedAt = -1;
    for (let j = 1; j < cells.length; j += 1) {
      if (isStrictSectorHeading(cells[j] ?? '')) {
        gluedHeading = cells[j] ?? '';
        gluedAt = j;
        break;
      }
    }
    let trailing: string[] = [];
    if (gluedHeading !== null) {
      trailing = cells.slice(gluedAt + 1).filter((c) => !isBlank(c));
      cells = cells.slice(0, gluedAt);
      arts = arts.slice(0, gluedAt);
    } else if (cells.length > 1) {
      const lastLines = cleanMultiline(cells[cells.length - 1] ?? '').split('\n');
      const lastLine = lastLines[lastLines.length - 1] ?? '';
      if (lastLines.length > 1 && isStrictSectorHeading(lastLine)) {
        gluedHeading = lastLine;
        gluedAt = cells.length; // the heading took no cell of its own
        cells[cells.length - 1] = lastLines.slice(0, -1).join('\n');
      }
    }

    const extras = cells.slice(EVENT_FIELDS.length).filter((c) => !isBlank(c));
    const value = (k: number): string => cells[k] ?? '';
    EVENT_FIELDS.forEach((field, k) => {
      for (const a of arts[k] ?? []) warn(field, `Удален служебный артефакт Word: ${a}`);
      if (k >= cells.length) {
        if (gluedHeading !== null && k === gluedAt)
          warn(
            field,
            `Ячейка «${FIELD_RU[field]}» отсутствует: на ее месте заголовок раздела «${sectorName(gluedHeading)}», он отнесен к следующим строкам`,
          );
        else warn(field, `Ячейка «${FIELD_RU[field]}» отсутствует`);
      } else if (isBlank(value(k))) warn(field, `Ячейка «${FIELD_RU[field]}» пустая`);
    });
    if (gluedHeading !== null && gluedAt >= EVENT_FIELDS.length)
      warn(
        'sector',
        `Заголовок раздела «${sectorName(gluedHeading)}» оказался внутри строки, он отнесен к следующим строкам`,
      );

    const title = cleanInline(value(0));
    const split = titleSplit(value(0));
    if (split) warn('title', `Наименование разорвано на строки ячейки (${split}); строки соединены`);
    const placeRaw = cleanInline(value(1));
    const datesRaw = cleanInline(value(2));
    let description = cleanMultiline(value(3));
    const participantsRaw = cleanMultiline(value(4));
    if (extras.length > 0) {
      warn('row', `В строке лишние ячейки (${extras.length}), их текст добавлен к описанию`);
      description = [description, ...extras.map(cleanMultiline)].filter(Boolean).join('\n');
    }
    if (trailing.length > 0)
      warn('row', `После заголовка раздела в строке остался текст: «${trailing.map(cleanInline).join(' | ')}»`);

    for (const [field, text] of [
      ['title', title],
      ['place', placeRaw],
      ['description', description],
      ['participants', participantsRaw],
    ] as const) {
      const problem = checkQuotes(text);
      if (problem) warn(field, `Кавычки или скобки: ${problem}`);
    }

    const place = placeRaw ? resolvePlace(placeRaw) : { city: null, countryCode: null, unknownCity: null };
    if (place.unknownCity) warn('place', `Не удалось определить страну города «${place.unknownCity}»`);
    const online = ONLINE_RE.test(`${title}\n${placeRaw}`);

    const dates = parseDates(datesRaw, { year, periodStart: period?.start, periodEnd: period?.end });
    for (const p of dates.problems) warn('dates', `Сроки: ${p}`);
    if (period && dates.start && dates.end && (dates.end < period.start || dates.start > period.end))
      warn('dates', `Сроки ${dates.start} – ${dates.end} вне отчетного периода ${period.start} – ${period.end}`);

    const participants = parseParticipants(participantsRaw);
    for (const p of participants.problems) warn('participants', `Участники: ${p}`);

    const countries = partnerCountries([title, placeRaw, description, participantsRaw]);

    const eventSector: Sector = sector ?? NO_SECTOR;
    if (!sector) warn('sector', 'Строка стоит до первого заголовка раздела');

    const baseId = `${reportId}-${number}`;
    const seen = (idCounts.get(baseId) ?? 0) + 1;
    idCounts.set(baseId, seen);
    if (seen > 1) warn('number', `Номер ${number} повторяется (${seen}-й раз)`);

    events.push({
      id: seen > 1 ? `${baseId}-${seen}` : baseId,
      number,
      sector: { ...eventSector },
      title,
      place: { raw: placeRaw, city: place.city, countryCode: place.countryCode, online },
      dates: { raw: datesRaw, start: dates.start, end: dates.end },
      description,
      participants: {
        raw: participantsRaw,
        count: participants.count,
        qualifier: participants.qualifier,
        unit: participants.unit,
        foreignCount: participants.foreignCount,
      },
      countries,
      warnings: evWarnings,
    });
    warnings.push(...evWarnings);
    if (gluedHeading !== null) setSector(gluedHeading, true, number);
  };

  rows.forEach((row, i) => {
    const nonEmpty = row.cells.filter((c) => !isBlank(c));
    if (nonEmpty.length === 0) return;
    if (!isNumbered(row) && !row.fromParagraph && isHeaderRow(row.cells)) return;
    if (isNumbered(row)) {
      const number = Number(NUMBER_CELL_RE.exec(row.cells[0] ?? '')?.[1]);
      if (number <= 0) {
        reportWarn('number', `Строка с номером ${number} пропущена: номер должен быть положительным`);
        return;
      }
      addEvent(number, row.cells.slice(1), row.artefacts.slice(1), null);
      lastNumber = Math.max(lastNumber, number);
      return;
    }
    const afterTable = i > lastNumbered;
    if (nonEmpty.length === 1) {
      const text = nonEmpty[0] ?? '';
      if (afterTable) {
        if (isStrictSectorHeading(text))
          reportWarn('sector', `Раздел «${sectorName(text)}» в конце таблицы без мероприятий`);
        else notes.push(cleanMultiline(text));
      } else setSector(text, looksLikeSectorHeading(text), null);
      return;
    }
    if (afterTable && (nonEmpty.length < 3 || row.fromParagraph)) {
      notes.push(nonEmpty.map(cleanMultiline).join('\n'));
      return;
    }
    // A data row without a number: keep it, numbered after the previous one.
    const shifted = isBlank(row.cells[0]) ? 1 : 0;
    const number = lastNumber + 1;
    lastNumber = number;
    addEvent(
      number,
      row.cells.slice(shifted),
      row.artefacts.slice(shifted),
      `В строке нет номера, присвоен номер ${number}`,
    );
  });

  // 4. Numbering checks.
  const numbers = events.map((e) => e.number);
  const unique = [...new Set(numbers)].sort((a, b) => a - b);
  const missing: number[] = [];
  for (let k = 1; k < unique.length; k += 1) {
    const prev = unique[k - 1] as number;
    const cur = unique[k] as number;
    for (let n = prev + 1; n < cur && missing.length < 50; n += 1) missing.push(n);
  }
  if (missing.length > 0) reportWarn('number', `В нумерации строк пропущены номера: ${missing.join(', ')}`);
  if (numbers.some((n, k) => k > 0 && n < (numbers[k - 1] as number)))
    reportWarn('number', 'Строки таблицы идут не по порядку номеров');

  if (events.length === 0) errors.push('в документе не найдено ни одной пронумерованной строки таблицы');

  return { title: title || 'Отчет без заголовка', region, period, notes, events, warnings, errors };
}

export interface SourceInfo {
  file: string;
  sha256: string;
  parsedAt: string;
}

export class IngestError extends Error {}

/** The report in the shared schema's shape (key order fixed, so JSON output is deterministic). */
export function buildReport(parsed: ParsedDocument, source: SourceInfo): Report {
  if (parsed.errors.length > 0 || !parsed.period)
    throw new IngestError(parsed.errors.join('; ') || 'нет отчетного периода');
  return {
    id: reportIdOf(parsed.period),
    title: parsed.title,
    region: parsed.region,
    period: { ...parsed.period },
    source: { file: source.file, sha256: source.sha256, parsedAt: source.parsedAt },
    notes: parsed.notes,
    events: parsed.events,
    warnings: parsed.warnings,
  };
}
