// A prerendered page's report comes from its data file; any way that file fails leaves null, so the
// app renders afresh from the API instead of hydrating (src/app/start.tsx).
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import report from '../../data/reports/2026-q1.json';
import { server } from '../mocks/node';
import { fetchPageReport } from './page-data';

const URL_ = 'http://localhost/assets/report-2026-q1-0123456789.json';
const answer = (response: () => Response | Promise<Response>) => server.use(http.get(URL_, response));

describe('fetchPageReport', () => {
  it('returns the report of the data file', async () => {
    answer(() => HttpResponse.json(report));
    expect((await fetchPageReport(URL_))?.events).toHaveLength(report.events.length);
  });

  it('returns null for a missing file, a broken one, no connection and no answer in time', async () => {
    answer(() => new HttpResponse('не найдено', { status: 404 }));
    await expect(fetchPageReport(URL_)).resolves.toBeNull();
    answer(() => new HttpResponse('{"id": "2026-q1",', { headers: { 'Content-Type': 'application/json' } }));
    await expect(fetchPageReport(URL_)).resolves.toBeNull();
    answer(() => HttpResponse.error());
    await expect(fetchPageReport(URL_)).resolves.toBeNull();
    answer(async () => {
      await delay(1000);
      return HttpResponse.json(report);
    });
    await expect(fetchPageReport(URL_, 50)).resolves.toBeNull();
  });
});
