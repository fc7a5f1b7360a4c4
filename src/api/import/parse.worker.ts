// The report importer's worker: the same pure ingest core as `npm run ingest`, off the page's thread,
// so a large file never freezes the page. It reads bytes and answers a validated report or the
// ingest's Russian message; it has no network access to use and sends nothing anywhere.
import { IngestError, parseReportFile, toJson } from '../../ingest/core';
import type { ParseReply, ParseRequest } from './protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage: (message: ParseReply) => void;
};

scope.onmessage = (event) => {
  const { name, bytes, parsedAt } = event.data;
  const started = performance.now();
  parseReportFile({ name, bytes, parsedAt }, (stage) => scope.postMessage({ type: 'stage', stage })).then(
    ({ report, format, encoding }) =>
      scope.postMessage({
        type: 'done',
        report,
        json: toJson(report),
        format,
        encoding,
        ms: performance.now() - started,
      }),
    (error: unknown) =>
      scope.postMessage(
        error instanceof IngestError
          ? { type: 'error', code: error.code, message: error.message }
          : { type: 'error', code: 'internal', message: `внутренняя ошибка разбора (${String(error)})` },
      ),
  );
};
