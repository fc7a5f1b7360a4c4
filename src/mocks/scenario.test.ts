// The page-URL scenario parser (mock build) and the failure countdown.
import { describe, expect, it } from 'vitest';
import { phantomAfter } from './handlers';
import { consumeFailure, DEFAULT_SCENARIO, scenarioFromSearch, setMockScenario } from './scenario';

describe('scenarioFromSearch', () => {
  it('reads every knob', () => {
    expect(
      scenarioFromSearch('?mock=timeout&mockTarget=report&mockLatency=3500&mockTimes=2&mockAfter=1&mockTimeoutMs=1500'),
    ).toEqual({ failure: 'timeout', target: 'report', latencyMs: 3500, times: 2, after: 1, timeoutMs: 1500 });
  });

  it('ignores nonsense instead of failing', () => {
    expect(
      scenarioFromSearch('?mock=<script>&mockTarget=x&mockLatency=-4&mockTimes=two&mockAfter=1e3&mockTimeoutMs=abc'),
    ).toEqual(DEFAULT_SCENARIO);
  });

  it('caps latency and time limit at a minute', () => {
    const s = scenarioFromSearch('?mockLatency=999999999&mockTimeoutMs=999999999');
    expect([s.latencyMs, s.timeoutMs]).toEqual([60_000, 60_000]);
  });
});

describe('consumeFailure', () => {
  it('lets `after` requests through, then fails `times` requests, then recovers', () => {
    setMockScenario({ failure: '500', target: 'report', after: 1, times: 2 });
    expect(consumeFailure('index')).toBe('none'); // other target: untouched, not counted
    expect(['report', 'report', 'report', 'report'].map(() => consumeFailure('report'))).toEqual([
      'none',
      '500',
      '500',
      'none',
    ]);
  });
});

describe('phantomAfter', () => {
  it('lists the quarter after the newest, with its real bounds', () => {
    const q = (year: number, quarter: number, start: string, end: string) => ({
      id: `${year}-q${quarter}`,
      title: 't',
      period: { year, quarter, start, end },
      eventCount: 1,
    });
    expect(phantomAfter(q(2026, 1, '2026-01-01', '2026-03-31'))).toMatchObject({
      id: '2026-q2',
      period: { year: 2026, quarter: 2, start: '2026-04-01', end: '2026-06-30' },
    });
    expect(phantomAfter(q(2025, 4, '2025-10-01', '2025-12-31'))).toMatchObject({
      id: '2026-q1',
      period: { start: '2026-01-01', end: '2026-03-31' },
    });
  });
});
