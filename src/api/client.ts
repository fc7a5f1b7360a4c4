// Fetching and validating API responses. Every failure becomes an ApiError with a Russian message
// that says what failed, so screens can explain it instead of showing half-parsed data.
import type { z } from 'zod';
import { countOf, FORMS } from '../lib/lexicon';

export type ApiErrorKind = 'http' | 'timeout' | 'network' | 'parse' | 'schema';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly url: string;
  readonly status: number | null;

  constructor(kind: ApiErrorKind, url: string, message: string, status: number | null = null) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.url = url;
    this.status = status;
  }

  /** 4xx, malformed or schema-invalid answers will not get better by asking again. */
  get retryable(): boolean {
    if (this.kind === 'http')
      return this.status === null || this.status >= 500 || this.status === 408 || this.status === 429;
    return this.kind === 'timeout' || this.kind === 'network';
  }
}

/** A request that has not answered by then is abandoned and reported as a timeout. */
export const REQUEST_TIMEOUT_MS = 10_000;

let requestTimeoutMs = REQUEST_TIMEOUT_MS;

/** Shortens the limit so tests and the mock build (`?mockTimeoutMs=`) can reach the timeout path quickly. */
export function setRequestTimeoutMs(ms: number = REQUEST_TIMEOUT_MS): void {
  requestTimeoutMs = Number.isFinite(ms) && ms > 0 ? ms : REQUEST_TIMEOUT_MS;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(корень)';
  return `поле «${path}»: ${issue.message}`;
}

/** The first three problems, each naming its field, and how many more: «поле «a»: …; … и ещё 2 ошибки». */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const first = issues.slice(0, 3).map(describeIssue).join('; ');
  const more = issues.length > 3 ? ` и ещё ${countOf(issues.length - 3, FORMS.error)}` : '';
  return `${first}${more}`;
}

/** Not every fetch implementation stops reading a body when the signal aborts; this makes sure. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error as Error);
      },
    );
  });
}

/**
 * A schema, or a loader of one: zod and the report schema are loaded with the first request, so a
 * prerendered page (whose data the build has validated) starts without them.
 */
export type SchemaSource<T> = z.ZodType<T> | (() => Promise<z.ZodType<T>>);

export async function fetchJson<T>(
  url: string,
  source: SchemaSource<T>,
  options: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<T> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? requestTimeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  // Checked after every await: a cancelled request (react-query unmounted the screen) is not a failure
  // to report, and an abort by the time limit must read as a timeout, not as broken data.
  const abortError = (): ApiError | 'cancelled' | null => {
    if (options.signal?.aborted) return 'cancelled';
    if (timeout.aborted) return new ApiError('timeout', url, 'Сервер не ответил вовремя.');
    return null;
  };
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    const aborted = abortError();
    if (aborted === 'cancelled') throw error;
    if (aborted) throw aborted;
    throw new ApiError('network', url, 'Нет связи с сервером. Проверьте подключение к сети.');
  }
  if (!response.ok) {
    const message =
      response.status === 404
        ? 'Данные не найдены (ошибка 404).'
        : response.status >= 500
          ? `Сервер вернул ошибку ${response.status}.`
          : `Запрос отклонён (ошибка ${response.status}).`;
    throw new ApiError('http', url, message, response.status);
  }
  let body: unknown;
  try {
    body = await untilAborted(response.json(), signal);
  } catch (error) {
    const aborted = abortError();
    if (aborted === 'cancelled') throw error;
    if (aborted) throw aborted;
    // Static hosts often answer a missing file with the app's index.html and status 200.
    const html = response.headers.get('Content-Type')?.includes('text/html') ?? false;
    throw new ApiError(
      'parse',
      url,
      html
        ? 'Вместо данных сервер вернул веб-страницу: вероятно, файл с данными отсутствует.'
        : 'Ответ сервера повреждён: это не JSON.',
    );
  }
  const [schema, { russianIssues }] = await Promise.all([
    typeof source === 'function' ? source() : source,
    import('./schema-messages'),
  ]);
  const parsed = schema.safeParse(body, { error: russianIssues });
  if (!parsed.success) {
    throw new ApiError('schema', url, `Данные не прошли проверку: ${describeIssues(parsed.error.issues)}.`);
  }
  return parsed.data;
}
