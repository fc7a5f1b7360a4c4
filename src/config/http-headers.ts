// The one source of how the built app is served: the CSP meta tag (vite.config.ts puts it in
// index.html), the headers of `vite preview` (e2e, `npm start`) and the generated nginx config
// (dist-server/nginx.conf, see nginx-config.ts) all come from here, so they cannot drift apart.
// Plain data, no imports: vite.config.ts, the app's tests and the e2e tests read it alike.

/**
 * Content-Security-Policy of the built app: only this origin's own scripts, styles, data and images,
 * so an injected `<script>`, an inline event handler or a call to another server is refused even if
 * some text ever reached the page as HTML.
 * - style-src 'unsafe-inline': the prerendered pages carry their stylesheet in a <style> element, and
 *   React `style` props write style attributes (bar widths, spacer rows); inline styles cannot run
 *   code, while a nonce or hash cannot cover attributes.
 * - img-src data: blob: — chart PNG export draws a serialized SVG through an object URL; the favicon is
 *   a data: URL.
 * - worker-src 'self' — the mock-API build registers MSW's service worker from this origin.
 * This is the policy the meta tag carries; the header adds what a meta tag cannot (frame-ancestors).
 * The dev server gets none of this (Vite injects inline scripts for hot reload).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Headers for every response, including errors. A meta tag cannot carry any of them: frame-ancestors
 * and X-Frame-Options (older browsers) stop another site from framing the dashboard (clickjacking);
 * nosniff stops a report JSON from being run as a script; no-referrer keeps filter URLs (search text)
 * from leaking to other sites.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

export const CACHE_CONTROL = {
  /** Files under assets/ carry a content hash in their names: a changed file gets a new name. */
  hashedAsset: 'public, max-age=31536000, immutable',
  /** HTML and the reports keep their names when they change: ask the server (ETag) every time. */
  revalidate: 'no-cache',
} as const;

/**
 * The media type of every kind of file the build ships, by extension. The build fails on a file whose
 * extension is not here, so a new kind of file cannot go out with a wrong or sniffed type.
 */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html',
  js: 'text/javascript',
  mjs: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
  map: 'application/json',
  webmanifest: 'application/manifest+json',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  txt: 'text/plain',
  xml: 'application/xml',
};
