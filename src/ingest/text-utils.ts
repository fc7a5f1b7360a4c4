// Small text helpers shared by the ingest pieces. Pure functions, no I/O.

/** Word export artefacts such as `[bookmark: _Hlk183618268]`, removed from every cell. */
const ARTEFACT_RE = /\[(?:bookmark|anchor|comment|image)\s*:[^\]\n]*\]/gi;

/** C0 control characters other than tab and line breaks, and DEL (built from a string: lint forbids them in literals). */
const CONTROL_RE = new RegExp(
  `[${String.fromCharCode(0)}-${String.fromCharCode(8)}${String.fromCharCode(14)}-${String.fromCharCode(31)}${String.fromCharCode(127)}]`,
  'g',
);

/**
 * The one normalisation every text goes through before any matcher (countries, dates, participants,
 * sectors, the search index): Unicode NFC; soft hyphens (U+00AD), zero-width characters and stress
 * accents removed; non-breaking and other exotic spaces → plain space; the non-breaking hyphen → '-';
 * CR/LF, vertical tab (Word's manual line break in text exports) and line/paragraph separators → \n;
 * other control characters removed. Idempotent.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?|[\v\f\u0085\u2028\u2029]/g, '\n')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]|\u0301/g, '')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/\u2011/g, '-')
    .replace(CONTROL_RE, '');
}

/** Removes Word artefacts, returning the cleaned text and the artefacts found (for warnings). */
export function stripArtefacts(text: string): { text: string; artefacts: string[] } {
  const artefacts = text.match(ARTEFACT_RE) ?? [];
  return { text: artefacts.length > 0 ? text.replace(ARTEFACT_RE, '') : text, artefacts };
}

/** Multi-line text: spaces collapsed inside lines, lines trimmed, empty lines dropped, joined by \n. */
export function cleanMultiline(text: string): string {
  return normalizeText(text)
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/**
 * One-line text (titles, places, dates): the cell's lines joined by a space — except after a slash,
 * where Word wrapped a compound name such as «AGRITEK/⏎FARMTEK ASTANA 2026».
 */
export function cleanInline(text: string): string {
  const lines = cleanMultiline(text).split('\n');
  let out = '';
  for (const line of lines) {
    if (out === '') out = line;
    else out += out.endsWith('/') ? line : ` ${line}`;
  }
  return out.replace(/ +/g, ' ').trim();
}

/** Lower-case, ё→е, all dash variants → '-', spaces collapsed: the form used for matching only. */
export function foldForMatch(text: string): string {
  return normalizeText(text)
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ');
}

/** Same as foldForMatch but keeps letter case (for case-sensitive gazetteer forms). */
export function foldKeepCase(text: string): string {
  return normalizeText(text)
    .replace(/[’ʼ‘`]/g, "'")
    .replace(/ё/g, 'е')
    .replace(/Ё/g, 'Е')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ');
}

/**
 * Checks quotes and brackets. Russian typography often merges the closing quotes of nested names
 * («Администрация СЭЗ «Брест»), so an unclosed « is accepted; a » or ) without its opener, a quote
 * crossing a bracket («Чеснок)») or an odd number of straight quotes is reported.
 */
export function checkQuotes(text: string): string | null {
  const straight = (text.match(/"/g) ?? []).length;
  if (straight % 2 === 1) return 'нечетное число прямых кавычек (")';
  const stack: string[] = [];
  const chars = [...text];
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i];
    if (ch === '«' || ch === '(') stack.push(ch);
    else if (ch === '»') {
      if (stack[stack.length - 1] === '«') stack.pop();
      else if (stack.includes('«')) return 'кавычки «» и скобки () перекрываются';
      else return 'закрывающая кавычка » без открывающей';
    } else if (ch === ')') {
      if (stack[stack.length - 1] === '(') stack.pop();
      else if (stack.includes('(')) {
        // Unclosed « inside the bracket: fine if they were merge-closed (no » follows), else the
        // quote crosses the bracket, as in «Чеснок)».
        if (chars.slice(i + 1).includes('»')) return 'кавычки «» и скобки () перекрываются';
        stack.length = stack.lastIndexOf('(');
      } else return 'закрывающая скобка ) без открывающей';
    }
  }
  if (stack.includes('(')) return 'незакрытая скобка (';
  return null;
}

const TRANSLIT: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** Latin slug of a Russian phrase: «Экономическое развитие» → `ekonomicheskoe-razvitie`. */
export function slugify(text: string): string {
  const latin = [...text.toLowerCase()].map((ch) => TRANSLIT[ch] ?? ch).join('');
  return latin
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}

/** Days in a month (1-based month). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
