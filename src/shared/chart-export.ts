// Pure helpers for chart downloads. Recharts draws the legend as HTML outside its <svg>, so an export
// of the bare <svg> would lose the title, legend and source. composeExportSvg builds one standalone
// SVG document around the chart's own SVG(s): title, legend, chart, footer (source · period · filter).
import { fileNameSlug } from '../domain/export-context';

export interface ExportLegendItem {
  label: string;
  color: string;
}

/** One chart <svg>, already serialised (XMLSerializer), with its rendered size in CSS pixels. */
export interface ExportPart {
  svg: string;
  width: number;
  height: number;
}

export interface ExportSpec {
  title: string;
  subtitle?: string;
  parts: readonly ExportPart[];
  legend?: readonly ExportLegendItem[];
  /** «Источник: … · Период: … · Фильтр: …» */
  footer: string;
  /**
   * Rendered width of a text in the export font: the browser measures it (canvas); without one the
   * glyph estimate applies. Every line is wrapped to fit inside the image with it.
   */
  measure?: (text: string, fontSize: number) => number;
}

export const EXPORT_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif";
const PAD = 16;
const TITLE_SIZE = 18;
const SUBTITLE_SIZE = 13;
const LEGEND_SIZE = 12;
const FOOTER_SIZE = 11;
/** Average glyph width of the UI sans-serif in ems; Cyrillic runs a little wider than Latin. */
const GLYPH_EM = 0.56;

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Rough rendered width of a text, enough to lay out wrapped lines without a DOM. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * GLYPH_EM;
}

/**
 * Greedy word wrap to lines no wider than maxWidth (estimated, or measured by `measure` where a canvas
 * is available). A word too long for a line is broken only after a hyphen («гражданско-|патриотического»),
 * never cut into meaningless pieces.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  measure: (text: string, fontSize: number) => number = estimateTextWidth,
): string[] {
  // Tokens with how they join the previous one: a space, or nothing (the rest of a hyphenated word).
  const tokens: { text: string; glue: '' | ' ' }[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const parts = measure(word, fontSize) > maxWidth ? word.split(/(?<=-)(?=[^-])/) : [word];
    parts.forEach((part, i) => tokens.push({ text: part, glue: i === 0 ? ' ' : '' }));
  }
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line ? `${line}${token.glue}${token.text}` : token.text;
    if (line && measure(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = token.text;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

function textLines(lines: readonly string[], x: number, y: number, size: number, attrs: string): string {
  return lines
    .map(
      (l, i) =>
        `<text x="${x}" y="${y + i * size * 1.3}" font-size="${size}" dominant-baseline="hanging" ${attrs}>${escapeXml(l)}</text>`,
    )
    .join('');
}

/** Strips an XML declaration so a serialised SVG can be nested inside another. */
function nestable(svg: string): string {
  return svg.replace(/^\s*<\?xml[^>]*>\s*/, '');
}

/** A standalone SVG document: title, subtitle, legend, the chart part(s) stacked, footer. */
export function composeExportSvg(spec: ExportSpec): { svg: string; width: number; height: number } {
  const measure = spec.measure ?? estimateTextWidth;
  const chartWidth = Math.max(320, ...spec.parts.map((p) => Math.ceil(p.width)));
  const width = chartWidth + PAD * 2;
  const inner = width - PAD * 2;
  const wrap = (text: string, size: number, weight = 1) =>
    wrapText(text, inner, size, (t, s) => measure(t, s) * weight);
  const body: string[] = [];
  let y = PAD;

  // Bold text runs ~8 % wider than the regular text the measure is taken with.
  const titleLines = wrap(spec.title, TITLE_SIZE, 1.08);
  body.push(textLines(titleLines, PAD, y, TITLE_SIZE, 'font-weight="600" fill="#1d2330"'));
  y += titleLines.length * TITLE_SIZE * 1.3 + 4;

  if (spec.subtitle) {
    const lines = wrap(spec.subtitle, SUBTITLE_SIZE);
    body.push(textLines(lines, PAD, y, SUBTITLE_SIZE, 'fill="#4d5566"'));
    y += lines.length * SUBTITLE_SIZE * 1.3 + 4;
  }

  if (spec.legend && spec.legend.length > 0) {
    // Flow layout: swatch + label, wrapping to a new row at the chart width; a label longer than the
    // width wraps onto lines of its own.
    const SWATCH = 18;
    let x = PAD;
    let rowHeight = 0;
    y += 4;
    for (const item of spec.legend) {
      const lines = wrapText(item.label, inner - SWATCH, LEGEND_SIZE, measure);
      const itemWidth = SWATCH + Math.max(...lines.map((l) => measure(l, LEGEND_SIZE))) + 16;
      const itemHeight = lines.length * LEGEND_SIZE * 1.3 + LEGEND_SIZE * 0.3;
      if (x > PAD && x + itemWidth > PAD + inner) {
        x = PAD;
        y += rowHeight;
        rowHeight = 0;
      }
      body.push(
        `<rect x="${x}" y="${y}" width="12" height="12" rx="2" fill="${escapeXml(item.color)}"/>`,
        textLines(lines, x + SWATCH, y + 1, LEGEND_SIZE, 'fill="#1d2330"'),
      );
      x += itemWidth;
      rowHeight = Math.max(rowHeight, itemHeight);
    }
    y += rowHeight;
  }

  y += 8;
  for (const part of spec.parts) {
    body.push(`<g transform="translate(${PAD} ${Math.round(y)})">${nestable(part.svg)}</g>`);
    y += Math.ceil(part.height) + 8;
  }

  const footerLines = wrap(spec.footer, FOOTER_SIZE);
  y += 4;
  body.push(`<line x1="${PAD}" x2="${PAD + inner}" y1="${y}" y2="${y}" stroke="#d5d9e0"/>`);
  y += 6;
  body.push(textLines(footerLines, PAD, y, FOOTER_SIZE, 'fill="#4d5566"'));
  y += footerLines.length * FOOTER_SIZE * 1.3 + PAD;

  const height = Math.ceil(y);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${escapeXml(EXPORT_FONT)}">` +
    `<title>${escapeXml(spec.title)}</title>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    body.join('') +
    `</svg>`;
  return { svg, width, height };
}

/** «Источник: … · Период: … · Фильтр: …», the line that keeps a downloaded chart honest about its scope. */
export function exportFooter({
  source,
  period,
  processed,
  filters,
}: {
  source: string;
  period: string;
  /** When the report file was processed: not the report's date, so said apart from the period. */
  processed?: string;
  filters: readonly string[];
}): string {
  const scope = filters.length > 0 ? `Фильтр: ${filters.join(', ')}` : 'Без фильтров';
  const when = processed ? ` · Файл обработан: ${processed}` : '';
  return `Источник: ${source} · Период: ${period}${when} · ${scope}`;
}

/** `smolensk-2026-q1-sectors-BY.png`: ASCII only, safe on every file system. */
export function chartFileName(parts: readonly (string | null | undefined)[], extension: 'png' | 'svg'): string {
  const base = parts
    .filter((p): p is string => Boolean(p))
    .map(fileNameSlug)
    .filter(Boolean)
    .join('-')
    .slice(0, 120)
    .replace(/-$/, '');
  return `${base || 'chart'}.${extension}`;
}
