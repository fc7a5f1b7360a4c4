/** Pretty JSON with a trailing newline: the one serialisation of every report file (data/reports/, downloads). */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
