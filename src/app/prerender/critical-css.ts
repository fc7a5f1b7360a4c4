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

const STYLESHEET_LINK = /\s*<link rel="stylesheet"[^>]*>/g;

/**
 * Returns the function that moves a page's stylesheet link to the end of <body> and puts the rules
 * the page uses in its place (`outDir`: the build folder the link points into).
 */
export function criticalCss(outDir: string, base: string): (html: string) => Promise<string> {
  const beasties = new Beasties({
    path: outDir,
    publicPath: base,
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
  return async (html) => {
    const links = html.match(STYLESHEET_LINK) ?? [];
    if (links.length !== 1 || /<style\b/.test(html))
      throw new Error(`expected one stylesheet link and no <style> in the page, found ${links.length}`);
    // Only the rules are taken from Beasties' copy: the page's own markup stays byte for byte as React
    // wrote it (its serialiser would rewrite every tag).
    const styles = [...(await beasties.process(html)).matchAll(/<style>([\s\S]*?)<\/style>/g)];
    if (styles.length !== 1) throw new Error(`expected one inline stylesheet from Beasties, found ${styles.length}`);
    const css = styles[0]![1]!;
    if (/<\/style/i.test(css)) throw new Error('the stylesheet contains "</style"');
    const link = links[0]!.trim();
    return html
      .replace(STYLESHEET_LINK, () => `\n    <style>${css}</style>`)
      .replace('</body>', () => `  ${link}\n  </body>`);
  };
}
