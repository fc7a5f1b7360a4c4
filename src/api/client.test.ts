// fetchJson turns every way a request can fail into an ApiError of the right kind, with a Russian message.
import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { server } from '../mocks/node';
import { ApiError, fetchJson, setRequestTimeoutMs } from './client';

const URL_ = 'http://localhost/api/test.json';
const schema = z.object({ name: z.string(), count: z.number().int().nonnegative() });

function answer(response: () => Response | Promise<Response>) {
  server.use(http.get(URL_, response));
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

afterEach(() => setRequestTimeoutMs());

describe('fetchJson', () => {
  it('returns schema-valid data', async () => {
    answer(() => HttpResponse.json({ name: 'a', count: 2 }));
    await expect(fetchJson(URL_, schema)).resolves.toEqual({ name: 'a', count: 2 });
  });

  it('loads the schema with the request when given a loader, and names the bad field the same way', async () => {
    let loaded = 0;
    const loader = () => {
      loaded += 1;
      return Promise.resolve(schema);
    };
    answer(() => HttpResponse.json({ name: 'a', count: 2 }));
    await expect(fetchJson(URL_, loader)).resolves.toEqual({ name: 'a', count: 2 });
    answer(() => HttpResponse.json({ name: 'a', count: -1 }));
    const error = await failure(fetchJson(URL_, loader));
    expect(error.kind).toBe('schema');
    expect(error.message).toMatch(/поле «count»/);
    expect(loaded).toBe(2);
  });

  it.each([
    [500, 'Сервер вернул ошибку 500.', true],
    [503, 'Сервер вернул ошибку 503.', true],
    [404, 'Данные не найдены (ошибка 404).', false],
    [403, 'Запрос отклонён (ошибка 403).', false],
    [429, 'Запрос отклонён (ошибка 429).', true],
  ])('HTTP %i → %s (retryable: %s)', async (status, message, retryable) => {
    answer(() => new HttpResponse('nope', { status }));
    const error = await failure(fetchJson(URL_, schema));
    expect(error).toMatchObject({ kind: 'http', status, message, url: URL_ });
    expect(error.retryable).toBe(retryable);
  });

  it('gives up after the time limit and reports a timeout', async () => {
    answer(async () => {
      await delay('infinite');
      return HttpResponse.json({});
    });
    const started = Date.now();
    const error = await failure(fetchJson(URL_, schema, { timeoutMs: 80 }));
    expect(error).toMatchObject({ kind: 'timeout', message: 'Сервер не ответил вовремя.' });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(error.retryable).toBe(true);
  });

  it('uses the configurable default limit', async () => {
    setRequestTimeoutMs(60);
    answer(async () => {
      await delay('infinite');
      return HttpResponse.json({});
    });
    expect((await failure(fetchJson(URL_, schema))).kind).toBe('timeout');
    // Nonsense falls back to the default (10 s): an answer after 150 ms arrives.
    setRequestTimeoutMs(-5);
    answer(async () => {
      await delay(150);
      return HttpResponse.json({ name: 'a', count: 1 });
    });
    await expect(fetchJson(URL_, schema)).resolves.toEqual({ name: 'a', count: 1 });
  });

  it('a timeout while the body streams is still a timeout, not "broken JSON"', async () => {
    answer(
      () =>
        new HttpResponse(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{"name":'));
              // never closes
            },
          }),
          { headers: { 'Content-Type': 'application/json' } },
        ),
    );
    const error = await failure(fetchJson(URL_, schema, { timeoutMs: 100 }));
    expect(error.kind).toBe('timeout');
  });

  it('reports a network failure', async () => {
    answer(() => HttpResponse.error());
    const error = await failure(fetchJson(URL_, schema));
    expect(error).toMatchObject({ kind: 'network', message: 'Нет связи с сервером. Проверьте подключение к сети.' });
  });

  it('lets a cancellation by the caller through as an abort, not as a failure to show', async () => {
    answer(async () => {
      await delay('infinite');
      return HttpResponse.json({});
    });
    const controller = new AbortController();
    const pending = fetchJson(URL_, schema, { signal: controller.signal });
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ApiError);
    expect((error as Error).name).toBe('AbortError');
  });

  it('rejects malformed JSON', async () => {
    answer(() => new HttpResponse('{"name": "a",', { headers: { 'Content-Type': 'application/json' } }));
    const error = await failure(fetchJson(URL_, schema));
    expect(error).toMatchObject({ kind: 'parse', message: 'Ответ сервера повреждён: это не JSON.' });
    expect(error.retryable).toBe(false);
  });

  it('recognises an HTML page served instead of the data file', async () => {
    answer(() => HttpResponse.html('<!doctype html><html><body>app</body></html>'));
    const error = await failure(fetchJson(URL_, schema));
    expect(error.kind).toBe('parse');
    expect(error.message).toBe('Вместо данных сервер вернул веб-страницу: вероятно, файл с данными отсутствует.');
  });

  it('rejects schema-invalid data naming each field, in Russian', async () => {
    answer(() => HttpResponse.json({ name: 7, count: -1 }));
    const error = await failure(fetchJson(URL_, schema));
    expect(error.kind).toBe('schema');
    expect(error.message).toBe(
      'Данные не прошли проверку: поле «name»: ожидалось строка, получено число; поле «count»: значение должно быть не меньше 0.',
    );
    expect(error.retryable).toBe(false);
  });

  it('lists at most three problems and counts the rest', async () => {
    const many = z.object({ a: z.string(), b: z.string(), c: z.string(), d: z.string(), e: z.string() });
    answer(() => HttpResponse.json({}));
    const error = await failure(fetchJson(URL_, many));
    expect(error.message.match(/поле «/g)).toHaveLength(3);
    expect(error.message).toMatch(/и ещё 2 ошибки\.$/);
  });

  it('names the root when the whole body has the wrong shape', async () => {
    answer(() => HttpResponse.json([1, 2]));
    expect((await failure(fetchJson(URL_, schema))).message).toContain('поле «(корень)»');
  });
});
