/**
 * A new 2D canvas context, or null where there is nothing to draw on: the build renders without a
 * document, and jsdom implements getContext only as a "not implemented" stub that logs an error.
 */
export function newCanvas2d(settings?: CanvasRenderingContext2DSettings): CanvasRenderingContext2D | null {
  if (typeof document === 'undefined' || /jsdom/i.test(navigator.userAgent)) return null;
  try {
    return document.createElement('canvas').getContext('2d', settings);
  } catch {
    return null;
  }
}
