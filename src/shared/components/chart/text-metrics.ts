// Real text measurement for SVG labels (canvas measureText with the UI font), so wrapped axis labels
// fit their column; falls back to the estimate where there is no canvas (jsdom, SSR). Components take
// it through the hook below: the prerendered HTML and the hydrating render use the estimate (the
// server has no canvas), the renders after hydration the real metrics.
import { EXPORT_FONT, estimateTextWidth } from '../../chart-export';
import { newCanvas2d } from '../../canvas';
import { useHydrating } from '../../hydration';

export type MeasureText = (text: string, fontSize: number) => number;

let context: CanvasRenderingContext2D | null | undefined;
let currentFont = '';

function canvasContext(): CanvasRenderingContext2D | null {
  if (context === undefined) context = newCanvas2d();
  return context;
}

/**
 * Widths already measured, by size and text: a filter change redraws the same labels (and fitting a
 * title tries several cuts of it), and canvas measureText was the overview's largest cost.
 */
const widths = new Map<string, number>();
const MAX_WIDTHS = 20_000;

export function measureText(text: string, fontSize: number): number {
  const ctx = canvasContext();
  if (!ctx) return estimateTextWidth(text, fontSize);
  const key = `${fontSize} ${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  // Setting the font parses it and picks the face again, even when it is the same one: only on a change.
  const font = `${fontSize}px ${EXPORT_FONT}`;
  if (font !== currentFont) ctx.font = currentFont = font;
  const width = ctx.measureText(text).width;
  if (widths.size >= MAX_WIDTHS) widths.clear();
  widths.set(key, width);
  return width;
}

/** The text measure for this render: the estimate while it must match the prerendered HTML. */
export function useMeasureText(): MeasureText {
  return useHydrating() ? estimateTextWidth : measureText;
}
