// One event row → a ReportEvent with its warnings: the row's cells (after the number) are the five
// report columns; what had to be interpreted (a heading glued into the row, a missing cell recognised
// by content, a merged cell, a title split over lines) keeps its data and gets a warning.
import {
  WARNING_FIELD_LABELS,
  type Period,
  type ReportEvent,
  type ReportWarning,
  type Sector,
  type WarningField,
} from '../domain/report-schema';
import { parseDates } from './dates';
import { resolvePlace } from './gazetteer';
import { parseParticipants } from './participants';
import { eventFacts } from './roles';
import { isBlank } from './rows';
import { isStrictSectorHeading, sectorName } from './sectors';
import type { CellMark } from './source';
import { checkQuotes, cleanInline, cleanMultiline } from './text-utils';

export const EVENT_FIELDS = ['title', 'place', 'dates', 'description', 'participants'] as const;
export type EventField = (typeof EVENT_FIELDS)[number];

/** «место проведения»: a column's name inside a sentence. */
export function columnName(field: WarningField): string {
  const label = WARNING_FIELD_LABELS[field];
  return label.charAt(0).toLowerCase() + label.slice(1);
}

export const NO_SECTOR: Sector = { id: 'bez-razdela', name: 'Без раздела' };

/** Remote formats, looked for in the title and the place cell. */
const ONLINE_RE =
  /(онлайн|он-лайн|online|вебинар|видеоконференц|видео-конференц|видеосвяз|(?<!\p{L})вкс(?!\p{L})|дистанционн|телемост|удаленн\p{L}*\s+формат|удалённ\p{L}*\s+формат|zoom)/iu;

/** A foreign delegation or guests named without their country being recognised. */
const FOREIGN_DELEGATION_RE =
  /(?:иностранн|зарубежн)\p{L}*\s+(?:\p{L}+\s+)?(?:делегаци|гост)\p{L}*|делегаци\p{L}*\s+(?:из|от)\s+\p{Lu}[\p{L}-]*/iu;

const DANGLING_WORD_RE = /(?:^|\s)(?:в|во|на|с|со|по|о|об|к|ко|для|и|из|от|у|при|за)$/iu;

/** Describes a suspicious break inside a title cell: inside a quoted name, or after a preposition. */
export function titleSplit(cell: string): string | null {
  const lines = cleanMultiline(cell).split('\n');
  let open = 0;
  for (let k = 0; k < lines.length - 1; k += 1) {
    const line = lines[k] ?? '';
    open += (line.match(/«/g) ?? []).length - (line.match(/»/g) ?? []).length;
    if (open > 0 && /«[^»]*$/.test(line))
      return `посреди названия в кавычках (место переноса: «…${line.slice(-20)}⏎${(lines[k + 1] ?? '').slice(0, 20)}…»)`;
    if (DANGLING_WORD_RE.test(line))
      return `после предлога (место переноса: «…${line.slice(-20)}⏎${(lines[k + 1] ?? '').slice(0, 20)}…»)`;
  }
  return null;
}

// ---- A missing cell, recognised by content ------------------------------------------------------

const DATE_WORDS_RE =
  /(?<!\p{L})(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\p{L}*|\d{1,2}\.\d{1,2}(?:\.\d{2,4})?/giu;

function looksLikeDates(text: string, year: number): boolean {
  const t = cleanInline(text);
  if (t === '' || t.length > 80 || !DATE_WORDS_RE.test(t)) return false;
  DATE_WORDS_RE.lastIndex = 0;
  if (parseDates(t, year).start === null) return false;
  const rest = t
    .replace(DATE_WORDS_RE, '')
    .replace(/\d+|(?<!\p{L})(?:г|гг|года?|с|по|до|и|в|течение)(?!\p{L})\.?|[\s.,;:–—-]/giu, '');
  return rest.length <= 3;
}

const PLACE_MARK_RE =
  /(?:^|[\s(])(?:г|гор|с|д|пос|п|ул|пр-т|пл)\.\s*\p{Lu}|(?:^|\s)(?:город|деревня|село)\s+\p{Lu}|республик|област|район|край/u;

function looksLikePlace(text: string): boolean {
  const t = cleanInline(text);
  if (t === '' || t.length > 160) return false;
  if (PLACE_MARK_RE.test(t) || ONLINE_RE.test(t)) return true;
  const p = resolvePlace(t);
  return p.city !== null || (p.countryCode !== null && t.length < 60);
}

const PEOPLE_RE =
  /(делегац|представител|участник|студент|специалист|команд|спортсмен|обучающ|учащ|руководител|губернатор|сотрудник|школьник|артист|эксперт|человек)/iu;

function looksLikeParticipants(text: string): boolean {
  const t = cleanMultiline(text);
  return t !== '' && (parseParticipants(t).count !== null || (PEOPLE_RE.test(t) && t.length < 400));
}

/** How well a cell's text fits a column (higher is better; 0 is neutral). */
function fit(text: string, field: EventField, year: number): number {
  const dates = looksLikeDates(text, year);
  switch (field) {
    case 'title':
      return 0;
    case 'place':
      return dates ? -3 : looksLikePlace(text) ? 2 : 0;
    case 'dates':
      return dates ? 3 : -1;
    case 'description':
      return dates ? -3 : cleanInline(text).length > 80 ? 1 : 0;
    case 'participants':
      return dates ? -3 : looksLikeParticipants(text) ? 2 : 0;
  }
}

/** Ordered choices of k of the four columns after the title, the default (leftmost) first. */
function choices(k: number): number[][] {
  const out: number[][] = [];
  const pick = (from: number, chosen: number[]) => {
    if (chosen.length === k) out.push(chosen);
    else for (let i = from; i < EVENT_FIELDS.length; i += 1) pick(i + 1, [...chosen, i]);
  };
  pick(1, []);
  return out;
}

/**
 * Cells of a row that has fewer than five after the number: the first is the title, the others go to
 * the columns their content fits best, keeping their order. Returns the five cells (missing ones
 * undefined) and the columns judged missing, or null when the positional reading is as good.
 */
export function alignByContent(
  cells: string[],
  year: number,
): { cells: (string | undefined)[]; missing: EventField[] } | null {
  if (cells.length < 2 || cells.length >= EVENT_FIELDS.length) return null;
  const rest = cells.slice(1);
  let best: number[] | null = null;
  let bestScore = -Infinity;
  for (const choice of choices(rest.length)) {
    const score = choice.reduce((s, col, i) => s + fit(rest[i] ?? '', EVENT_FIELDS[col] as EventField, year), 0);
    if (score > bestScore) {
      best = choice;
      bestScore = score;
    }
  }
  if (!best || best.every((col, i) => col === i + 1)) return null;
  const out: (string | undefined)[] = [cells[0], undefined, undefined, undefined, undefined];
  best.forEach((col, i) => {
    out[col] = rest[i];
  });
  return { cells: out, missing: EVENT_FIELDS.filter((_, k) => out[k] === undefined) };
}

// ---- The event ---------------------------------------------------------------------------------------

export interface EventInput {
  number: number;
  /** The number as written when compound («3.1», «4а»). */
  label: string | null;
  /** The five column cells (title … participants), plus any extra cells. */
  cells: string[];
  artefacts: string[][];
  /** Reader marks, with `column` relative to `cells`. */
  marks: CellMark[];
  /** Warning about how the number was obtained (no number cell, automatic numbering). */
  numberNote: string | null;
}

export interface EventContext {
  reportId: string;
  period: Period | null;
  year: number;
  sector: Sector | null;
}

export interface BuiltEvent {
  event: Omit<ReportEvent, 'id'>;
  /** A sector heading found inside the row: it starts the next sector. */
  gluedHeading: string | null;
}

function mergeWarnings(marks: CellMark[], warn: (field: WarningField, message: string) => void): void {
  for (const m of marks) {
    const field = EVENT_FIELDS[m.column];
    if (!field) continue;
    if (m.kind === 'vMerge')
      warn(
        field,
        `Ячейка «${columnName(field)}» объединена по вертикали на ${m.rows ?? 2} строки таблицы: её текст отнесён к каждой из них`,
      );
    else if (m.kind === 'gridSpan') {
      const from = EVENT_FIELDS[m.from ?? -1];
      warn(
        field,
        from
          ? `Ячейка «${columnName(from)}» занимает и столбец «${columnName(field)}»: его значение взято из неё`
          : `Ячейка «${columnName(field)}» объединена с соседней`,
      );
    }
  }
}

export function buildEvent(input: EventInput, ctx: EventContext): BuiltEvent {
  const { number } = input;
  const warnings: ReportWarning[] = [];
  const warn = (field: WarningField, message: string) => warnings.push({ eventNumber: number, field, message });
  if (input.numberNote) warn('number', input.numberNote);

  let cells: (string | undefined)[] = [...input.cells];
  let arts = [...input.artefacts];
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
    trailing = cells.slice(gluedAt + 1).filter((c): c is string => !isBlank(c));
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

  // Fewer cells than columns: place them by what they look like (a dates cell looks like dates).
  let missingByContent: EventField[] | null = null;
  if (gluedHeading === null) {
    const aligned = alignByContent(cells as string[], ctx.year);
    if (aligned) {
      const moved: string[][] = [arts[0] ?? []];
      let next = 1;
      aligned.cells.forEach((c, k) => {
        if (k > 0 && c !== undefined) moved[k] = arts[next++] ?? [];
      });
      cells = aligned.cells;
      arts = moved;
      missingByContent = aligned.missing;
      warn(
        'row',
        `В строке ${input.cells.length + 1} ячеек вместо ${EVENT_FIELDS.length + 1}: ячейки распознаны по содержанию, нет ячейки ${aligned.missing
          .map((f) => `«${columnName(f)}»`)
          .join(', ')}`,
      );
    }
  }

  const extras = cells.slice(EVENT_FIELDS.length).filter((c): c is string => !isBlank(c));
  const value = (k: number): string => cells[k] ?? '';
  EVENT_FIELDS.forEach((field, k) => {
    for (const a of arts[k] ?? [])
      warn(field, `Из текста убрана служебная пометка Word, которой не видно в документе (техническая деталь: ${a})`);
    if (k >= cells.length || cells[k] === undefined) {
      if (gluedHeading !== null && k === gluedAt)
        warn(
          field,
          `В строке нет ячейки «${columnName(field)}»: на её месте стоит заголовок раздела «${sectorName(gluedHeading)}», он отнесён к следующим строкам`,
        );
      else if (!missingByContent?.includes(field)) warn(field, `В строке нет ячейки «${columnName(field)}»`);
    } else if (isBlank(value(k))) warn(field, `Ячейка «${columnName(field)}» пустая`);
  });
  if (gluedHeading !== null && gluedAt >= EVENT_FIELDS.length)
    warn(
      'sector',
      `Заголовок раздела «${sectorName(gluedHeading)}» оказался внутри строки, он отнесён к следующим строкам`,
    );
  mergeWarnings(input.marks, warn);

  const title = cleanInline(value(0));
  const split = titleSplit(value(0));
  if (split) warn('title', `Название в отчёте перенесено на новую строку ${split}; здесь оно показано одной строкой`);
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

  const { period } = ctx;
  const dates = parseDates(datesRaw, { year: ctx.year, periodStart: period?.start, periodEnd: period?.end });
  for (const p of dates.problems) warn('dates', `Сроки: ${p}`);
  if (period && dates.start && dates.end && (dates.end < period.start || dates.start > period.end))
    warn('dates', `Сроки ${dates.start} – ${dates.end} вне отчётного периода ${period.start} – ${period.end}`);

  const participants = parseParticipants(participantsRaw);
  for (const p of participants.problems) warn('participants', `Участники: ${p}`);

  const facts = eventFacts({
    fields: { title, place: placeRaw, description, participants: participantsRaw },
    placeCountry: place.countryCode,
    participants,
  });
  const { countries } = facts;
  if (countries.length === 0) {
    const delegation = [title, description, participantsRaw]
      .map((t) => FOREIGN_DELEGATION_RE.exec(t)?.[0])
      .find(Boolean);
    if (delegation) warn('countries', `Упомянута иностранная делегация («${delegation}»), но её страна не распознана`);
  }

  if (!ctx.sector) warn('sector', 'Строка стоит до первого заголовка раздела');

  return {
    event: {
      number,
      ...(input.label !== null ? { label: input.label } : {}),
      sector: { ...(ctx.sector ?? NO_SECTOR) },
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
      countryRoles: facts.countryRoles,
      countriesStated: facts.countriesStated,
      foreignParticipants: facts.foreignParticipants,
      outcomes: facts.outcomes,
      warnings,
    },
    gluedHeading,
  };
}
