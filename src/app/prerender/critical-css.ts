// The styles of a prerendered page: the rules its markup uses, inline in <head>, and the whole
// stylesheet linked at the end of <body>. Inline, the page draws as soon as its HTML is parsed (a
// linked stylesheet in <head> would hold the first paint for a request, a round trip on a phone);
// only the page's own rules, as all of them (~33 kB) were parsed and matched before the first frame
// of every page. The full stylesheet, which a link at the end does not hold back, brings what the
// markup does not show yet: states the app adds (open menus, dialogs, other screens). Rules are kept
// by matching their selectors against the markup (Beasties), so media queries (a phone, print) and
// pseudo-classes (:hover, :focus-visible) of an element on the page stay inline too: the page looks,
// and prints, the same before the stylesheet arrives as after.
import Beasties from 'beasties';

/** Returns the function that puts a page's critical rules in its <head> (`outDir`: the build folder). */
export function criticalCss(outDir: string, base: string): (html: string) => Promise<string> {
  const beasties = new Beasties({
    path: outDir,
    publicPath: base,
    preload: 'body',
    pruneSource: false,
    reduceInlineStyles: false,
    inlineFonts: false,
    preloadFonts: false,
    compress: true,
    keyframes: 'critical',
    // Beasties matches a selector with its pseudo-classes cut out, which leaves nothing of one that
    // starts with them: a global `:focus-visible`, or the `:is(body:has(.country-brief) .app-header, …)`
    // the minifier makes of a selector list (the brief's print rules). Keep those rather than lose them.
    allowRules: [/^:/],
    logLevel: 'warn',
  });
  return (html) => beasties.process(html);
}
