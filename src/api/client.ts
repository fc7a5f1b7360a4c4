// Fetching and validating API responses. Every failure becomes an ApiError with a Russian message
// that says what failed, so screens can explain it instead of showing half-parsed data.
import type { z } from 'zod';

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

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.length > 0 ? issue.path.join('.') : '(корень)';
  return `поле «${path}»: ${issue.message}`;
}

export async function fetchJson<T>(
  url: string,
  schema: z.ZodType<T>,
  options: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<T> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? REQUEST_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (options.signal?.aborted) throw error; // react-query cancelled it; not a failure to report
    if (timeout.aborted) throw new ApiError('timeout', url, 'Сервер не ответил вовремя.');
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
    body = await response.json();
  } catch {
    throw new ApiError('parse', url, 'Ответ сервера повреждён: это не JSON.');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 3).map(describeIssue).join('; ');
    throw new ApiError('schema', url, `Данные не прошли проверку: ${first}.`);
  }
  return parsed.data;
}
