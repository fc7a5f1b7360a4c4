/**
 * A value made on first use. For the Intl objects (formatters, plural rules, collators): building one
 * loads locale data (a collator's, ~15 ms on a throttled phone), and most pages use only a few.
 */
export function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
