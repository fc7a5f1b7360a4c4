// Axis tick that wraps a long category label onto several lines instead of cutting it off: sector
// names such as «Сотрудничество в сфере молодежной политики и гражданско-патриотического воспитания»
// stay whole and readable. Plain SVG <text>, so downloads keep it.
import { wrapText } from '../../chart-export';
import { measureText, type MeasureText } from './text-metrics';

const TICK_FONT_SIZE = 12;
const LINE_HEIGHT = 1.2;

/** Lines a label needs at a given width; use it to size rows so wrapped ticks never overlap. */
export function tickLines(
  label: string,
  width: number,
  fontSize = TICK_FONT_SIZE,
  measure: MeasureText = measureText,
): string[] {
  return wrapText(label, width, fontSize, measure);
}

export function tickHeight(lines: number, fontSize = TICK_FONT_SIZE): number {
  return lines * fontSize * LINE_HEIGHT;
}

interface WrappedTickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  /** Width available left of the axis. */
  width: number;
  /** Maps the axis value to its display label. */
  format?: (value: string) => string;
  /** Highlight (e.g. the selected category). */
  isActive?: (value: string) => boolean;
  fontSize?: number;
  /** Text measure (see useMeasureText); the canvas one by default. */
  measure?: MeasureText;
}

export function WrappedTick({
  x = 0,
  y = 0,
  payload,
  width,
  format,
  isActive,
  fontSize = TICK_FONT_SIZE,
  measure,
}: WrappedTickProps) {
  const value = String(payload?.value ?? '');
  const label = format ? format(value) : value;
  const lines = tickLines(label, width - 16, fontSize, measure);
  const first = -tickHeight(lines.length - 1, fontSize) / 2;
  const active = isActive?.(value) ?? false;
  return (
    <text
      x={Number(x) - 6}
      y={Number(y)}
      textAnchor="end"
      fontSize={fontSize}
      fill={active ? '#164a85' : '#1d2330'}
      // Underlined, not bold: bold runs wider than the width the label was wrapped to, and was cut.
      textDecoration={active ? 'underline' : undefined}
      className={active ? 'chart-label-text chart-label-text--active' : 'chart-label-text'}
    >
      {lines.map((line, i) => (
        <tspan key={i} x={Number(x) - 6} dy={i === 0 ? first : fontSize * LINE_HEIGHT} dominantBaseline="middle">
          {line}
        </tspan>
      ))}
    </text>
  );
}
