// Retry policy: only failures that can pass on a second try are retried, and a timeout only once.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { shouldRetry } from './query-client';

const URL_ = 'http://localhost/api/test.json';

describe('retry policy', () => {
  const err = (kind: ApiError['kind'], status: number | null = null) => new ApiError(kind, URL_, 'x', status);
  it.each([
    ['5xx', err('http', 500), [true, true, false]],
    ['network', err('network'), [true, true, false]],
    ['timeout (each attempt already waited the limit)', err('timeout'), [true, false, false]],
    ['404', err('http', 404), [false, false, false]],
    ['400', err('http', 400), [false, false, false]],
    ['schema', err('schema'), [false, false, false]],
    ['parse', err('parse'), [false, false, false]],
    ['a non-API bug', new TypeError('boom'), [false, false, false]],
  ])('%s', (_name, error, expected) => {
    expect([0, 1, 2].map((failures) => shouldRetry(failures, error))).toEqual(expected);
  });
});
