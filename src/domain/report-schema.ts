// The one data contract shared by the ingest step (Node) and the app (browser).
// Every parsed field keeps the raw source text beside it, so a user can always see what the report said.
import { z } from 'zod';
import { COUNTRY_ROLES } from './methodology';
import { WARNING_FIELDS } from './warning-fields';

/** A real calendar date: «2026-02-29» and «2026-13-45» are refused. */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'ожидается дата в формате ГГГГ-ММ-ДД')
  .refine(isCalendarDate, { message: 'такой даты нет в календаре', abort: true });
export const countryCode = z.string().regex(/^[A-Z]{2}$/, 'ожидается код страны ISO 3166-1 alpha-2');

export { WARNING_FIELDS, WARNING_FIELD_LABELS, type WarningField } from './warning-fields';

export const warningSchema = z.object({
  /** Number of the event row the warning is about; null for report-level issues. */
  eventNumber: z.number().int().positive().nullable(),
  field: z.enum(WARNING_FIELDS, { message: 'неизвестное поле предупреждения' }),
  message: z.string().min(1),
});

export const sectorSchema = z.object({ id: z.string().min(1), name: z.string().min(1) });

/** The event columns whose words can justify a figure. */
export const EVIDENCE_FIELDS = ['title', 'place', 'description', 'participants'] as const;
export type EvidenceField = (typeof EVIDENCE_FIELDS)[number];

/** Words of the source that justify a figure: `text` is `event[field].slice(start, end)`. */
export const evidenceSchema = z
  .object({
    field: z.enum(EVIDENCE_FIELDS),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    text: z.string().min(1),
  })
  .refine((e) => e.start < e.end, { message: 'конец фрагмента раньше начала', path: ['end'] });

/** One role of one country in an event, with the words that led to it (rules: domain/methodology.ts). */
export const countryRoleSchema = z.object({
  code: countryCode,
  role: z.enum(COUNTRY_ROLES),
  evidence: z.array(evidenceSchema).min(1),
});

/** «представители более 12 стран»: how many countries the row says took part, named or not. */
export const countriesStatedSchema = z.object({
  count: z.number().int().positive(),
  /** exact «12 стран», atLeast «не менее 12», moreThan «более 12» (then at least count + 1). */
  qualifier: z.enum(['exact', 'atLeast', 'moreThan']),
  evidence: evidenceSchema,
});

/** Participants from abroad: stated by the row, or derived from a group the row names as wholly foreign. */
export const foreignParticipantsSchema = z.object({
  count: z.number().int().nonnegative(),
  basis: z.enum(['stated', 'derived']),
  evidence: z.array(evidenceSchema).min(1),
});

/** A named outcome: a signed agreement (with how many and who), or an arrangement reached. */
export const outcomeSchema = z.object({
  kind: z.enum(['agreement', 'arrangement']),
  /** Agreements signed in this sentence; null when the text says «соглашения» without a number. */
  count: z.number().int().positive().nullable(),
  /** Organisations named in the sentence («ООО «…»», «ГУ «…»»), in order. */
  parties: z.array(z.string().min(1)),
  evidence: evidenceSchema,
});

export const eventSchema = z.object({
  /** Stable id, unique across reports: `<reportId>-<number>`, e.g. `2026-q1-7`. */
  id: z.string().min(1),
  number: z.number().int().positive(),
  /** The row's number as the source writes it («3.1», «4а»), when it is not `number` itself. */
  label: z.string().min(1).optional(),
  sector: sectorSchema,
  title: z.string(),
  place: z.object({
    raw: z.string(),
    city: z.string().nullable(),
    /** Country where the event physically took place (RU for Russia); null when unknown or purely online. */
    countryCode: countryCode.nullable(),
    online: z.boolean(),
  }),
  dates: z
    .object({ raw: z.string(), start: isoDate.nullable(), end: isoDate.nullable() })
    .refine((d) => (d.start === null) === (d.end === null), {
      message: 'даты начала и окончания указываются обе или ни одной',
      path: ['end'],
    })
    .refine((d) => d.start === null || d.end === null || d.start <= d.end, {
      message: 'дата окончания раньше даты начала',
      path: ['end'],
    }),
  description: z.string(),
  participants: z.object({
    raw: z.string(),
    count: z.number().int().nonnegative().nullable(),
    qualifier: z.enum(['exact', 'atLeast']).nullable(),
    unit: z.enum(['people', 'organizations']).nullable(),
    foreignCount: z.number().int().nonnegative().nullable(),
  }),
  /**
   * Foreign countries with a role other than «only named» (see countryRoles), sorted by code; Russia, the
   * host, is never listed.
   */
  countries: z.array(countryCode),
  /** Every role of every foreign country named (context included), with its evidence. */
  countryRoles: z.array(countryRoleSchema).default([]),
  countriesStated: countriesStatedSchema.nullable().default(null),
  foreignParticipants: foreignParticipantsSchema.nullable().default(null),
  outcomes: z.array(outcomeSchema).default([]),
  warnings: z.array(warningSchema),
});

/** First and last day of a quarter. */
export function quarterBounds(year: number, quarter: number): { start: string; end: string } {
  const first = (quarter - 1) * 3 + 1;
  const last = new Date(Date.UTC(year, first + 2, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { start: `${year}-${pad(first)}-01`, end: `${year}-${pad(first + 2)}-${pad(last)}` };
}

export const periodSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    quarter: z.number().int().min(1).max(4),
    start: isoDate,
    end: isoDate,
  })
  .refine(
    (p) => {
      const b = quarterBounds(p.year, p.quarter);
      return p.start === b.start && p.end === b.end;
    },
    { message: 'начало и конец периода должны быть первым и последним днём квартала' },
  );

export const reportSchema = z
  .object({
    id: z.string().regex(/^\d{4}-q[1-4]$/, 'ожидается id отчёта вида 2026-q1'),
    title: z.string().min(1),
    region: z.string().min(1),
    period: periodSchema,
    source: z.object({
      file: z.string().min(1),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      /** When this JSON was generated (ISO date-time); kept stable across identical re-ingests. */
      parsedAt: z.iso.datetime({ message: 'ожидается дата и время в формате ISO 8601' }),
      /** Text sources: the encoding the file was decoded from («UTF-8», «UTF-16 LE», «Windows-1251»). */
      encoding: z.string().min(1).optional(),
      /**
       * Version of the ingest's counting rules the report was made with (src/ingest/rules-version.ts);
       * absent in reports made before versions were kept, which were counted by version 1.
       */
      rulesVersion: z.number().int().positive().optional(),
    }),
    /** Text after the table, e.g. the closing note on delegation meetings. */
    notes: z.array(z.string()),
    events: z.array(eventSchema),
    /** Every data-quality warning of the report, event-level ones included. */
    warnings: z.array(warningSchema),
  })
  .refine((r) => r.id === `${r.period.year}-q${r.period.quarter}`, {
    message: 'id отчёта не совпадает с его периодом',
    path: ['id'],
  });

export const reportIndexSchema = z.object({
  reports: z.array(
    z.object({
      id: z.string().regex(/^\d{4}-q[1-4]$/, 'ожидается id отчёта вида 2026-q1'),
      title: z.string().min(1),
      period: periodSchema,
      eventCount: z.number().int().nonnegative(),
    }),
  ),
});

export type ReportWarning = z.infer<typeof warningSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type CountryRoleEntry = z.infer<typeof countryRoleSchema>;
export type CountriesStated = z.infer<typeof countriesStatedSchema>;
export type ForeignParticipants = z.infer<typeof foreignParticipantsSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
export type Sector = z.infer<typeof sectorSchema>;
export type ReportEvent = z.infer<typeof eventSchema>;
export type Period = z.infer<typeof periodSchema>;
export type Report = z.infer<typeof reportSchema>;
export type ReportIndex = z.infer<typeof reportIndexSchema>;
export type ReportSummary = ReportIndex['reports'][number];

/** Russian messages for every check of these schemas, including zod's own (type errors and the like). */
export function schemaIssues(error: z.ZodError, limit = 3): string {
  return error.issues
    .slice(0, limit)
    .map((i) => `${i.path.length > 0 ? `${i.path.join('.')}: ` : ''}${i.message}`)
    .join('; ');
}
