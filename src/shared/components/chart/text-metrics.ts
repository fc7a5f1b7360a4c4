// Real text measurement for SVG labels (canvas measureText with the UI font), so wrapped axis labels
// fit their column; falls back to the estimate where there is no canvas (jsdom, SSR). Components take
// both through the hooks below: the prerendered HTML and the hydrating render use the estimate and no
// flags (the server has no canvas), the renders after hydration the real metrics.
import { EXPORT_FONT, estimateTextWidth } from '../../chart-export';
import { useHydrating } from '../../hydration';

export type MeasureText = (text: string, fontSize: number) => number;

let context: CanvasRenderingContext2D | null | undefined;

function canvasContext(): CanvasRenderingContext2D | null {
  if (context !== undefined) return context;
  try {
    // jsdom implements getContext only as a "not implemented" stub that logs an error.
    const isJsdom = typeof navigator !== 'undefined' && /jsdom/i.test(navigator.userAgent);
    context = isJsdom || typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  } catch {
    context = null;
  }
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
  ctx.font = `${fontSize}px ${EXPORT_FONT}`;
  const width = ctx.measureText(text).width;
  if (widths.size >= MAX_WIDTHS) widths.clear();
  widths.set(key, width);
  return width;
}

let flagSupport: boolean | undefined;

/**
 * Whether the system draws flag emoji as flags. Windows and many Linux set-ups show two letters or
 * empty boxes instead, so labels then go without the flag rather than with a broken glyph.
 */
export function supportsFlagEmoji(): boolean {
  if (flagSupport !== undefined) return flagSupport;
  const ctx = canvasContext();
  flagSupport = false;
  if (ctx) {
    ctx.canvas.width = 24;
    ctx.canvas.height = 24;
    ctx.clearRect(0, 0, 24, 24);
    ctx.font = '20px sans-serif';
    ctx.textBaseline = 'top';
    ctx.fillText('\u{1F1E7}\u{1F1FE}', 0, 0);
    const data = ctx.getImageData(0, 0, 24, 24).data;
    // A real flag has coloured pixels; letters and boxes are drawn in the (grey) fill colour.
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      if (data[i + 3]! > 0 && (Math.abs(r - g) > 30 || Math.abs(g - b) > 30)) {
        flagSupport = true;
        break;
      }
    }
  }
  return flagSupport;
}

/** The text measure for this render: the estimate while it must match the prerendered HTML. */
export function useMeasureText(): MeasureText {
  return useHydrating() ? estimateTextWidth : measureText;
}

/** Whether labels may carry flag emoji in this render (never in prerendered HTML: no canvas to check). */
export function useFlagEmoji(): boolean {
  const hydrating = useHydrating();
  return !hydrating && supportsFlagEmoji();
}
