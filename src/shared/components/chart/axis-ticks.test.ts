import { describe, expect, it } from 'vitest';
import { countTicks } from './axis-ticks';

describe('countTicks', () => {
  it('chooses the steps recharts shows for the overview charts', () => {
    expect(countTicks(6)).toEqual([0, 2, 4, 6, 8]);
    expect(countTicks(24)).toEqual([0, 6, 12, 18, 24]);
    expect(countTicks(5015)).toEqual([0, 1500, 3000, 4500, 6000]);
    expect(countTicks(1)).toEqual([0, 1, 2, 3, 4]);
    expect(countTicks(0)).toEqual([0, 1, 2, 3, 4]);
  });

  it('always reaches the maximum with whole, evenly spaced ticks', () => {
    for (let max = 1; max <= 20_000; max += 37) {
      const ticks = countTicks(max);
      expect(ticks).toHaveLength(5);
      expect(ticks.at(-1)!).toBeGreaterThanOrEqual(max);
      expect(ticks.every((t) => Number.isInteger(t))).toBe(true);
      // Not wastefully long: the last tick stays within twice the maximum (plus the 4-tick minimum).
      expect(ticks.at(-1)!).toBeLessThanOrEqual(Math.max(4, 2 * max));
    }
  });
});
