// MSW handlers for the reports API. They serve the very files the build publishes (data/reports/),
// and can inject the failures listed in scenario.ts.
import { delay, http, HttpResponse } from 'msw';
import type { ReportSummary } from '../domain/report-schema';
import { quarterBounds } from '../lib/calendar';
import { consumeFailure, mockScenario, type MockFailure } from './scenario';

// Lazy: each report is loaded only when requested, so the mock bundle stays small.
const files = import.meta.glob<unknown>('../../data/reports/*.json', { import: 'default' });

function loaderFor(name: string) {
  return files[`../../data/reports/${name}`];
}

/** The quarter after `report`, listed in the index but never published. */
export function phantomAfter(report: ReportSummary): ReportSummary {
  const { year, quarter } = report.period;
  const next = quarter === 4 ? { year: year + 1, quarter: 1 } : { year, quarter: quarter + 1 };
  return {
    id: `${next.year}-q${next.quarter}`,
    title: `Отчёт за ${next.quarter} квартал ${next.year} года (файл отсутствует)`,
    period: { ...next, ...quarterBounds(next.year, next.quarter) },
    eventCount: 0,
  };
}

async function failWith(failure: MockFailure, body: () => Promise<unknown>): Promise<Response> {
  switch (failure) {
    case '500':
      return HttpResponse.json({ error: 'internal' }, { status: 500 });
    case '404':
      return new HttpResponse('Not found', { status: 404 });
    case 'timeout':
      await delay('infinite');
      return HttpResponse.error();
    case 'offline':
      return HttpResponse.error();
    case 'malformed':
      return new HttpResponse('{"reports": [', { status: 200, headers: { 'Content-Type': 'application/json' } });
    case 'invalid': {
      // Valid JSON that breaks the schema in one field.
      const data = structuredClone(await body()) as Record<string, unknown>;
      if (Array.isArray(data.events) && data.events[0]) (data.events[0] as Record<string, unknown>).number = 'один';
      else if (Array.isArray(data.reports) && data.reports[0])
        (data.reports[0] as Record<string, unknown>).eventCount = -1;
      return HttpResponse.json(data);
    }
    case 'missing': {
      // The index gains a newer report whose file is absent (requests for it get a 404 below).
      const data = structuredClone(await body()) as { reports?: ReportSummary[] };
      if (!Array.isArray(data.reports)) return HttpResponse.json(data); // reports that exist still load
      const newest = [...data.reports].sort((a, b) => b.period.start.localeCompare(a.period.start))[0];
      if (newest) data.reports.push(phantomAfter(newest));
      return HttpResponse.json(data);
    }
    case 'empty': {
      const data = structuredClone(await body()) as Record<string, unknown>;
      if (Array.isArray(data.events)) {
        data.events = [];
        data.warnings = [];
      }
      return HttpResponse.json(data);
    }
    case 'none':
      return HttpResponse.json((await body()) as Record<string, unknown>);
  }
}

async function answer(target: 'index' | 'report', name: string): Promise<Response> {
  const { latencyMs } = mockScenario();
  if (latencyMs > 0) await delay(latencyMs);
  const load = loaderFor(name);
  if (!load) return new HttpResponse('Not found', { status: 404 });
  return failWith(consumeFailure(target), load);
}

const reportHandlers = [
  http.get('*/api/reports/index.json', () => answer('index', 'index.json')),
  http.get('*/api/reports/:file', ({ params }) => answer('report', String(params.file))),
];

export const handlers = [...reportHandlers];
