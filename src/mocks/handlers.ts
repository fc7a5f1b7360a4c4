// MSW handlers for the reports API. They serve the very files the build publishes (data/reports/),
// and can inject the failures listed in scenario.ts.
import { delay, http, HttpResponse } from 'msw';
import { consumeFailure, mockScenario, type MockFailure } from './scenario';

// Lazy: each report is loaded only when requested, so the mock bundle stays small.
const files = import.meta.glob<unknown>('../../data/reports/*.json', { import: 'default' });

function loaderFor(name: string) {
  return files[`../../data/reports/${name}`];
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

export const reportHandlers = [
  http.get('*/api/reports/index.json', () => answer('index', 'index.json')),
  http.get('*/api/reports/:file', ({ params }) => answer('report', String(params.file))),
];

export const handlers = [...reportHandlers];
