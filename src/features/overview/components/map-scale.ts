// Colour classes of the country map: fixed steps so the legend reads the same every quarter.
export const MAP_HOST_COLOR = '#ddd5c4';
/**
 * What Russia is on the map: the side whose bodies held the events (the report's «проведенных
 * исполнительными органами Смоленской области»), also of the events held abroad — not their host.
 */
export const MAP_HOST_LABEL = 'Россия (Смоленская область) — сторона, проводившая мероприятия';
export const MAP_NO_DATA_COLOR = '#eceef2';
export const MAP_SELECTED_STROKE = '#c2410c';

export const MAP_CLASSES: readonly { min: number; max: number | null; color: string; label: string }[] = [
  { min: 1, max: 1, color: '#c6dbef', label: '1 мероприятие' },
  { min: 2, max: 4, color: '#6baed6', label: '2–4 мероприятия' },
  { min: 5, max: 9, color: '#2171b5', label: '5–9 мероприятий' },
  { min: 10, max: null, color: '#08306b', label: '10 и более мероприятий' },
];

export function mapColor(count: number): string {
  if (count <= 0) return MAP_NO_DATA_COLOR;
  return MAP_CLASSES.find((c) => count >= c.min && (c.max === null || count <= c.max))?.color ?? MAP_NO_DATA_COLOR;
}

/** The map's height at a width: also the height its placeholder reserves while the map loads. */
export function mapHeight(width: number): number {
  return Math.round(Math.min(520, Math.max(220, width * 0.55)));
}
