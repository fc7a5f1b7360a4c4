// Setup file of the e2e project: every journey fails when a page it opened could not hydrate its
// prerendered HTML as it was (a mismatch or a boundary React had to render again on the client), even
// a journey that does not look at the console itself.
import { afterEach, expect } from 'vitest';
import { takeHydrationProblems } from './browser';

afterEach(() => {
  expect(takeHydrationProblems(), 'hydration warnings in the browser console').toEqual([]);
});
