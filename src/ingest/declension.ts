// Case forms of Russian country names, generated from the nominative (the i18n-iso-countries names):
// enough morphology for the names of states and territories — nouns by their ending, adjectives that
// agree with them, generic heads («Республика Корея» declines only «Республика»), indeclinable words.
// Used to build the gazetteer's forms and the registry's genitives. Pure.

/** Six cases in order: nominative, genitive, dative, accusative, instrumental, prepositional. */
export type Cases = [string, string, string, string, string, string];

/** Heads after which the rest of the name is an apposition that does not decline. */
const GENERIC_HEADS = new Set([
  'республика',
  'королевство',
  'государство',
  'княжество',
  'федерация',
  'конфедерация',
  'союз',
  'содружество',
  'султанат',
  'эмират',
  'остров',
  'острова',
  'территория',
  'территории',
]);

/** Plural names whose genitive drops the ending («Филиппины» → «Филиппин»); others take «-ов». */
const BARE_GENITIVE_PLURALS = new Set(['филиппины', 'багамы', 'мальдивы', 'коморы', 'бермуды', 'фареры', 'сейшелы']);

/** Feminine nouns in -ь. */
const FEMININE_SOFT = new Set(['беларусь', 'русь']);

const VELAR_SIBILANT = /[гкхжчшщ]$/;
const SIBILANT_C = /[жчшщц]$/;

/** Nouns the ending rules get wrong: neuter heads in -о, the plural «Острова», a fleeting vowel. */
const IRREGULAR: Record<string, Cases> = {
  острова: ['Острова', 'Островов', 'Островам', 'Острова', 'Островами', 'Островах'],
  египет: ['Египет', 'Египта', 'Египту', 'Египет', 'Египтом', 'Египте'],
  'гвинея-бисау': ['Гвинея-Бисау', 'Гвинеи-Бисау', 'Гвинее-Бисау', 'Гвинею-Бисау', 'Гвинеей-Бисау', 'Гвинее-Бисау'],
};
const NEUTER_O = new Set(['королевство', 'государство', 'княжество', 'содружество']);

function isAbbreviation(word: string): boolean {
  return /^[А-ЯЁA-Z]{2,6}$/.test(word);
}

function indeclinable(word: string): boolean {
  return isAbbreviation(word) || /[оеиуюэё]$/i.test(word) || /[аеиоуюяэ]а$/i.test(word) || /[a-z]/i.test(word);
}

function keepCase(model: string, form: string): string {
  return model === model.toUpperCase() && model.length > 1 ? form.toUpperCase() : form;
}

/** A noun's six forms by its ending. */
export function nounCases(word: string): Cases {
  const w = word.toLowerCase();
  const same: Cases = [word, word, word, word, word, word];
  const stem = (n: number) => word.slice(0, word.length - n);
  const f = (forms: string[]): Cases => forms.map((x) => keepCase(word, x)) as Cases;
  const irregular = IRREGULAR[w];
  if (irregular) return f(irregular.map((x, i) => (i === 0 ? word : word.charAt(0) + x.slice(1))));
  if (NEUTER_O.has(w)) return f([word, `${stem(1)}а`, `${stem(1)}у`, word, `${stem(1)}ом`, `${stem(1)}е`]);
  if (indeclinable(word)) return same;
  if (w.endsWith('ия')) return f([word, `${stem(1)}и`, `${stem(1)}и`, `${stem(1)}ю`, `${stem(1)}ей`, `${stem(1)}и`]);
  if (w.endsWith('я')) return f([word, `${stem(1)}и`, `${stem(1)}е`, `${stem(1)}ю`, `${stem(1)}ей`, `${stem(1)}е`]);
  if (w.endsWith('а')) {
    const s = stem(1);
    const gen = VELAR_SIBILANT.test(s.toLowerCase()) ? 'и' : 'ы';
    const ins = SIBILANT_C.test(s.toLowerCase()) ? 'ей' : 'ой';
    return f([word, s + gen, `${s}е`, `${s}у`, s + ins, `${s}е`]);
  }
  if (w.endsWith('ы') || w.endsWith('и')) {
    const s = stem(1);
    const gen = BARE_GENITIVE_PLURALS.has(w) ? s : `${s}ов`;
    return f([word, gen, `${s}ам`, word, `${s}ами`, `${s}ах`]);
  }
  if (w.endsWith('ь')) {
    const s = stem(1);
    if (FEMININE_SOFT.has(w)) return f([word, `${s}и`, `${s}и`, word, `${s}ью`, `${s}и`]);
    return f([word, `${s}я`, `${s}ю`, word, `${s}ем`, `${s}е`]);
  }
  if (w.endsWith('ий')) {
    const s = stem(2);
    return f([word, `${s}ия`, `${s}ию`, word, `${s}ием`, `${s}ии`]);
  }
  if (w.endsWith('й')) {
    const s = stem(1);
    return f([word, `${s}я`, `${s}ю`, word, `${s}ем`, `${s}е`]);
  }
  const ins = SIBILANT_C.test(w) ? 'ем' : 'ом';
  return f([word, `${word}а`, `${word}у`, word, word + ins, `${word}е`]);
}

const ADJ_RE = /(ая|яя|ое|ее|ый|ий|ой|ые|ие)$/i;
const POSSESSIVE_RE = /[оеи]вы$|ины$/i;

/** An adjective's six forms agreeing with a feminine, neuter, masculine or plural noun. */
export function adjectiveCases(word: string): Cases | null {
  const f0 = (forms: string[]): Cases => forms.map((x) => keepCase(word, x)) as Cases;
  // Possessive plurals: «Маршалловы (Острова)», «Соломоновы».
  if (/[оеи]вы$|ины$/i.test(word)) {
    const s = word.slice(0, -1);
    return f0([word, `${s}ых`, `${s}ым`, word, `${s}ыми`, `${s}ых`]);
  }
  const m = ADJ_RE.exec(word);
  if (!m) return null;
  const end = (m[1] ?? '').toLowerCase();
  const s = word.slice(0, word.length - end.length);
  const soft = VELAR_SIBILANT.test(s.toLowerCase()) || end === 'ий' || end === 'ие' || end === 'яя' || end === 'ее';
  const y = soft ? 'и' : 'ы';
  const f = (forms: string[]): Cases => forms.map((x) => keepCase(word, x)) as Cases;
  switch (end) {
    case 'ая':
    case 'яя':
      return f([word, `${s}ой`, `${s}ой`, `${s}ую`, `${s}ой`, `${s}ой`]);
    case 'ое':
    case 'ее':
      return f([word, `${s}ого`, `${s}ому`, word, `${s}${y}м`, `${s}ом`]);
    case 'ые':
    case 'ие':
      return f([word, `${s}${y}х`, `${s}${y}м`, word, `${s}${y}ми`, `${s}${y}х`]);
    default:
      return f([word, `${s}ого`, `${s}ому`, word, `${s}${y}м`, `${s}ом`]);
  }
}

/** A hyphenated word declines its last part («Шри-Ланка» → «Шри-Ланки»), or not at all. */
function wordCases(word: string, adjective: boolean): Cases {
  if (IRREGULAR[word.toLowerCase()]) return nounCases(word);
  if (word.includes('-') && !/^[^-]+-на-/.test(word)) {
    const i = word.lastIndexOf('-');
    const head = word.slice(0, i + 1);
    const last = word.slice(i + 1);
    if (/^д’/.test(last)) {
      const tail = nounCases(last.slice(2));
      return tail.map((t) => `${head}д’${t}`) as Cases;
    }
    const tail = adjective ? (adjectiveCases(last) ?? nounCases(last)) : nounCases(last);
    return tail.map((t) => head + t) as Cases;
  }
  if (adjective) {
    const a = adjectiveCases(word);
    if (a) return a;
  }
  return nounCases(word);
}

/**
 * The six case forms of a name: every word declines, adjectives agreeing; after a generic head
 * («Республика», «Королевство», «Острова» …) the rest is an apposition and stays; a part in
 * parentheses and conjunctions stay.
 */
export function nameCases(name: string): Cases {
  const tokens = name.split(/(\s+|\s*—\s*|\([^)]*\)|,)/).filter((t) => t !== '' && t !== undefined);
  const words = tokens.map((t) => (/^[\p{L}’-]+$/u.test(t) ? t : null));
  const headAt = words.findIndex((w) => w !== null && GENERIC_HEADS.has(w.toLowerCase()));
  const out: string[][] = [[], [], [], [], [], []];
  tokens.forEach((token, i) => {
    const word = words[i];
    let cases: Cases;
    if (word === null || word === undefined || word === 'и' || (headAt >= 0 && i > headAt))
      cases = [token, token, token, token, token, token];
    else {
      // A word is an adjective when a noun follows it (before a conjunction or the end).
      const next = words.slice(i + 1).find((w) => w !== null);
      const adjective =
        next !== undefined &&
        next !== 'и' &&
        (ADJ_RE.test(word) || POSSESSIVE_RE.test(word)) &&
        !(headAt >= 0 && i === headAt);
      cases = wordCases(word, adjective);
    }
    cases.forEach((c, k) => out[k]?.push(c));
  });
  return out.map((parts) => parts.join('')) as Cases;
}
