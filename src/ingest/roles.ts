// Country roles, stated country counts, foreign participants and outcomes of one event, each with the
// words of the source that justify it. The rules are written for readers in src/domain/methodology.ts
// (shown on /quality); this module is their implementation. Offsets are into the event's stored fields.
import { statedLowerBound } from '../domain/involvement';
import { COUNTING_ROLES, type CountryRole } from '../domain/methodology';
import type {
  CountriesStated,
  CountryRoleEntry,
  Evidence,
  EvidenceField,
  ForeignParticipants,
  Outcome,
} from '../domain/report-schema';
import { findMentions, HOST_COUNTRY, type Mention } from './gazetteer';

export interface RoleFields {
  title: string;
  place: string;
  description: string;
  participants: string;
}

export interface RoleInput {
  fields: RoleFields;
  /** Where the event took place (place.countryCode). */
  placeCountry: string | null;
  participants: { count: number | null; unit: 'people' | 'organizations' | null; foreignCount: number | null };
}

export interface EventFacts {
  countries: string[];
  countryRoles: CountryRoleEntry[];
  countriesStated: CountriesStated | null;
  foreignParticipants: ForeignParticipants | null;
  outcomes: Outcome[];
}

const FIELDS: readonly EvidenceField[] = ['title', 'place', 'description', 'participants'];

// ---- Words that say who a country's mention is about ---------------------------------------------

type CueKind = 'speakers' | 'people' | 'official' | 'org' | 'generic';
interface Cue {
  kind: CueKind;
  start: number;
  end: number;
  text: string;
}

const W = '(?<!\\p{L})';
const CUE_RES: readonly [CueKind, RegExp][] = [
  ['speakers', new RegExp(`${W}(?:спикер|выступ|докладчик)\\p{L}*`, 'giu')],
  [
    'people',
    new RegExp(
      `${W}(?:граждан|студент|учащ|обучающ|школьник|художник|артист|соотечественник|жител|проживающ|живущ|преподавател|спортсмен|молодеж|молодёж|кадет|волонтер|воспитанник)\\p{L}*`,
      'giu',
    ),
  ],
  [
    'official',
    new RegExp(
      `${W}(?:посол|посл[аеуо]м?|посольств|консул|делегаци|министр|губернатор|руководител|сотрудник|председател|заместител|посланник|партнер|партнёр|коллег)\\p{L}*`,
      'giu',
    ),
  ],
  [
    'org',
    new RegExp(
      `${W}(?:министерств|агентств|комитет|правительств|администраци|учреждени|организаци|предприяти|компани|отделени)\\p{L}*`,
      'giu',
    ),
  ],
  ['org', /(?<!\p{L})(?:ГУО?|ГУК|УП|ОАО|ООО|ЗАО|ПАО|АО|ОДО|РУП|ЧУП)(?!\p{L})/gu],
  ['generic', new RegExp(`${W}представител(?:ь|я|ю|ем|е|и|ей|ям|ями|ях)(?!\\p{L})`, 'giu')],
];

/** An adjective's noun, a few adjectives on: «с вьетнамскими и китайскими партнерами», «белорусское предприятие». */
const ADJECTIVE_NOUN_RE =
  /^(?:\s+(?:и\s+)?\p{L}+(?:ими|ыми|ой|ей|ых|их|ые|ие|ая|яя|ое|ее|ий|ый|ого|его|ому|ему|ом|ем|ую|юю))*\s+(\p{L}+)/u;

function adjectiveNounCue(text: string, end: number): Cue | null {
  const m = ADJECTIVE_NOUN_RE.exec(text.slice(end));
  if (!m) return null;
  const word = m[1]!;
  const start = end + m[0].length - word.length;
  for (const cue of findCues(word))
    if (cue.start === 0 && cue.end === word.length && cue.kind !== 'speakers')
      return { ...cue, start, end: start + word.length };
  return null;
}

function findCues(text: string): Cue[] {
  const cues: Cue[] = [];
  for (const [kind, re] of CUE_RES)
    for (const m of text.matchAll(re)) cues.push({ kind, start: m.index, end: m.index + m[0].length, text: m[0] });
  return cues.sort((a, b) => a.start - b.start);
}

/** Sentence starts: after «.», «;», «!», «?» followed by a capital (not after initials or «г.»). */
function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/[.;!?](?=\s+[«"(–-]?\s*\p{Lu})/gu)) {
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    if (m[0] === '.' && /(?:^|[\s.(])(?:\p{Lu}|г|д|ул|им|обл|пос|пр|с|т)$/u.test(before)) continue;
    starts.push(m.index + 1);
  }
  return starts;
}

export function sentenceAt(text: string, pos: number): { start: number; end: number } {
  const starts = sentenceStarts(text);
  let start = 0;
  let end = text.length;
  for (const s of starts) {
    if (s <= pos) start = s;
    else {
      end = s;
      break;
    }
  }
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /[\s.;]/.test(text[end - 1]!)) end -= 1;
  return { start, end };
}

/** The gap's text outside brackets and quoted names (an unclosed «(» or «« » hides the rest). */
function outsideParens(gap: string): string {
  let parens = 0;
  let quotes = 0;
  let out = '';
  for (let i = 0; i < gap.length; i += 1) {
    const ch = gap[i]!;
    if (ch === '(') parens += 1;
    else if (ch === ')') parens = Math.max(0, parens - 1);
    else if (ch === '«') quotes += 1;
    // Russian typography merges closing quotes («Администрация СЭЗ «Брест»): a lone » closes them all.
    else if (ch === '»') quotes = gap[i + 1] === '»' ? Math.max(0, quotes - 1) : 0;
    else if (parens === 0 && quotes === 0) out += ch;
  }
  return out;
}

/** Prepositions after which a noun no longer belongs to the cue («консул … в Бонне», «компаний на рынок»). */
const BREAKING_PREPOSITIONS = new Set([
  'в',
  'во',
  'на',
  'с',
  'со',
  'к',
  'ко',
  'о',
  'об',
  'для',
  'при',
  'за',
  'через',
  'у',
  'между',
  'под',
  'над',
  'после',
  'до',
]);

/**
 * The cue's noun phrase reaches across `gap` (genitives, names, brackets, «и», «из», «по»); `tail`, the
 * part after the previous mention of a list, is what the length limit counts.
 */
function joins(gap: string, cue: Cue, tail = gap): boolean {
  const outside = outsideParens(gap);
  if (/[,;:–—]|\s-\s/.test(outside)) return false;
  if ((outsideParens(tail).match(/\p{L}+/gu) ?? []).length > 8) return false;
  const words = outside.match(/\p{L}+/gu) ?? [];
  const lives = /^(?:прожива|живущ)/iu.test(cue.text);
  return words.every((w) => !BREAKING_PREPOSITIONS.has(w.toLowerCase()) || (lives && /^во?$/iu.test(w)));
}

const REGION_RE = /смоленск/iu;

/** The host or the region is named between the cue and the mention, not joined by «и»: the cue is theirs. */
function ownedByHost(gap: string, gapMentions: Mention[]): boolean {
  const host = gapMentions.some((m) => m.code === HOST_COUNTRY) || REGION_RE.test(gap);
  return host && !/(?:^|\s)и\s*$/u.test(gap);
}

/** Inside «…»: the name of an organisation or a title («Минский городской … колледж», «Белорусские машины»). */
function insideQuotes(text: string, pos: number): boolean {
  const open = text.lastIndexOf('«', pos);
  const close = text.lastIndexOf('»', pos);
  return open > close;
}

interface Found {
  code: string;
  role: CountryRole;
  evidence: Evidence;
}

function span(field: EvidenceField, text: string, start: number, end: number): Evidence {
  return { field, start, end, text: text.slice(start, end) };
}

/**
 * The role a cue gives: an organisation word or «представители» takes the role of the people or officials
 * it belongs to («учащиеся ГУО …», «студентов … (представители Республики Индия)»), else officials.
 */
function cueRole(text: string, cues: Cue[], index: number): { role: CueKind; from: Cue } {
  let k = index;
  let cue = cues[k]!;
  while (cue.kind === 'org' || cue.kind === 'generic') {
    const prev = cues[k - 1];
    if (!prev || !joins(text.slice(prev.end, cue.start), prev)) return { role: 'official', from: cue };
    k -= 1;
    cue = prev;
  }
  // «Студенты и преподаватели …»: the evidence starts at the first of the joined words of that kind.
  let from = cue;
  for (let j = k - 1; j >= 0; j -= 1) {
    const prev = cues[j]!;
    if (prev.kind !== cue.kind || !joins(text.slice(prev.end, from.start), prev)) break;
    from = prev;
  }
  return { role: cue.kind, from };
}

/** Words of a relation, not of participants: «сотрудничества между … организациями России и Беларуси». */
const RELATION_RE = /(?:сотрудничеств|взаимодейств|связ[иейя]|отношени|контакт)\p{L}*\s+(?:\p{L}+\s+){0,2}$/iu;

function rolesInField(field: EvidenceField, text: string, placeCountry: string | null): Found[] {
  const found: Found[] = [];
  const mentions = findMentions(text);
  const cues = findCues(text);
  // The cue that governed the previous mention, and where that mention ended (so a list continues it).
  type Governing = { cue: number; role: CueKind; from: Cue; after: number };
  let governing: Governing | null = null;
  for (const m of mentions) {
    if (m.code === HOST_COUNTRY) continue;
    const end = m.index + m.text.length;
    const mentionSpan = span(field, text, m.index, end);
    const context = (): void => {
      found.push({ code: m.code, role: 'context', evidence: mentionSpan });
    };
    if (field === 'place' && m.code === placeCountry) {
      found.push({ code: m.code, role: 'held', evidence: mentionSpan });
      continue;
    }
    if (m.quotedName || m.kind === 'alias' || insideQuotes(text, m.index)) {
      context();
      continue;
    }
    const sentence = sentenceAt(text, m.index);
    const noun = m.noun ? null : adjectiveNounCue(text, end);
    if (noun && !RELATION_RE.test(text.slice(sentence.start, m.index))) {
      const role: CueKind = noun.kind === 'people' ? 'people' : 'official';
      found.push({ code: m.code, role, evidence: span(field, text, m.index, noun.end) });
      continue;
    }
    const before = cues.filter((c) => c.start >= sentence.start && c.end <= m.index);
    const speakers = before.find((c) => c.kind === 'speakers');
    if (speakers) {
      found.push({ code: m.code, role: 'speakers', evidence: span(field, text, speakers.start, speakers.end) });
      found.push({ code: m.code, role: 'speakers', evidence: mentionSpan });
      continue;
    }
    const nearest = before[before.length - 1];
    if (!nearest) {
      governing = null;
      context();
      continue;
    }
    const index = cues.indexOf(nearest);
    const continued: Governing | null = governing !== null && governing.cue === index ? governing : null;
    const from = continued ? continued.after : nearest.end;
    const tail = text.slice(from, m.index);
    const gapMentions = mentions.filter((g) => g.index >= from && g.index < m.index);
    const relation = RELATION_RE.test(text.slice(sentence.start, nearest.start));
    if (relation || !joins(text.slice(nearest.end, m.index), nearest, tail) || ownedByHost(tail, gapMentions)) {
      governing = null;
      context();
      continue;
    }
    const { role, from: head }: { role: CueKind; from: Cue } = continued ?? cueRole(text, cues, index);
    governing = { cue: index, role, from: head, after: end };
    found.push({ code: m.code, role: role as CountryRole, evidence: span(field, text, head.start, end) });
  }
  return found;
}

// ---- Negotiations and agreements abroad ----------------------------------------------------------

const NEGOTIATION_RE = /(?<!\p{L})(?:переговор\p{L}*|встреч\p{L}*\s+с\s+(?:представител|руководств)\p{L}*)/giu;

// ---- Outcomes --------------------------------------------------------------------------------------

const AGREEMENT_RE =
  /(?<!\p{L})(?:(?:заключ|подпис)\p{L}*\s+(?:\p{L}+\s+){0,3}?(соглашени\p{L}*|меморандум\p{L}*)|(соглашени\p{L}*|меморандум\p{L}*)\s+(?:\p{L}+\s+){0,4}?(?:заключ|подпис)\p{L}*)/giu;
const ARRANGEMENT_RE =
  /(?<!\p{L})(?:достигнут\p{L}*\s+договор[её]нност\p{L}*|договор[её]нност\p{L}*\s+(?:\p{L}+\s+){0,2}?достигнут\p{L}*)/giu;
const COUNT_WORDS: Readonly<Record<string, number>> = {
  двумя: 2,
  двух: 2,
  два: 2,
  две: 2,
  тремя: 3,
  трех: 3,
  трёх: 3,
  три: 3,
  четырьмя: 4,
  четырех: 4,
  четырёх: 4,
  четыре: 4,
  пятью: 5,
  пяти: 5,
  пять: 5,
};
const ORG_START_RE = /(?<!\p{L})(?:ГУО?|ГУК|УП|ОАО|ООО|ЗАО|ПАО|АО|ОДО|РУП|ЧУП|АНО|ГБУ|ОГБУ|СОГБУ)\s+«/gu;

/** Organisation names «ООО «…»», «ГУ «Администрация СЭЗ «Брест»» (merged closing quotes allowed). */
export function organisationNames(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(ORG_START_RE)) {
    let depth = 0;
    let end = -1;
    for (let i = m.index + m[0].length - 1; i < text.length; i += 1) {
      const ch = text[i];
      if (ch === '«') depth += 1;
      else if (ch === '»') {
        depth -= 1;
        const next = text.slice(i + 1).match(/^\s*(\S)?/u)?.[1];
        if (depth === 0 || (text[i + 1] !== '»' && (next === undefined || !/\p{Lu}|«/u.test(next)))) {
          end = i + 1;
          break;
        }
      }
    }
    if (end > 0) names.push(text.slice(m.index, end).replace(/\s+/g, ' '));
  }
  return names;
}

/** 1 for a singular noun; for «соглашения» the number the sentence gives («с двумя организациями»), else null. */
function agreementCount(noun: string, sentence: string): number | null {
  if (/^(?:соглашени[еюи]|соглашением|меморандум(?:а|у|ом|е)?)$/iu.test(noun)) return 1;
  const digits = /(\d+)\s+(?:соглашени|меморандум)/iu.exec(sentence);
  if (digits) return Number(digits[1]);
  const words = /(?<!\p{L})(\p{L}+)\s+(?:соглашени|меморандум|организаци|сторон|предприяти|компани|учреждени)/giu;
  for (const m of sentence.matchAll(words)) {
    const n = COUNT_WORDS[m[1]!.toLowerCase()];
    if (n) return n;
  }
  return null;
}

function outcomesOf(field: EvidenceField, text: string): Outcome[] {
  const out: Outcome[] = [];
  const seen = new Set<number>();
  for (const m of text.matchAll(AGREEMENT_RE)) {
    const s = sentenceAt(text, m.index);
    if (seen.has(s.start)) continue;
    seen.add(s.start);
    const sentence = text.slice(s.start, s.end);
    const noun = (m[1] ?? m[2] ?? '').toLowerCase();
    out.push({
      kind: 'agreement',
      count: agreementCount(noun, sentence),
      parties: organisationNames(sentence),
      evidence: span(field, text, s.start, s.end),
    });
  }
  for (const m of text.matchAll(ARRANGEMENT_RE)) {
    const s = sentenceAt(text, m.index);
    if (seen.has(s.start)) continue;
    seen.add(s.start);
    out.push({ kind: 'arrangement', count: null, parties: [], evidence: span(field, text, s.start, s.end) });
  }
  return out.sort((a, b) => a.evidence.start - b.evidence.start);
}

// ---- Stated country counts and foreign participants ---------------------------------------------

const COUNTRIES_STATED_RE =
  /(?<!\p{L})(?:(?:представител|участник|делегаци|спикер)\p{L}*\s+)?(?:(более|свыше|не менее)\s+)?(\d+)\s+(?:стран|государств)(?!\p{L})/giu;

function countriesStatedIn(fields: RoleFields): CountriesStated | null {
  let best: CountriesStated | null = null;
  for (const field of ['participants', 'description', 'title'] as const) {
    const text = fields[field];
    for (const m of text.matchAll(COUNTRIES_STATED_RE)) {
      const word = (m[1] ?? '').toLowerCase();
      const qualifier = word === '' ? 'exact' : word === 'не менее' ? 'atLeast' : 'moreThan';
      const stated: CountriesStated = {
        count: Number(m[2]),
        qualifier,
        evidence: span(field, text, m.index, m.index + m[0].length),
      };
      if (!best || statedLowerBound(stated) > statedLowerBound(best)) best = stated;
    }
  }
  return best;
}

const FOREIGN_WORD_RE = /иностран|зарубеж/iu;
const GROUP_COUNT_RE = /^\)?\s*\((\d[\d\s]*)\s+(?:человек|чел\.|участник\p{L}*)\)/u;
const TOTAL_RE = /(\d[\d\s]*\d|\d)\s*(?:человек|участник\p{L}*)/gu;

function foreignParticipantsOf(input: RoleInput, found: Found[]): ForeignParticipants | null {
  const text = input.fields.participants;
  const { count, unit, foreignCount } = input.participants;
  if (foreignCount !== null) {
    const evidence: Evidence[] = [];
    for (const m of text.matchAll(/[^,;\n]+/gu)) {
      if (FOREIGN_WORD_RE.test(m[0]) && /\d/.test(m[0])) {
        const lead = m[0].length - m[0].trimStart().length;
        evidence.push(span('participants', text, m.index + lead, m.index + m[0].trimEnd().length));
      }
    }
    if (evidence.length === 0) evidence.push(span('participants', text, 0, text.length));
    return { count: foreignCount, basis: 'stated', evidence };
  }
  const inCell = found.filter((f) => f.evidence.field === 'participants' && f.role !== 'context');
  // A foreign group followed by its number: «соотечественники, проживающие в Германии (58 человек)».
  let sum = 0;
  const evidence: Evidence[] = [];
  for (const f of inCell) {
    if (f.role !== 'people') continue;
    const g = GROUP_COUNT_RE.exec(text.slice(f.evidence.end));
    if (!g) continue;
    sum += Number(g[1]!.replace(/\s/g, ''));
    const close = text.indexOf(')', f.evidence.end + (g[0].startsWith(')') ? 1 : 0));
    evidence.push(span('participants', text, f.evidence.start, close + 1));
  }
  if (evidence.length > 0) return { count: sum, basis: 'derived', evidence };
  // A cell that names only foreign groups: its total is foreign.
  const hostNamed = REGION_RE.test(text) || findMentions(text).some((m) => m.code === HOST_COUNTRY);
  if (count !== null && unit === 'people' && !hostNamed && inCell.length > 0) {
    const totals = [...text.matchAll(TOTAL_RE)];
    const total = totals[totals.length - 1];
    const ev = inCell.map((f) => f.evidence);
    if (total) ev.push(span('participants', text, total.index, total.index + total[0].length));
    return { count, basis: 'derived', evidence: ev };
  }
  return null;
}

// ---- The event ---------------------------------------------------------------------------------------

function contains(a: Evidence, b: Evidence): boolean {
  return a.field === b.field && a.start <= b.start && b.end <= a.end;
}

/** Adds a span unless one already covers it; drops the ones it covers. Keeps them in field, then text order. */
function addEvidence(list: Evidence[], e: Evidence): Evidence[] {
  if (list.some((x) => contains(x, e))) return list;
  return [...list.filter((x) => !contains(e, x)), e].sort(
    (a, b) => FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field) || a.start - b.start,
  );
}

export function eventFacts(input: RoleInput): EventFacts {
  const { fields, placeCountry } = input;
  const found: Found[] = FIELDS.flatMap((f) => rolesInField(f, fields[f], placeCountry));
  if (placeCountry !== null && placeCountry !== HOST_COUNTRY)
    for (const field of ['title', 'description'] as const) {
      const text = fields[field];
      for (const m of [...text.matchAll(NEGOTIATION_RE), ...text.matchAll(AGREEMENT_RE)]) {
        const s = sentenceAt(text, m.index);
        found.push({ code: placeCountry, role: 'official', evidence: span(field, text, s.start, s.end) });
      }
    }
  const byKey = new Map<string, CountryRoleEntry>();
  for (const f of found) {
    const key = `${f.code} ${f.role}`;
    const entry = byKey.get(key) ?? { code: f.code, role: f.role, evidence: [] };
    byKey.set(key, { ...entry, evidence: addEvidence(entry.evidence, f.evidence) });
  }
  const order = (r: CountryRole) => COUNTING_ROLES.indexOf(r) + (r === 'context' ? 99 : 0);
  const countryRoles = [...byKey.values()].sort((a, b) =>
    a.code === b.code ? order(a.role) - order(b.role) : a.code < b.code ? -1 : 1,
  );
  const countries = [...new Set(countryRoles.filter((r) => r.role !== 'context').map((r) => r.code))].sort();
  return {
    countries,
    countryRoles,
    countriesStated: countriesStatedIn(fields),
    foreignParticipants: foreignParticipantsOf(input, found),
    outcomes: outcomesOf('description', fields.description),
  };
}
