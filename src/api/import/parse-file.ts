// Parses a file the user picked, in a Web Worker (Vite bundles parse.worker.ts as its own file, loaded
// only when a file is imported). Nothing leaves the machine: the bytes go to the worker and back.
import type { Report } from '../../domain/report-schema';
import type { IngestErrorCode, ParseStage } from '../../ingest/core';
import type { ParseReply, ParseRequest } from './protocol';

export interface ParsedUpload {
  report: Report;
  json: string;
  format: 'docx' | 'txt';
  encoding: string | null;
  /** Parse time in the worker, ms. */
  ms: number;
}

export class ImportError extends Error {
  readonly code: IngestErrorCode | 'internal' | 'read-failed';
  constructor(code: ImportError['code'], message: string) {
    super(message);
    this.name = 'ImportError';
    this.code = code;
  }
}

export interface ParseOptions {
  onStage?: (stage: ParseStage) => void;
  signal?: AbortSignal;
  /** ISO date-time recorded as the parse date (default: now). */
  parsedAt?: string;
}

export type FileParser = (file: File, options?: ParseOptions) => Promise<ParsedUpload>;

async function readBytes(file: File): Promise<Uint8Array> {
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    throw new ImportError('read-failed', `файл не читается (${String(error)}). Выберите его ещё раз.`);
  }
}

export const parseFileInWorker: FileParser = async (file, options = {}) => {
  const bytes = await readBytes(file);
  options.signal?.throwIfAborted();
  const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module', name: 'report-parser' });
  try {
    return await new Promise<ParsedUpload>((resolve, reject) => {
      const abort = () => reject(options.signal?.reason as Error);
      options.signal?.addEventListener('abort', abort, { once: true });
      worker.onmessage = (event: MessageEvent<ParseReply>) => {
        const reply = event.data;
        if (reply.type === 'stage') options.onStage?.(reply.stage);
        else if (reply.type === 'done') resolve(reply);
        else reject(new ImportError(reply.code, reply.message));
      };
      worker.onerror = (event) => {
        event.preventDefault();
        reject(
          new ImportError(
            'internal',
            `не удалось запустить разбор файла (${event.message || 'ошибка загрузки обработчика'}). Обновите страницу и попробуйте ещё раз.`,
          ),
        );
      };
      const request: ParseRequest = { name: file.name, bytes, parsedAt: options.parsedAt ?? new Date().toISOString() };
      worker.postMessage(request, [bytes.buffer]);
    });
  } finally {
    worker.terminate();
  }
};
