/**
 * Lets the browser run what waits (input, painting) before the next step of a long start-up: each
 * step is then a task of its own instead of one long task (which a phone feels as a frozen page).
 */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
