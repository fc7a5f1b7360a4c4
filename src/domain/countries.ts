// Display names of countries for the UI and press texts (the ingest gazetteer that *recognises*
// countries in the report lives in src/ingest/). Forms are the ones Russian official texts use.
export interface CountryNames {
  /** Short nominative, for charts and chips: «Беларусь». */
  short: string;
  /** Official nominative: «Республика Беларусь». */
  official: string;
  /** Official genitive, for «с участием …»: «Республики Беларусь». */
  genitive: string;
}

const NAMES: Record<string, CountryNames> = {
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
};

/** Names for a code; unknown codes fall back to the code itself so nothing disappears. */
export function countryNames(code: string): CountryNames {
  return NAMES[code] ?? { short: code, official: code, genitive: code };
}

export function isKnownCountry(code: string): boolean {
  return code in NAMES;
}

/** Regional-indicator flag emoji for an ISO alpha-2 code. */
export function countryFlag(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return '';
  return String.fromCodePoint(...[...code].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}
