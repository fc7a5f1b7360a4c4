// @vitest-environment node
// The one country registry and the gazetteer agree: the registry lists every ISO 3166-1 country
// (from i18n-iso-countries) plus the documented user-assigned codes, and every code the gazetteer can
// emit is in it, so every screen can name what the ingest recognised.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import codes from 'i18n-iso-countries/codes.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { countryCodes, countryInfo, countryNames } from '../domain/countries';
import { registryDataSource } from './country-registry-source';
import { nameCases } from './declension';
import { findMentions, partnerCountries } from './gazetteer';
import { CITIES, COUNTRIES } from './gazetteer-data';
import { registryForms } from './gazetteer-registry';

describe('country registry', () => {
  it('the committed data file is what the generator writes (run `npx tsx src/ingest/country-registry-source.ts`)', () =>
    expect(readFileSync(resolve(import.meta.dirname, '../domain/country-registry.data.ts'), 'utf8')).toBe(
      registryDataSource(),
    ));
  it('every ISO 3166-1 code, with its numeric code, and the user-assigned XA, XO, XP', () => {
    // codes.json also lists XK (Kosovo), which is not an ISO 3166-1 code.
    const iso = (codes as string[][]).filter(([a2]) => a2 !== 'XK').map(([a2, , num]) => [a2, num] as const);
    expect(iso.length).toBeGreaterThanOrEqual(249);
    for (const [a2, num] of iso) expect(countryInfo(a2 as string)?.numeric, a2).toBe(num);
    expect(countryCodes().filter((c) => !iso.some(([a2]) => a2 === c))).toEqual(['XA', 'XO', 'XP']);
    expect(countryInfo('XA')).toMatchObject({ short: 'Абхазия', numeric: null });
  });
  it.each([
    ['BY', 'Беларусь', 'Республики Беларусь'],
    ['FR', 'Франция', 'Французской Республики'],
    ['ES', 'Испания', 'Королевства Испания'],
    ['GB', 'Великобритания', 'Соединённого Королевства Великобритании и Северной Ирландии'],
    ['US', 'США', 'Соединённых Штатов Америки'],
    ['NL', 'Нидерланды', 'Королевства Нидерландов'],
    ['PH', 'Филиппины', 'Республики Филиппины'],
    ['JO', 'Иордания', 'Иорданского Хашимитского Королевства'],
    ['LA', 'Лаос', 'Лаосской Народно-Демократической Республики'],
    ['MX', 'Мексика', 'Мексиканских Соединённых Штатов'],
    ['NZ', 'Новая Зеландия', 'Новой Зеландии'],
    ['LK', 'Шри-Ланка', 'Демократической Социалистической Республики Шри-Ланка'],
    ['GW', 'Гвинея-Бисау', 'Гвинеи-Бисау'],
    ['MH', 'Маршалловы Острова', 'Маршалловых Островов'],
    ['CK', 'Острова Кука', 'Островов Кука'],
    ['PG', 'Папуа — Новая Гвинея', 'Папуа — Новой Гвинеи'],
    ['BA', 'Босния и Герцеговина', 'Боснии и Герцеговины'],
    ['TT', 'Тринидад и Тобаго', 'Тринидада и Тобаго'],
    ['CI', 'Кот-д’Ивуар', 'Кот-д’Ивуара'],
    ['PE', 'Перу', 'Перу'],
    ['MV', 'Мальдивы', 'Мальдив'],
    ['TL', 'Восточный Тимор', 'Восточного Тимора'],
    ['MU', 'Маврикий', 'Маврикия'],
    ['XO', 'Южная Осетия', 'Республики Южная Осетия'],
  ])('%s: «%s», genitive «%s» (checked by hand)', (code, short, genitive) =>
    expect([countryNames(code).short, countryNames(code).genitive]).toEqual([short, genitive]),
  );
});

describe('declension of names', () => {
  it.each([
    ['Египет', ['Египет', 'Египта', 'Египту', 'Египет', 'Египтом', 'Египте']],
    ['Польша', ['Польша', 'Польши', 'Польше', 'Польшу', 'Польшей', 'Польше']],
    ['Южная Корея', ['Южная Корея', 'Южной Кореи', 'Южной Корее', 'Южную Корею', 'Южной Кореей', 'Южной Корее']],
    ['Израиль', ['Израиль', 'Израиля', 'Израилю', 'Израиль', 'Израилем', 'Израиле']],
    [
      'Республика Корея',
      [
        'Республика Корея',
        'Республики Корея',
        'Республике Корея',
        'Республику Корея',
        'Республикой Корея',
        'Республике Корея',
      ],
    ],
    ['Чили', ['Чили', 'Чили', 'Чили', 'Чили', 'Чили', 'Чили']],
  ])('%s', (name, cases) => expect(nameCases(name)).toEqual(cases));
});

describe('gazetteer', () => {
  it('every code it can emit is in the registry (hand forms, cities and generated forms)', () => {
    const emitted = new Set([
      ...COUNTRIES.map((c) => c.code),
      ...CITIES.map((c) => c.code),
      ...registryForms().values(),
    ]);
    const known = new Set(countryCodes());
    expect([...emitted].filter((c) => !known.has(c))).toEqual([]);
  });
  it('covers every registry country by its short name in the genitive («делегация из …»)', () => {
    const missing: string[] = [];
    for (const code of countryCodes()) {
      const { short } = countryNames(code);
      if (short === 'Того' || short.includes('(') || code === 'RU') continue;
      const text = `Делегация из ${nameCases(short.replace(/ё/g, 'е'))[1]} приняла участие`;
      if (!partnerCountries([text]).includes(code)) missing.push(`${code} ${short}`);
    }
    expect(missing).toEqual([]);
  });
  it.each([
    ['визит в Республику Абхазия', ['XA']],
    ['делегация Южной Осетии', ['XO']],
    ['делегация Приднестровской Молдавской Республики', ['XP']],
    ['артисты из Тирасполя и Кишинева', ['MD', 'XP']],
    ['студенты из Северной Осетии', []],
    ['Королевство Испания и Французская Республика', ['ES', 'FR']],
    ['гости из Никарагуа, Перу и с Маврикия', ['MU', 'NI', 'PE']],
    ['в Экваториальной Гвинее и Гвинее-Бисау', ['GQ', 'GW']],
    ['того же дня делегация прибыла', []],
  ])('«%s» → %j', (text, expected) => expect(partnerCountries([text])).toEqual(expected));
  it('mentions keep their position and text (for the role evidence to come)', () =>
    expect(findMentions('визит в Королевство Таиланд').map((m) => [m.code, m.text, m.index])).toEqual([
      ['TH', 'Королевство Таиланд', 8],
    ]));
});
