// Country and city recognition over Russian text, driven by the tables in gazetteer-data.ts.
import { CITIES, COUNTRIES } from './gazetteer-data';
import { foldKeepCase } from './text-utils';

export const HOST_COUNTRY = 'RU';

const ADJ_ENDINGS = ['ий', 'ый', 'ой', 'ая', 'ое', 'ие', 'ые', 'ого', 'ому', 'ую', 'им', 'ым', 'ом', 'их', 'ых', 'ими', 'ыми', 'ей'];

export type MentionKind = 'country' | 'city' | 'alias';

interface FormInfo {
  code: string;
  kind: MentionKind;
  /** Canonical city name for city forms. */
  city: string | null;
  /** True for noun forms of a city (Минске), false for adjectives (минской). */
  noun: boolean;
}

export interface Mention extends FormInfo {
  /** The matched text as it appears (after folding ё→е). */
  text: string;
  index: number;
  /** The mention is a whole quoted name, e.g. the road «Беларусь» in «М-1 «Беларусь»». */
  quotedName: boolean;
}

/** Expands the 'stem|end1|end2' notation; a string without '|' is a literal form. */
export function expandForms(spec: string): string[] {
  if (!spec.includes('|')) return [spec];
  const [stem = '', ...endings] = spec.split('|');
  return endings.map((e) => stem + e);
}

function adjectiveForms(stem: string): string[] {
  return ADJ_ENDINGS.map((e) => stem + e);
}

interface Lexicon {
  ci: Map<string, FormInfo>;
  cs: Map<string, FormInfo>;
  ciRe: RegExp;
  csRe: RegExp;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function buildRe(forms: Iterable<string>, flags: string): RegExp {
  const sorted = [...forms].sort((a, b) => b.length - a.length || a.localeCompare(b));
  // Cyrillic-aware word boundaries: no letter or digit may touch the form.
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, flags);
}

let lexicon: Lexicon | null = null;

function getLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const ci = new Map<string, FormInfo>();
  const cs = new Map<string, FormInfo>();
  const add = (map: Map<string, FormInfo>, form: string, info: FormInfo, lower: boolean) => {
    const key = lower ? foldKeepCase(form).toLowerCase() : foldKeepCase(form);
    if (!map.has(key)) map.set(key, info);
  };
  // City nouns first, so a form shared with an adjective keeps its noun meaning.
  for (const c of CITIES) {
    const info: FormInfo = { code: c.code, kind: 'city', city: c.name, noun: true };
    for (const spec of c.forms) for (const f of expandForms(spec)) add(c.cs ? cs : ci, f, info, !c.cs);
  }
  for (const entry of COUNTRIES) {
    const info: FormInfo = { code: entry.code, kind: 'country', city: null, noun: true };
    for (const spec of entry.names) for (const f of expandForms(spec)) add(ci, f, info, true);
    for (const stem of entry.adj ?? []) for (const f of adjectiveForms(stem)) add(ci, f, { ...info, noun: false }, true);
    for (const spec of entry.cs ?? []) for (const f of expandForms(spec)) add(cs, f, info, false);
    for (const spec of entry.partnerOnly ?? [])
      for (const f of expandForms(spec)) add(ci, f, { code: entry.code, kind: 'alias', city: null, noun: true }, true);
  }
  for (const c of CITIES) {
    const info: FormInfo = { code: c.code, kind: 'city', city: c.name, noun: false };
    for (const stem of c.adj ?? []) for (const f of adjectiveForms(stem)) add(ci, f, info, true);
  }
  lexicon = { ci, cs, ciRe: buildRe(ci.keys(), 'giu'), csRe: buildRe(cs.keys(), 'gu') };
  return lexicon;
}

/** Every country/city mention in the text, in order of appearance (overlaps resolved: longest first). */
export function findMentions(text: string): Mention[] {
  const lex = getLexicon();
  const folded = foldKeepCase(text);
  const found: Mention[] = [];
  const collect = (re: RegExp, map: Map<string, FormInfo>, lower: boolean) => {
    re.lastIndex = 0;
    for (const m of folded.matchAll(re)) {
      const info = map.get(lower ? m[0].toLowerCase() : m[0]);
      if (!info) continue;
      const index = m.index;
      const before = folded.slice(0, index).trimEnd();
      const after = folded.slice(index + m[0].length).trimStart();
      found.push({ ...info, text: m[0], index, quotedName: before.endsWith('«') && after.startsWith('»') });
    }
  };
  collect(lex.ciRe, lex.ci, true);
  collect(lex.csRe, lex.cs, false);
  found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const result: Mention[] = [];
  let end = -1;
  for (const m of found) {
    if (m.index < end) continue;
    result.push(m);
    end = m.index + m.text.length;
  }
  return result;
}

/**
 * Foreign partner countries named in the given texts, sorted by code.
 * Rules: Russia (the host) is never a partner; a whole quoted name such as the road «Беларусь»
 * (М-1 «Беларусь») or a hotel «Казахстан» is a proper name, not the country; institutions of the
 * Union State (Союзное государство, Союз Беларуси и России) count as Belarus.
 */
export function partnerCountries(texts: string[]): string[] {
  const codes = new Set<string>();
  for (const text of texts)
    for (const m of findMentions(text)) if (!m.quotedName && m.code !== HOST_COUNTRY) codes.add(m.code);
  return [...codes].sort();
}

export interface ResolvedPlace {
  city: string | null;
  countryCode: string | null;
  /** Set when a city was named but its country could not be determined. */
  unknownCity: string | null;
}

/** Finds a city by any of its noun forms: «Минске» → Минск. */
export function lookupCity(word: string): { name: string; code: string } | null {
  const lex = getLexicon();
  const key = foldKeepCase(word.trim());
  const info = lex.ci.get(key.toLowerCase()) ?? lex.cs.get(key);
  return info && info.kind === 'city' && info.noun && info.city ? { name: info.city, code: info.code } : null;
}

const CITY_MARK_RE = /(?:^|[^\p{L}])(?:г|гор)\.\s*(\p{Lu}[\p{L}-]*)(?:\s+(\p{Lu}[\p{L}-]*))?|(?:^|[^\p{L}])город(?:е|а)?\s+(\p{Lu}[\p{L}-]*)(?:\s+(\p{Lu}[\p{L}-]*))?/u;

/**
 * place.city and place.countryCode from the place cell: the city after «г.» (or the first city noun of
 * the gazetteer), its country from the gazetteer, else the first country (or region) named in the cell.
 */
export function resolvePlace(raw: string): ResolvedPlace {
  const text = foldKeepCase(raw);
  const mentions = findMentions(text).filter((m) => !m.quotedName && m.kind !== 'alias');
  let city: string | null = null;
  let cityCode: string | null = null;
  const mark = CITY_MARK_RE.exec(text);
  if (mark) {
    const first = mark[1] ?? mark[3] ?? '';
    const second = mark[2] ?? mark[4];
    const two = second ? lookupCity(`${first} ${second}`) : null;
    const one = lookupCity(first);
    const hit = two ?? one;
    if (hit) {
      city = hit.name;
      cityCode = hit.code;
    } else city = first.replace(/-+$/, '');
  } else {
    const noun = mentions.find((m) => m.kind === 'city' && m.noun);
    if (noun && noun.city) {
      city = noun.city;
      cityCode = noun.code;
    }
  }
  const countryCode = cityCode ?? mentions.find((m) => m.kind === 'country')?.code ?? mentions[0]?.code ?? null;
  return { city, countryCode, unknownCity: city && !countryCode ? city : null };
}
