// Failure injection for the mock API. Tests call setMockScenario(); in the browser (dev or the
// e2e build) the page URL can choose one: `?mock=500&mockTarget=report&mockLatency=3000`.
// `missing`: the index lists one more (newest) report whose file does not exist.
// `?mockTimeoutMs=` shortens the client's request time limit so the timeout path is reachable in e2e;
// `?mockAfter=n` lets n requests succeed before the failures start.
export type MockFailure =
  'none' | '500' | '404' | 'timeout' | 'offline' | 'malformed' | 'invalid' | 'empty' | 'missing';
export type MockTarget = 'all' | 'index' | 'report';

export interface MockScenario {
  failure: MockFailure;
  target: MockTarget;
  /** Extra delay before answering, in ms. */
  latencyMs: number;
  /** Fail only the first N matching requests (then answer normally); null = always. */
  times: number | null;
  /** Answer this many matching requests normally before failing (a refetch failing after a good load). */
  after: number;
  /** Client request time limit to use instead of the default; null = default. */
  timeoutMs: number | null;
}

export const DEFAULT_SCENARIO: MockScenario = {
  failure: 'none',
  target: 'all',
  latencyMs: 0,
  times: null,
  after: 0,
  timeoutMs: null,
};

let current: MockScenario = { ...DEFAULT_SCENARIO };

export function setMockScenario(patch: Partial<MockScenario>): void {
  current = { ...DEFAULT_SCENARIO, ...patch };
}

export function resetMockScenario(): void {
  current = { ...DEFAULT_SCENARIO };
}

export function mockScenario(): MockScenario {
  return current;
}

/** Counts down `times`; returns whether this request should fail. */
export function consumeFailure(target: Exclude<MockTarget, 'all'>): MockFailure {
  const s = current;
  if (s.failure === 'none' || (s.target !== 'all' && s.target !== target)) return 'none';
  if (s.after > 0) {
    current = { ...s, after: s.after - 1 };
    return 'none';
  }
  if (s.times !== null) {
    if (s.times <= 0) return 'none';
    current = { ...s, times: s.times - 1 };
  }
  return s.failure;
}

const FAILURES: readonly MockFailure[] = [
  'none',
  '500',
  '404',
  'timeout',
  'offline',
  'malformed',
  'invalid',
  'empty',
  'missing',
];
const TARGETS: readonly MockTarget[] = ['all', 'index', 'report'];

/** Page-URL parameters the mock build reads; startMockApi registers them (config/url-params.ts). */
export const MOCK_URL_PARAMS: readonly string[] = [
  'mock',
  'mockTarget',
  'mockLatency',
  'mockTimes',
  'mockAfter',
  'mockTimeoutMs',
];

export function scenarioFromSearch(search: string): MockScenario {
  const params = new URLSearchParams(search);
  const failure = params.get('mock') as MockFailure | null;
  const target = params.get('mockTarget') as MockTarget | null;
  const latency = Number(params.get('mockLatency') ?? 0);
  const times = params.get('mockTimes');
  const timeoutMs = Number(params.get('mockTimeoutMs') ?? NaN);
  const after = params.get('mockAfter');
  return {
    failure: failure && FAILURES.includes(failure) ? failure : 'none',
    target: target && TARGETS.includes(target) ? target : 'all',
    latencyMs: Number.isFinite(latency) && latency > 0 ? Math.min(latency, 60_000) : 0,
    times: times !== null && /^\d+$/.test(times) ? Number(times) : null,
    after: after !== null && /^\d+$/.test(after) ? Number(after) : 0,
    timeoutMs: Number.isFinite(timeoutMs) && timeoutMs > 0 ? Math.min(timeoutMs, 60_000) : null,
  };
}
