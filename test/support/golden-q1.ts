// Golden facts of Q1 2026, re-derived BY HAND from data/raw/smolensk-international-events-2026-q1.txt under
// the rules of src/domain/methodology.ts (the «Методика» on /quality). Independent of the code: numbers
// and row lists typed in, the source's words as comments. «CHANGED» marks a figure that differs from what
// the app showed before issue 14, and why.
import type { CountryRole } from '../../src/domain/methodology';

type Roles = Partial<Record<CountryRole, true>>;

/** Row → country → its roles other than «only named» (context). Rows not listed name no foreign country as a party. */
export const GOLDEN_ROLES: Readonly<Record<number, Readonly<Record<string, Roles>>>> = {
  // «Чрезвычайным и Полномочным Послом Объединенных Арабских Эмиратов» (met in the embassy in Moscow)
  3: { AE: { official: true } },
  // «г. Алматы, Республика Казахстан» (and «на рынок Казахстана», context)
  4: { KZ: { held: true } },
  // «г. Астана, Республика Казахстан»
  5: { KZ: { held: true } },
  // «г. Брест, Республика Беларусь»; «ГУ «Администрация СЭЗ «Брест» заключили соглашение»
  7: { BY: { held: true, official: true } },
  // «г. Гродно»; «подписаны соглашения … с двумя организациями: УП «Гродненское отделение БелТПП» и ГУ …»
  8: { BY: { held: true, official: true } },
  // «г. Солигорск, Минская область, Республика Беларусь»; «переговоры с представителем ОАО «Беларуськалий»»
  9: { BY: { held: true, official: true } },
  // «руководитель отделения Посольства Республики Беларусь … А.В. Андреев»; «с участием граждан Республики Беларусь»
  10: { BY: { official: true, people: true } },
  // «делегация Республики Беларусь во главе с заместителем председателя комитета экономики Витебского …»
  11: { BY: { official: true } },
  // «представители Китайской Народной Республики и Республики Беларусь»
  12: { BY: { official: true }, CN: { official: true } },
  // Row 13: CHANGED — no longer Belarus. «Комиссии Парламентского Собрания Союза Беларуси и России» in Ufa
  // and the road «М-1 «Беларусь»»: the only participant is the Smolensk minister → context only.
  // Row 14: «соотечественники, проживающие в Германии (58 человек)»; «Генеральный консул Российской
  // Федерации в Бонне (ФРГ)» is a Russian official → context. (Before: «с участием Германии» as a party.)
  14: { DE: { people: true } },
  // «В качестве спикеров участие принимали представители более 12 стран, включая граждан Китайской Народной
  // Республики, Республики Индия, Южно-Африканской Республики, Республики Казахстан, Киргизской Республики,
  // Республики Беларусь»
  15: {
    CN: { speakers: true },
    IN: { speakers: true },
    ZA: { speakers: true },
    KZ: { speakers: true },
    KG: { speakers: true },
    BY: { speakers: true },
  },
  // «Художники из Республики Беларусь»
  16: { BY: { people: true } },
  // «г. Минск, Республика Беларусь, учреждение «Государственный литературно-мемориальный музей Якуба Колоса»
  // (в дистанционном формате)»; «Учащиеся ГУО «Минский городской педагогический колледж» (Республика Беларусь)»
  17: { BY: { held: true, people: true } },
  // «Национального агентства по туризму Республики Беларусь» (the Union State bodies alone would be context)
  18: { BY: { official: true } },
  // «представителя государственного учреждения культуры «Республиканский центр национальных культур»
  // (г. Минск, Республика Беларусь)»
  19: { BY: { official: true } },
  // «школьники … Могилевской области Республики Беларусь»
  20: { BY: { people: true } },
  // «Студенты и преподаватели образовательных организаций … Республики Беларусь»
  21: { BY: { people: true } },
  // «г. Полоцк, Республика Беларусь»
  22: { BY: { held: true } },
  // «ГУО «Минский городской институт развития образования» (Республика Беларусь) (в дистанционном формате)»
  23: { BY: { held: true } },
  24: { BY: { held: true } },
  // «Визит сотрудников ГУ «Витебский пансионат на «Двине» (Республика Беларусь)»
  25: { BY: { official: true } },
  // «Представители Республики Беларусь»
  26: { BY: { official: true } },
  // Row 27: no country named («20 человек – представители молодежи иностранных государств»).
  // «иностранных студентов … (представители Республики Индия)»; «5 человек – иностранные граждане (Республика Индия)»
  28: { IN: { people: true } },
  // «г. Брест, Республика Беларусь»
  29: { BY: { held: true } },
  // «г. Минск, Республика Беларусь» (30, 31; 31 is «Чемпионат Республики Беларусь»)
  30: { BY: { held: true } },
  31: { BY: { held: true } },
  // «г. Минск»: a visit to Smolensk's own representation office, no Belarusian party named
  32: { BY: { held: true } },
  // «Чрезвычайным и Полномочным Послом Республики Беларусь» (held in Moscow)
  33: { BY: { official: true } },
  // «г. Астана, Республика Казахстан»
  34: { KZ: { held: true } },
};

/** Rows where a country is only named (context), and not a party. */
export const GOLDEN_CONTEXT_ONLY: Readonly<Record<number, readonly string[]>> = { 13: ['BY'] };

/** Events per country (any role but context). CHANGED: Belarus 24 → 23 (row 13 out). */
export const GOLDEN_COUNTRY_EVENTS: Readonly<Record<string, readonly number[]>> = {
  BY: [7, 8, 9, 10, 11, 12, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 29, 30, 31, 32, 33],
  KZ: [4, 5, 15, 34],
  CN: [12, 15],
  IN: [15, 28],
  AE: [3],
  DE: [14],
  ZA: [15],
  KG: [15],
};

/** Belarus by role (an event with several roles counts under each). */
export const GOLDEN_BELARUS_BY_ROLE: Readonly<Record<Exclude<CountryRole, 'context'>, readonly number[]>> = {
  held: [7, 8, 9, 17, 22, 23, 24, 29, 30, 31, 32],
  official: [7, 8, 9, 10, 11, 12, 18, 19, 25, 26, 33],
  people: [10, 16, 17, 20, 21],
  speakers: [15],
};

/**
 * Countries: 8 named. CHANGED wording: before «представители 8 стран»; row 15 says «представители более 12
 * стран», so the KPI reads «названо 8 стран; в одном мероприятии — представители более 12 стран».
 */
export const GOLDEN_NAMED_COUNTRIES = 8;
export const GOLDEN_COUNTRIES_STATED = {
  row: 15,
  count: 12,
  qualifier: 'moreThan',
  words: 'представители более 12 стран',
};

/**
 * Events with foreign participation or held abroad: 30 = all but 1, 2, 6, 13. The number is unchanged but
 * the rows CHANGED: row 27 is in (20 foreign participants stated, no country named), row 13 is out.
 */
export const GOLDEN_FOREIGN_EVENTS: readonly number[] = [
  3, 4, 5, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34,
];

/**
 * Foreign participants (citizens or residents of other countries). CHANGED: 25 → 203 in 4 events; before,
 * only the stated 25 («из них иностранцев (где указано): 25»).
 */
export const GOLDEN_FOREIGN_PARTICIPANTS = {
  stated: {
    27: 20, // «20 человек – представители молодежи иностранных государств»
    28: 5, // «5 человек – иностранные граждане (Республика Индия)»
  },
  derived: {
    14: 58, // «соотечественники, проживающие в Германии (58 человек)»: residents, not necessarily citizens
    17: 120, // all participants are pupils of a Minsk college: «Общее количество участников – 120 человек»
  },
  total: 203,
} as const;

/**
 * Participations: «не менее 6 778» is a sum over 16 events of people; rows 23 and 24 are the same 2 students
 * on the same day (24 March). Number unchanged; CHANGED wording: «участий», never «человек приняли участие».
 */
export const GOLDEN_PARTICIPATIONS = {
  sum: 6778,
  rows: [9, 14, 15, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 34],
  organisations: { sum: 34, rows: [1, 2, 4, 5, 6] },
  unstated: [3, 7, 8, 10, 11, 12, 13, 16, 29, 30, 31, 32, 33],
} as const;

/** Agreements signed: NEW figure, 3 in 2 events, all with Belarus. */
export const GOLDEN_AGREEMENTS: Readonly<Record<number, { count: number; parties: readonly string[] }>> = {
  // «ООО «Корпорация инвестиционного развития Смоленской области» и ГУ «Администрация СЭЗ «Брест» заключили
  // соглашение о сотрудничестве и взаимодействии»
  7: {
    count: 1,
    parties: ['ООО «Корпорация инвестиционного развития Смоленской области»', 'ГУ «Администрация СЭЗ «Брест»'],
  },
  // «подписаны соглашения о сотрудничестве и взаимодействии с двумя организациями: УП «Гродненское отделение
  // БелТПП» и ГУ «Администрация свободной экономической зоны «Гродноинвест»»
  8: {
    count: 2,
    parties: [
      'ООО «Корпорация инвестиционного развития Смоленской области»',
      'УП «Гродненское отделение БелТПП»',
      'ГУ «Администрация свободной экономической зоны «Гродноинвест»',
    ],
  },
};
export const GOLDEN_AGREEMENT_TOTAL = 3;

/** Arrangements reached («Достигнуты договоренности», row 10 «достигнута договоренность»): rows 3 (AE), 9, 10 (BY). */
export const GOLDEN_ARRANGEMENTS: readonly number[] = [3, 9, 10];

/** The 14 sector headings of the report (whole, as written) and the rows under each. */
export const GOLDEN_SECTORS: Readonly<Record<string, readonly number[]>> = {
  'Сотрудничество в сфере экономического развития': [1, 2, 3, 4, 5, 6],
  'Сотрудничество в сфере инвестиционного развития': [7, 8],
  'Сотрудничество в сфере промышленности и торговли': [9, 10, 11],
  'Сотрудничество в сфере сельского хозяйства': [12],
  'Сотрудничество в сфере транспорта и дорожного хозяйства': [13],
  'Сотрудничество в сфере труда и занятости населения': [14],
  'Сотрудничество в сфере цифрового развития': [15],
  'Сотрудничество в сфере культуры и туризма': [16, 17, 18, 19, 20],
  'Сотрудничество в сфере образования и науки': [21, 22, 23, 24],
  'Сотрудничество в социальной сфере': [25],
  'Сотрудничество в сфере здравоохранения': [26],
  'Сотрудничество в сфере молодежной политики и гражданско-патриотического воспитания': [27, 28],
  'Сотрудничество в сфере спорта': [29, 30, 31],
  'Общие направления сотрудничества': [32, 33, 34],
};
