/** Pretty JSON with a trailing newline: the one serialisation used for every output file. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
