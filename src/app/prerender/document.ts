// One prerendered HTML file from the built app shell (dist/index.html, with its hashed script and
// stylesheet links and the CSP meta tag): the page's head tags, the rendered markup in #root, and the
// data it was rendered from, which the browser hydrates with: inline JSON, and a preload of the
// report's data file (src/api/page-data.ts).
import { PAGE_DATA_ID, serializePageData, type PageData } from '../../api/page-data';
import { SITE_NAME, type PageMeta } from './page-meta';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Replaces exactly one match of `pattern` in `html`; a shell that lacks it is a build error. */
function replaceOnce(html: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = html.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`)) ?? [];
  if (matches.length !== 1) throw new Error(`index.html: expected one ${what}, found ${matches.length}`);
  return html.replace(pattern, () => replacement);
}

/** <title>, description and the Open Graph tags a messenger shows for a link. */
export function headTags(meta: PageMeta): string {
  const title = escapeHtml(meta.title);
  const description = escapeHtml(meta.description);
  return [
    `<title>${title}</title>`,
    `<meta name="description" content="${description}" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="${escapeHtml(SITE_NAME)}" />`,
    `<meta property="og:locale" content="ru_RU" />`,
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta name="twitter:card" content="summary" />`,
  ].join('\n    ');
}

export interface PageDocumentInput {
  /** The markup rendered inside #root. */
  html: string;
  meta: PageMeta;
  data: PageData;
}

export function pageDocument(shell: string, page: PageDocumentInput): string {
  let html = shell;
  html = replaceOnce(html, /<title>[^<]*<\/title>/, '', '<title>');
  // The page brings its own data (the index inline, the report's data file, preloaded here before the
  // inline stylesheet): preloading the API's files as well would fetch them a second time.
  const preload = page.data.reportUrl
    ? `\n    <link rel="preload" href="${escapeHtml(page.data.reportUrl)}" as="fetch" crossorigin="anonymous" />`
    : '';
  html = replaceOnce(html, /<meta\s+name="description"[^>]*>/, headTags(page.meta) + preload, 'description meta tag');
  html = html.replace(/\s*<link rel="preload" href="[^"]*\/api\/[^"]*"[^>]*>/g, '');
  html = replaceOnce(
    html,
    /<div id="root">[\s\S]*?<\/div>/,
    `<div id="root">${page.html}</div>\n    <script type="application/json" id="${PAGE_DATA_ID}">${serializePageData(page.data)}</script>`,
    'root element',
  );
  // Without JavaScript the page is still there to read, print and follow links; only controls wait.
  return replaceOnce(
    html,
    /<noscript>[\s\S]*?<\/noscript>/,
    '<noscript><p class="noscript-note">Без JavaScript страница доступна только для чтения: фильтры, таблицы по кнопке «Таблица» и выгрузки не работают.</p></noscript>',
    '<noscript>',
  );
}
