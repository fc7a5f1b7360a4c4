// Source of the one country registry (src/domain/country-registry.data.ts): every ISO 3166-1 code with
// its numeric code and Russian short name from i18n-iso-countries, official names of the states that
// Russian official texts name by their full title, genitives generated (declension.ts) or given by
// hand, and the places without an ISO code that such texts treat as states (user-assigned codes).
// `npx tsx src/ingest/country-registry-source.ts` rewrites the data file; a test keeps them in sync.
import codes from 'i18n-iso-countries/codes.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import { nameCases } from './declension';

export interface HandNames {
  short?: string;
  official?: string;
  genitive?: string;
}

/**
 * Places with no ISO 3166-1 code that occur in Russian official texts as states. Codes from the range
 * ISO reserves for user assignment (XA–XZ), so they can never clash with a real code.
 */
export const NON_ISO: Record<string, Required<Pick<HandNames, 'short' | 'official'>> & HandNames> = {
  XA: { short: 'Абхазия', official: 'Республика Абхазия' },
  XO: { short: 'Южная Осетия', official: 'Республика Южная Осетия' },
  XP: { short: 'Приднестровье', official: 'Приднестровская Молдавская Республика' },
};

/** Codes i18n-iso-countries lists that are not ISO 3166-1 (Kosovo's XK is a user-assigned code too). */
const NOT_ISO = new Set(['XK']);

/** Hand names: the short form charts show, the official title, an irregular genitive. */
export const HAND: Record<string, HandNames> = {
  // The registry's first 26 entries, hand-checked before (kept verbatim).
  BY: { short: 'Беларусь', official: 'Республика Беларусь', genitive: 'Республики Беларусь' },
  KZ: { short: 'Казахстан', official: 'Республика Казахстан', genitive: 'Республики Казахстан' },
  CN: { short: 'Китай', official: 'Китайская Народная Республика', genitive: 'Китайской Народной Республики' },
  IN: { short: 'Индия', official: 'Республика Индия', genitive: 'Республики Индия' },
  AE: { short: 'ОАЭ', official: 'Объединённые Арабские Эмираты', genitive: 'Объединённых Арабских Эмиратов' },
  DE: { short: 'Германия', official: 'Федеративная Республика Германия', genitive: 'Федеративной Республики Германия' },
  ZA: { short: 'ЮАР', official: 'Южно-Африканская Республика', genitive: 'Южно-Африканской Республики' },
  KG: { short: 'Киргизия', official: 'Киргизская Республика', genitive: 'Киргизской Республики' },
  UZ: { short: 'Узбекистан', official: 'Республика Узбекистан', genitive: 'Республики Узбекистан' },
  TJ: { short: 'Таджикистан', official: 'Республика Таджикистан', genitive: 'Республики Таджикистан' },
  TM: { short: 'Туркменистан', official: 'Туркменистан', genitive: 'Туркменистана' },
  AM: { short: 'Армения', official: 'Республика Армения', genitive: 'Республики Армения' },
  AZ: { short: 'Азербайджан', official: 'Азербайджанская Республика', genitive: 'Азербайджанской Республики' },
  MD: { short: 'Молдова', official: 'Республика Молдова', genitive: 'Республики Молдова' },
  RS: { short: 'Сербия', official: 'Республика Сербия', genitive: 'Республики Сербия' },
  TR: { short: 'Турция', official: 'Турецкая Республика', genitive: 'Турецкой Республики' },
  IR: { short: 'Иран', official: 'Исламская Республика Иран', genitive: 'Исламской Республики Иран' },
  VN: {
    short: 'Вьетнам',
    official: 'Социалистическая Республика Вьетнам',
    genitive: 'Социалистической Республики Вьетнам',
  },
  MN: { short: 'Монголия', official: 'Монголия', genitive: 'Монголии' },
  EG: { short: 'Египет', official: 'Арабская Республика Египет', genitive: 'Арабской Республики Египет' },
  BR: { short: 'Бразилия', official: 'Федеративная Республика Бразилия', genitive: 'Федеративной Республики Бразилия' },
  CU: { short: 'Куба', official: 'Республика Куба', genitive: 'Республики Куба' },
  VE: {
    short: 'Венесуэла',
    official: 'Боливарианская Республика Венесуэла',
    genitive: 'Боливарианской Республики Венесуэла',
  },
  SA: {
    short: 'Саудовская Аравия',
    official: 'Королевство Саудовская Аравия',
    genitive: 'Королевства Саудовская Аравия',
  },
  KP: {
    short: 'КНДР',
    official: 'Корейская Народно-Демократическая Республика',
    genitive: 'Корейской Народно-Демократической Республики',
  },
  RU: { short: 'Россия', official: 'Российская Федерация', genitive: 'Российской Федерации' },
  // Official titles (genitives generated).
  AF: { official: 'Исламская Республика Афганистан' },
  AL: { official: 'Республика Албания' },
  DZ: { official: 'Алжирская Народная Демократическая Республика' },
  AO: { official: 'Республика Ангола' },
  AR: { official: 'Аргентинская Республика' },
  AU: { official: 'Австралийский Союз' },
  AT: { official: 'Австрийская Республика' },
  BH: { official: 'Королевство Бахрейн' },
  BD: { official: 'Народная Республика Бангладеш' },
  BE: { official: 'Королевство Бельгия' },
  BG: { official: 'Республика Болгария' },
  BO: { official: 'Многонациональное Государство Боливия' },
  BA: { official: 'Босния и Герцеговина' },
  GB: { official: 'Соединённое Королевство Великобритании и Северной Ирландии' },
  HU: { official: 'Венгрия' },
  GR: { official: 'Греческая Республика' },
  GE: { official: 'Грузия' },
  DK: { official: 'Королевство Дания' },
  IL: { official: 'Государство Израиль' },
  ID: { official: 'Республика Индонезия' },
  JO: { official: 'Иорданское Хашимитское Королевство' },
  IQ: { official: 'Республика Ирак' },
  ES: { official: 'Королевство Испания' },
  IT: { official: 'Итальянская Республика' },
  KH: { official: 'Королевство Камбоджа' },
  QA: { official: 'Государство Катар' },
  KE: { official: 'Республика Кения' },
  CY: { official: 'Республика Кипр' },
  CO: { official: 'Республика Колумбия' },
  CD: { short: 'ДР Конго' },
  KW: { official: 'Государство Кувейт' },
  LA: { official: 'Лаосская Народно-Демократическая Республика' },
  LV: { official: 'Латвийская Республика' },
  LB: { official: 'Ливанская Республика' },
  LY: { official: 'Государство Ливия' },
  LT: { official: 'Литовская Республика' },
  MY: { official: 'Малайзия' },
  MA: { official: 'Королевство Марокко' },
  MX: { official: 'Мексиканские Соединённые Штаты' },
  MZ: { official: 'Республика Мозамбик' },
  MM: { official: 'Республика Союз Мьянма' },
  NP: { official: 'Федеративная Демократическая Республика Непал' },
  NG: { official: 'Федеративная Республика Нигерия' },
  NL: { official: 'Королевство Нидерландов' },
  NI: { official: 'Республика Никарагуа' },
  NO: { official: 'Королевство Норвегия' },
  OM: { official: 'Султанат Оман' },
  PK: { official: 'Исламская Республика Пакистан' },
  PS: { short: 'Палестина', official: 'Государство Палестина' },
  PL: { official: 'Республика Польша' },
  PT: { official: 'Португальская Республика' },
  RO: { official: 'Румыния' },
  SG: { official: 'Республика Сингапур' },
  SY: { official: 'Сирийская Арабская Республика' },
  SK: { official: 'Словацкая Республика' },
  SI: { official: 'Республика Словения' },
  MK: { official: 'Республика Северная Македония' },
  SD: { official: 'Республика Судан' },
  US: { official: 'Соединённые Штаты Америки' },
  TH: { official: 'Королевство Таиланд' },
  TW: { short: 'Тайвань' },
  TZ: { official: 'Объединённая Республика Танзания' },
  TN: { official: 'Тунисская Республика' },
  UA: { official: 'Украина' },
  FI: { official: 'Финляндская Республика' },
  FR: { official: 'Французская Республика' },
  HR: { official: 'Республика Хорватия' },
  ME: { official: 'Черногория' },
  CZ: { official: 'Чешская Республика' },
  CL: { official: 'Республика Чили' },
  CH: { official: 'Швейцарская Конфедерация' },
  SE: { official: 'Королевство Швеция' },
  LK: { official: 'Демократическая Социалистическая Республика Шри-Ланка' },
  EC: { official: 'Республика Эквадор' },
  EE: { official: 'Эстонская Республика' },
  ET: { official: 'Федеративная Демократическая Республика Эфиопия' },
  EH: { short: 'Западная Сахара' },
  TF: { genitive: 'Французских Южных и Антарктических Территорий' },
  VC: { genitive: 'Сент-Винсента и Гренадин' },
  ZW: { official: 'Республика Зимбабве' },
  JP: { official: 'Япония' },
  KR: { official: 'Республика Корея' },
  PH: { official: 'Республика Филиппины' },
};

export interface RegistryRow {
  code: string;
  numeric: string | null;
  short: string;
  official: string;
  genitive: string;
}

function i18nName(code: string): string {
  const value = (ru.countries as Record<string, string | string[]>)[code];
  const name = Array.isArray(value) ? (value[0] ?? code) : (value ?? code);
  return name;
}

/** Every registry row, sorted by code. */
export function registryRows(): RegistryRow[] {
  const numeric = new Map((codes as string[][]).map(([alpha2, , num]) => [alpha2 ?? '', num ?? null] as const));
  const rows: RegistryRow[] = [];
  const all = [...Object.keys(ru.countries).filter((c) => !NOT_ISO.has(c)), ...Object.keys(NON_ISO)];
  for (const code of all) {
    const hand = { ...NON_ISO[code], ...HAND[code] };
    const short = hand.short ?? i18nName(code);
    const official = hand.official ?? short;
    rows.push({
      code,
      numeric: NON_ISO[code] ? null : (numeric.get(code) ?? null),
      short,
      official,
      genitive: hand.genitive ?? nameCases(official)[1],
    });
  }
  return rows.sort((a, b) => a.code.localeCompare(b.code));
}

/** The data file's text: one line per country, `CODE NUM short|official|genitive` («=» repeats). */
export function registryDataSource(): string {
  const lines = registryRows().map((r) => {
    const official = r.official === r.short ? '=' : r.official;
    return `${r.code} ${r.numeric ?? '---'} ${r.short}|${official}|${r.genitive}`;
  });
  return [
    '// Generated by `npx tsx src/ingest/country-registry-source.ts` from i18n-iso-countries (ISO 3166-1 codes,',
    '// numeric codes and Russian names) and the hand names there. Do not edit by hand.',
    '// One line per country: CODE NUMERIC short|official|genitive («=» — official is the short name).',
    `export const COUNTRY_DATA = \`${lines.join('\n')}\`;`,
    '',
  ].join('\n');
}

const isMain = process.argv[1] !== undefined && /country-registry-source\.[cm]?[jt]s$/.test(process.argv[1]);
if (isMain) {
  const { writeFileSync } = await import('node:fs');
  const target = new URL('../domain/country-registry.data.ts', import.meta.url);
  writeFileSync(target, registryDataSource());
  process.stdout.write(`${target.pathname}: ${registryRows().length} стран\n`);
}
