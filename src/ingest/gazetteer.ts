// Country and city recognition over Russian text, driven by the tables in gazetteer-data.ts.
import { HOST_COUNTRY as HOST } from '../domain/countries';
import { CITIES, COUNTRIES } from './gazetteer-data';
import { registryForms } from './gazetteer-registry';
import { foldKeepCase } from './text-utils';

export const HOST_COUNTRY = HOST;

const ADJ_ENDINGS = [
  'ий',
  'ый',
  'ой',
  'ая',
  'ое',
  'ие',
  'ые',
  'ого',
  'ому',
  'ую',
  'им',
  'ым',
  'ом',
  'их',
  'ых',
  'ими',
  'ыми',
  'ей',
];

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
  /** Case-insensitive forms, keyed lower-case; words joined by single spaces. */
  ci: Map<string, FormInfo>;
  /** Case-sensitive forms (abbreviations, names that are also common words). */
  cs: Map<string, FormInfo>;
  maxWords: number;
}

let lexicon: Lexicon | null = null;

function getLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const ci = new Map<string, FormInfo>();
  const cs = new Map<string, FormInfo>();
  let maxWords = 1;
  const add = (map: Map<string, FormInfo>, form: string, info: FormInfo, lower: boolean) => {
    const folded = foldKeepCase(form).trim();
    const key = lower ? folded.toLowerCase() : folded;
    maxWords = Math.max(maxWords, key.split(' ').length);
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
    for (const stem of entry.adj ?? [])
      for (const f of adjectiveForms(stem)) add(ci, f, { ...info, noun: false }, true);
    for (const spec of entry.cs ?? []) for (const f of expandForms(spec)) add(cs, f, info, false);
    for (const spec of entry.partnerOnly ?? [])
      for (const f of expandForms(spec)) add(ci, f, { code: entry.code, kind: 'alias', city: null, noun: true }, true);
  }
  for (const c of CITIES) {
    const info: FormInfo = { code: c.code, kind: 'city', city: c.name, noun: false };
    for (const stem of c.adj ?? []) for (const f of adjectiveForms(stem)) add(ci, f, info, true);
  }
  // Every registry country's names in all cases, unless a hand form already says otherwise.
  for (const [form, code] of registryForms()) {
    const key = foldKeepCase(form).trim();
    if (cs.has(key) || ci.has(key.toLowerCase())) continue;
    cs.set(key, { code, kind: 'country', city: null, noun: true });
    maxWords = Math.max(maxWords, key.split(' ').length);
  }
  lexicon = { ci, cs, maxWords };
  return lexicon;
}

/** Words (hyphenated compounds kept whole) with their offsets. */
const WORD_RE = /[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu;

interface Word {
  w: string;
  s: number;
  e: number;
}

/**
 * Every country/city mention in the text, in order of appearance; the longest form wins. Matching is
 * by whole words (so «Беларуськалий» is not «Беларусь»); a hyphenated compound that is not a form
 * itself is looked at part by part («российско-белорусского» names Belarus).
 */
export function findMentions(text: string): Mention[] {
  const lex = getLexicon();
  const folded = foldKeepCase(text);
  const words: Word[] = [...folded.matchAll(WORD_RE)].map((m) => ({ w: m[0], s: m.index, e: m.index + m[0].length }));
  const lookup = (phrase: string) => lex.cs.get(phrase) ?? lex.ci.get(phrase.toLowerCase());
  const result: Mention[] = [];
  const mention = (info: FormInfo, s: number, e: number): Mention => {
    const before = folded.slice(0, s).trimEnd();
    const after = folded.slice(e).trimStart();
    return { ...info, text: folded.slice(s, e), index: s, quotedName: before.endsWith('«') && after.startsWith('»') };
  };
  for (let i = 0; i < words.length;) {
    let matched = 0;
    let phrase = '';
    const candidates: Array<[number, string]> = [];
    for (let n = 1; n <= lex.maxWords && i + n - 1 < words.length; n += 1) {
      const word = words[i + n - 1] as Word;
      if (n > 1) {
        const gap = folded.slice((words[i + n - 2] as Word).e, word.s);
        if (!/^ +$/.test(gap)) break;
        phrase += ' ';
      }
      phrase += word.w;
      candidates.push([n, phrase]);
    }
    for (let k = candidates.length - 1; k >= 0; k -= 1) {
      const [n, p] = candidates[k] as [number, string];
      const info = lookup(p);
      if (info) {
        result.push(mention(info, (words[i] as Word).s, (words[i + n - 1] as Word).e));
        matched = n;
        break;
      }
    }
    if (matched === 0) {
      const word = words[i] as Word;
      if (word.w.includes('-')) {
        let offset = word.s;
        for (const part of word.w.split('-')) {
          const info = lookup(part);
          if (info) result.push(mention(info, offset, offset + part.length));
          offset += part.length + 1;
        }
      }
      matched = 1;
    }
    i += matched;
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

const CITY_MARK_RE =
  /(?:^|[^\p{L}])(?:г|гор)\.\s*(\p{Lu}[\p{L}-]*)(?:\s+(\p{Lu}[\p{L}-]*))?|(?:^|[^\p{L}])город(?:е|а)?\s+(\p{Lu}[\p{L}-]*)(?:\s+(\p{Lu}[\p{L}-]*))?/u;

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
