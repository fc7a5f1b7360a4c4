// Page-URL parameters that belong to the build rather than to a screen: the mock-API build reads its
// failure switches from the page URL (`?mock=500`), and registers them here when it starts, so the
// screens that report unknown parameters accept them without knowing the mock exists.
const registered = new Set<string>();

export function registerUrlParams(names: readonly string[]): void {
  for (const name of names) registered.add(name);
}

export function registeredUrlParams(): readonly string[] {
  return [...registered];
}
