// "Nice" ticks for a count axis that starts at zero: the steps recharts chooses (1, 2, 2.5, 5 … × 10ⁿ,
// whole numbers only), so the hand-drawn bar charts read like the recharts ones next to them.

/** Rounds a rough step up to a readable one: 0.15 × 10 → 2, 0.125 × 10 000 → 1 500. */
function niceStep(rough: number): number {
  const digits = Math.floor(Math.log10(rough)) + 1;
  const magnitude = 10 ** digits;
  const scale = digits === 1 ? 0.1 : 0.05;
  const step = Math.ceil(rough / magnitude / scale) * scale * magnitude;
  // Whole-number steps only (the axes count events and people); float noise is rounded off first.
  return Math.max(1, Math.ceil(Number(step.toPrecision(12))));
}

/** `count` ticks from 0 whose last one is ≥ max: [0, 2, 4, 6, 8] for max 6, [0, 6, 12, 18, 24] for 24. */
export function countTicks(max: number, count = 5): number[] {
  // A nice step is never below max / (count - 1), so `count` ticks always reach max.
  const step = max > 0 ? niceStep(max / (count - 1)) : 1;
  return Array.from({ length: count }, (_, i) => i * step);
}
