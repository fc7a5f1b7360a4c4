// The one data contract shared by the ingest step (Node) and the app (browser).
// Every parsed field keeps the raw source text beside it, so a user can always see what the report said.
import { z } from 'zod';

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ожидается дата в формате ГГГГ-ММ-ДД');
export const countryCode = z.string().regex(/^[A-Z]{2}$/, 'ожидается код страны ISO 3166-1 alpha-2');

export const warningSchema = z.object({
  /** Number of the event row the warning is about; null for report-level issues. */
  eventNumber: z.number().int().positive().nullable(),
  field: z.string().min(1),
  message: z.string().min(1),
});

export const sectorSchema = z.object({ id: z.string().min(1), name: z.string().min(1) });

export const eventSchema = z.object({
  /** Stable id, unique across reports: `<reportId>-<number>`, e.g. `2026-q1-7`. */
  id: z.string().min(1),
  number: z.number().int().positive(),
  sector: sectorSchema,
  title: z.string(),
  place: z.object({
    raw: z.string(),
    city: z.string().nullable(),
    /** Country where the event physically took place (RU for Russia); null when unknown or purely online. */
    countryCode: countryCode.nullable(),
    online: z.boolean(),
  }),
  dates: z.object({ raw: z.string(), start: isoDate.nullable(), end: isoDate.nullable() }),
  description: z.string(),
  participants: z.object({
    raw: z.string(),
    count: z.number().int().nonnegative().nullable(),
    qualifier: z.enum(['exact', 'atLeast']).nullable(),
    unit: z.enum(['people', 'organizations']).nullable(),
    foreignCount: z.number().int().nonnegative().nullable(),
  }),
  /** Foreign partner countries named anywhere in the row; Russia, the host, is never listed. */
  countries: z.array(countryCode),
  warnings: z.array(warningSchema),
});

export const periodSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  quarter: z.number().int().min(1).max(4),
  start: isoDate,
  end: isoDate,
});

export const reportSchema = z.object({
  id: z.string().regex(/^\d{4}-q[1-4]$/),
  title: z.string().min(1),
  region: z.string().min(1),
  period: periodSchema,
  source: z.object({
    file: z.string().min(1),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** When this JSON was generated (ISO date-time); kept stable across identical re-ingests. */
    parsedAt: z.string().datetime(),
  }),
  /** Text after the table, e.g. the closing note on delegation meetings. */
  notes: z.array(z.string()),
  events: z.array(eventSchema),
  /** Every data-quality warning of the report, event-level ones included. */
  warnings: z.array(warningSchema),
});

export const reportIndexSchema = z.object({
  reports: z.array(
    z.object({
      id: reportSchema.shape.id,
      title: z.string().min(1),
      period: periodSchema,
      eventCount: z.number().int().nonnegative(),
    }),
  ),
});

export type ReportWarning = z.infer<typeof warningSchema>;
export type Sector = z.infer<typeof sectorSchema>;
export type ReportEvent = z.infer<typeof eventSchema>;
export type Period = z.infer<typeof periodSchema>;
export type Report = z.infer<typeof reportSchema>;
export type ReportIndex = z.infer<typeof reportIndexSchema>;
export type ReportSummary = ReportIndex['reports'][number];
