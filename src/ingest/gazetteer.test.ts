// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CITIES, COUNTRIES } from './gazetteer-data';
import { expandForms, findMentions, lookupCity, partnerCountries, resolvePlace } from './gazetteer';

const codes = (text: string) => partnerCountries([text]);

describe('gazetteer data', () => {
  it('uses ISO alpha-2 codes only', () => {
    for (const c of COUNTRIES) expect(c.code).toMatch(/^[A-Z]{2}$/);
    for (const c of CITIES) expect(c.code).toMatch(/^[A-Z]{2}$/);
  });
  it('expands the stem|ending notation', () => {
    expect(expandForms('Казахстан||а|у|ом|е')).toEqual([
      'Казахстан',
      'Казахстана',
      'Казахстану',
      'Казахстаном',
      'Казахстане',
    ]);
    expect(expandForms('Республика Беларусь')).toEqual(['Республика Беларусь']);
  });
});

describe('partnerCountries — case and adjective forms', () => {
  it.each([
    ['Республика Беларусь', 'BY'],
    ['делегации Республики Беларусь', 'BY'],
    ['с белорусской национальной культурой', 'BY'],
    ['возможность сотрудничества с белорусскими предприятиями', 'BY'],
    ['Народные ремесла Беларуси', 'BY'],
    ['Казахстан', 'KZ'],
    ['на рынок Казахстана', 'KZ'],
    ['Китайской Народной Республики', 'CN'],
    ['КНР', 'CN'],
    ['Индия', 'IN'],
    ['представители Республики Индия', 'IN'],
    ['в Индии', 'IN'],
    ['ОАЭ', 'AE'],
    ['Посол Объединенных Арабских Эмиратов', 'AE'],
    ['Объединённых Арабских Эмиратов', 'AE'],
    ['проживающие в Германии', 'DE'],
    ['(ФРГ)', 'DE'],
    ['ЮАР', 'ZA'],
    ['Южно-Африканской Республики', 'ZA'],
    ['Киргизской Республики', 'KG'],
    ['Кыргызстана', 'KG'],
    ['Узбекистан', 'UZ'],
    ['Таджикистаном', 'TJ'],
    ['Армения', 'AM'],
    ['Азербайджана', 'AZ'],
    ['Молдовы', 'MD'],
    ['Сербией', 'RS'],
    ['Турции', 'TR'],
    ['Ирана', 'IR'],
    ['Вьетнама', 'VN'],
    ['Монголии', 'MN'],
    ['Египта', 'EG'],
    ['Бразилии', 'BR'],
    ['Республики Куба', 'CU'],
    ['Китая', 'CN'],
  ])('%s → %s', (text, code) => expect(codes(text)).toEqual([code]));

  it.each([
    ['г. Минск', 'BY'],
    ['Могилевской области', 'BY'],
    ['Гомель', 'BY'],
    ['в г. Бресте', 'BY'],
    ['Витебского областного исполнительного комитета', 'BY'],
    ['Гродненской области', 'BY'],
    ['г. Полоцк', 'BY'],
    ['г. Солигорск', 'BY'],
    ['г. Оршей', 'BY'],
    ['Алматы', 'KZ'],
    ['Астана', 'KZ'],
    ['Ташкента', 'UZ'],
    ['Бишкек', 'KG'],
    ['Пекина', 'CN'],
    ['Шанхае', 'CN'],
    ['Ереван', 'AM'],
    ['Баку', 'AZ'],
    ['Душанбе', 'TJ'],
    ['в Бонне', 'DE'],
  ])('city %s → %s', (text, code) => expect(codes(text)).toEqual([code]));

  it('Russia is never a partner', () => {
    expect(codes('Российской Федерации, России, российских, РФ, г. Москва, Смоленской области')).toEqual([]);
  });
  it('whole words only: «Беларуськалий» is a company, «Индиана» is not India', () => {
    expect(codes('ОАО «Беларуськалий»')).toEqual([]);
    expect(codes('штат Индиана')).toEqual([]);
  });
  it('a quoted proper name is not the country: the road М-1 «Беларусь» (row 13)', () => {
    expect(codes('автодороги М-1 «Беларусь», примыкающей к зоне')).toEqual([]);
    expect(codes('гостиница «Казахстан»')).toEqual([]);
  });
  it('Union State institutions count as Belarus (decision documented in gazetteer.ts)', () => {
    expect(codes('проекта Союзного государства')).toEqual(['BY']);
    expect(codes('Парламентского Собрания Союза Беларуси и России')).toEqual(['BY']);
  });
  it('case-sensitive names do not fire on common words', () => {
    expect(codes('объем куба воды')).toEqual([]);
    expect(codes('Республика Куба')).toEqual(['CU']);
  });
  it('several countries, sorted', () =>
    expect(
      codes(
        'граждан Китайской Народной Республики, Республики Индия, Южно-Африканской Республики, Республики Казахстан, Киргизской Республики, Республики Беларусь',
      ),
    ).toEqual(['BY', 'CN', 'IN', 'KG', 'KZ', 'ZA']));
  it('finds mentions with their positions', () => {
    const m = findMentions('Визит в г. Минск (Республика Беларусь)');
    expect(m.map((x) => [x.text, x.code, x.kind])).toEqual([
      ['Минск', 'BY', 'city'],
      ['Республика Беларусь', 'BY', 'country'], // the official name is one mention (generated registry forms)
    ]);
  });
});

describe('resolvePlace', () => {
  it.each([
    ['г. Брест,\nРеспублика Беларусь', 'Брест', 'BY'],
    ['г. Москва, Посольство Объединенных Арабских Эмиратов в Российской Федерации', 'Москва', 'RU'],
    ['г. Смоленск, региональный центр «Мой бизнес» (ул. Тенишевой, д. 15)', 'Смоленск', 'RU'],
    ['г. Алматы, Республика Казахстан', 'Алматы', 'KZ'],
    ['г. Солигорск, Минская область, Республика Беларусь', 'Солигорск', 'BY'],
    ['г. Уфа', 'Уфа', 'RU'],
    ['г. Десногорск, Смоленская область, центр информации', 'Десногорск', 'RU'],
    [
      'ГУО «Минский городской институт развития образования» (Республика Беларусь) (в дистанционном формате)',
      null,
      'BY',
    ],
    ['муниципальное образование «Починковский муниципальный округ» Смоленской области', null, 'RU'],
    ['В дистанционном формате', null, null],
    ['В режиме видеоконференцсвязи (на площадке Постоянного Комитета Союзного государства)', null, null],
    ['г. Нижний Новгород', 'Нижний Новгород', 'RU'],
    ['Ташкент, Узбекистан', 'Ташкент', 'UZ'],
    ['г. Хошимин, Социалистическая Республика Вьетнам', 'Хошимин', 'VN'],
  ])('%s → %s, %s', (raw, city, country) => {
    const r = resolvePlace(raw);
    expect([r.city, r.countryCode]).toEqual([city, country]);
  });
  it('an unknown city without a country is flagged', () => {
    expect(resolvePlace('г. Нью-Васюки')).toEqual({ city: 'Нью-Васюки', countryCode: null, unknownCity: 'Нью-Васюки' });
  });
  it('lookupCity maps inflected forms to the canonical name', () => {
    expect(lookupCity('Минске')).toEqual({ name: 'Минск', code: 'BY' });
    expect(lookupCity('Могилёва')).toEqual({ name: 'Могилев', code: 'BY' });
    expect(lookupCity('Неизвестно')).toBeNull();
  });
});
