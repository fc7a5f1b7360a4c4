// The one look of the dashboard's bar charts: colours, text sizes and
// the selection legend, so every chart on screen and in a download reads the same. The colours here are
// the light scheme, written as SVG attributes: a downloaded chart keeps them and prints well. On screen
// each mark also has a class (chart.css) that follows the page's colour scheme.
export const BAR_COLOR = '#1f5fa8';
export const BAR_SELECTED = '#0f3460';
export const BAR_DIMMED = '#a9c1e0';
/** The timeline's peak week. */
export const PEAK_COLOR = '#b45309';
/** The timeline strip: an event held in person, and one held online (each colour one meaning). */
export const IN_PERSON_COLOR = '#64748b';
export const ONLINE_COLOR = '#2f7d4a';
/** Hover band behind a bar. */
export const HOVER_FILL = 'rgb(31 95 168 / 8%)';
export const AXIS_COLOR = '#666';
/** Value labels at the bar ends. */
export const VALUE_COLOR = '#1d2330';
export const VALUE_FONT_SIZE = 12;
export const AXIS_FONT_SIZE = 12;

/** Legend of a bar chart: one series, or «selected / the rest» while the chart has a selection. */
export function selectionLegend(anySelected: boolean, seriesLabel: string, selectedLabel: string) {
  return anySelected
    ? [
        { label: selectedLabel, color: BAR_SELECTED },
        { label: 'Остальные', color: BAR_DIMMED },
      ]
    : [{ label: seriesLabel, color: BAR_COLOR }];
}

/** The class that colours a bar on screen in the page's scheme (light or dark). */
export function barClass(selected: boolean, anySelected: boolean): string {
  if (!anySelected) return 'chart-bar';
  return selected ? 'chart-bar chart-bar--selected' : 'chart-bar chart-bar--dimmed';
}

export function barColor(selected: boolean, anySelected: boolean): string {
  if (!anySelected) return BAR_COLOR;
  return selected ? BAR_SELECTED : BAR_DIMMED;
}

/**
 * A legend swatch's colour on screen: the dark scheme swaps the palette through custom properties
 * named after the light colour (chart.css), so swatch and bar always agree; light is the fallback.
 */
export function swatchColor(color: string): string {
  return /^#[0-9a-f]{6}$/i.test(color) ? `var(--palette-${color.slice(1).toLowerCase()}, ${color})` : color;
}
