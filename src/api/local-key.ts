// The key of a report loaded in this browser: its quarter and «-local» (`2026-q2-local`), so a URL
// tells a local report from the published one of the same quarter. Plain text rules, no storage code:
// the first page imports them without loading the store.

export const LOCAL_KEY = /^(\d{4}-q[1-4])-local$/;

export function localKey(id: string): string {
  return `${id}-local`;
}

/** The report id of a local key, or null for any other text. */
export function localIdOf(key: string): string | null {
  return LOCAL_KEY.exec(key)?.[1] ?? null;
}
