// Messages between the report importer and its parsing worker (parse.worker.ts).
import type { Report } from '../../domain/report-schema';
import type { IngestErrorCode, ParseStage } from '../../ingest/core';

export interface ParseRequest {
  name: string;
  /** The file's bytes, transferred to the worker (not copied). */
  bytes: Uint8Array;
  parsedAt: string;
}

export type ParseReply =
  | { type: 'stage'; stage: ParseStage }
  | {
      type: 'done';
      report: Report;
      /** The report file exactly as `npm run ingest` writes it. */
      json: string;
      format: 'docx' | 'txt';
      encoding: string | null;
      /** Time the worker spent, ms (the benchmark reads it). */
      ms: number;
    }
  | { type: 'error'; code: IngestErrorCode | 'internal'; message: string };
