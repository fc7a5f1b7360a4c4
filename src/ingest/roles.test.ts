// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  GOLDEN_AGREEMENTS,
  GOLDEN_ARRANGEMENTS,
  GOLDEN_CONTEXT_ONLY,
  GOLDEN_COUNTRIES_STATED,
  GOLDEN_FOREIGN_PARTICIPANTS,
  GOLDEN_ROLES,
} from '../../test/support/golden-q1';
import { loadReport } from '../../test/support/raw-report';
import { EVIDENCE_FIELDS, type ReportEvent } from '../domain/report-schema';
import { statedLowerBound as lowerBound } from '../domain/involvement';
import { eventFacts, organisationNames, type RoleFields } from './roles';

const report = loadReport();

function facts(fields: Partial<RoleFields>, placeCountry: string | null = 'RU', count: number | null = null) {
  return eventFacts({
    fields: { title: '', place: '', description: '', participants: '', ...fields },
    placeCountry,
    participants: { count, unit: count === null ? null : 'people', foreignCount: null },
  });
}
const rolesOf = (f: ReturnType<typeof facts>) =>
  Object.fromEntries(
    [...new Set(f.countryRoles.map((r) => r.code))].map((c) => [
      c,
      f.countryRoles
        .filter((r) => r.code === c)
        .map((r) => r.role)
        .sort(),
    ]),
  );

describe('country roles of Q1 against the golden facts (counted by hand)', () => {
  it.each(report.events.map((e) => [e.number, e] as const))('row %i', (number, e: ReportEvent) => {
    const counting: Record<string, Record<string, true>> = {};
    for (const r of e.countryRoles) if (r.role !== 'context') (counting[r.code] ??= {})[r.role] = true;
    expect(counting).toEqual(GOLDEN_ROLES[number] ?? {});
    expect(e.countries).toEqual(Object.keys(GOLDEN_ROLES[number] ?? {}).sort());
    for (const code of GOLDEN_CONTEXT_ONLY[number] ?? [])
      expect(e.countryRoles.filter((r) => r.code === code).map((r) => r.role)).toEqual(['context']);
  });
  it('every evidence is the source text at its offsets', () => {
    for (const e of report.events) {
      const fieldText = (f: (typeof EVIDENCE_FIELDS)[number]) =>
        f === 'place' ? e.place.raw : f === 'participants' ? e.participants.raw : e[f];
      const all = [
        ...e.countryRoles.flatMap((r) => r.evidence),
        ...(e.countriesStated ? [e.countriesStated.evidence] : []),
        ...(e.foreignParticipants?.evidence ?? []),
        ...e.outcomes.map((o) => o.evidence),
      ];
      for (const ev of all) expect(fieldText(ev.field).slice(ev.start, ev.end)).toBe(ev.text);
    }
  });
  it('row 15 says «представители более 12 стран»: at least 13, and no other row states a number', () => {
    const stated = report.events.filter((e) => e.countriesStated !== null);
    expect(stated.map((e) => e.number)).toEqual([GOLDEN_COUNTRIES_STATED.row]);
    const s = stated[0]!.countriesStated!;
    expect([s.count, s.qualifier, s.evidence.text]).toEqual([
      GOLDEN_COUNTRIES_STATED.count,
      GOLDEN_COUNTRIES_STATED.qualifier,
      GOLDEN_COUNTRIES_STATED.words,
    ]);
    expect(lowerBound(s)).toBe(13);
  });
  it('foreign participants: stated in rows 27 and 28, derived in rows 14 and 17', () => {
    const got = Object.fromEntries(
      report.events.flatMap((e) =>
        e.foreignParticipants ? [[e.number, [e.foreignParticipants.basis, e.foreignParticipants.count]]] : [],
      ),
    );
    const expected = {
      ...Object.fromEntries(Object.entries(GOLDEN_FOREIGN_PARTICIPANTS.stated).map(([n, c]) => [n, ['stated', c]])),
      ...Object.fromEntries(Object.entries(GOLDEN_FOREIGN_PARTICIPANTS.derived).map(([n, c]) => [n, ['derived', c]])),
    };
    expect(got).toEqual(expected);
  });
  it('agreements (rows 7, 8) and arrangements (rows 3, 9, 10)', () => {
    const agreements = Object.fromEntries(
      report.events.flatMap((e) =>
        e.outcomes.filter((o) => o.kind === 'agreement').map((o) => [e.number, { count: o.count, parties: o.parties }]),
      ),
    );
    expect(agreements).toEqual(GOLDEN_AGREEMENTS);
    expect(report.events.filter((e) => e.outcomes.some((o) => o.kind === 'arrangement')).map((e) => e.number)).toEqual(
      GOLDEN_ARRANGEMENTS,
    );
  });
});

describe('role rules on sentences of their own', () => {
  it('an embassy in Moscow: officials of that country, held in Russia', () => {
    const f = facts({ place: 'г. Москва, Посольство Республики Беларусь в Российской Федерации' });
    expect(rolesOf(f)).toEqual({ BY: ['official'] });
    expect(f.countryRoles[0]!.evidence[0]!.text).toBe('Посольство Республики Беларусь');
  });
  it('a Russian consul stationed abroad, a road, the Union State, a market: only named', () => {
    const f = facts({
      participants: 'Генеральный консул Российской Федерации в Бонне (ФРГ)',
      description: 'расширение участка автодороги М-1 «Беларусь»; продвижение продукции на рынок Казахстана',
      title: 'Заседание Комиссии Парламентского Собрания Союза Беларуси и России',
    });
    expect(f.countries).toEqual([]);
    expect(rolesOf(f)).toEqual({ BY: ['context'], DE: ['context'], KZ: ['context'] });
  });
  it('held there: the place names the country', () => {
    expect(facts({ place: 'г. Ташкент, Республика Узбекистан' }, 'UZ').countries).toEqual(['UZ']);
    expect(rolesOf(facts({ place: 'г. Ташкент, Республика Узбекистан' }, 'UZ'))).toEqual({ UZ: ['held'] });
  });
  it('citizens, students, residents: people; officials of an organisation: official', () => {
    expect(rolesOf(facts({ participants: 'Студенты университетов Республики Армения' }))).toEqual({ AM: ['people'] });
    expect(rolesOf(facts({ participants: 'соотечественники, проживающие в Латвии (12 человек)' }))).toEqual({
      LV: ['people'],
    });
    expect(rolesOf(facts({ participants: 'Представители Министерства культуры Республики Сербия' }))).toEqual({
      RS: ['official'],
    });
    expect(rolesOf(facts({ description: 'Встречи с вьетнамскими партнерами' }))).toEqual({ VN: ['official'] });
  });
  it('speakers at a wider event, and «более N стран» as a lower bound', () => {
    const f = facts({ participants: 'Спикерами выступили представители более 20 стран, в том числе Китая и Индии' });
    expect(rolesOf(f)).toEqual({ CN: ['speakers'], IN: ['speakers'] });
    expect(
      f.countriesStated && [f.countriesStated.count, f.countriesStated.qualifier, lowerBound(f.countriesStated)],
    ).toEqual([20, 'moreThan', 21]);
    expect(facts({ participants: 'делегации 5 государств' }).countriesStated?.qualifier).toBe('exact');
  });
  it('foreign participants derived from a group with its number, or a cell of foreign groups only', () => {
    expect(
      facts({ participants: 'соотечественники, проживающие в Латвии (12 человек)' }, 'RU', 12).foreignParticipants,
    ).toMatchObject({
      count: 12,
      basis: 'derived',
    });
    expect(
      facts({ participants: 'Учащиеся колледжа Республики Беларусь. Всего 40 человек' }, 'RU', 40).foreignParticipants,
    ).toMatchObject({
      count: 40,
      basis: 'derived',
    });
    // A Russian party in the cell: the total is not all foreign.
    expect(
      facts(
        { participants: 'Учащиеся колледжа Республики Беларусь и школьники г. Смоленска. Всего 40 человек' },
        'RU',
        40,
      ).foreignParticipants,
    ).toBeNull();
  });
  it('agreements: count from the noun and the number words, parties from the names', () => {
    const one = facts({
      description: 'По итогам ООО «Альфа» и ГУ «Администрация СЭЗ «Брест» заключили соглашение о сотрудничестве',
    });
    expect(one.outcomes).toMatchObject([
      { kind: 'agreement', count: 1, parties: ['ООО «Альфа»', 'ГУ «Администрация СЭЗ «Брест»'] },
    ]);
    expect(facts({ description: 'Подписаны соглашения с тремя организациями.' }).outcomes[0]?.count).toBe(3);
    expect(facts({ description: 'Подписаны соглашения о сотрудничестве.' }).outcomes[0]?.count).toBeNull();
    expect(facts({ description: 'Достигнуты договоренности о новых встречах.' }).outcomes).toMatchObject([
      { kind: 'arrangement', count: null },
    ]);
    expect(organisationNames('УП «Гродненское отделение БелТПП» и ГУ «Администрация зоны «Гродноинвест».')).toEqual([
      'УП «Гродненское отделение БелТПП»',
      'ГУ «Администрация зоны «Гродноинвест»',
    ]);
  });
  it('negotiations and agreements at an event held abroad make that country an official party', () => {
    expect(rolesOf(facts({ description: 'Проведены переговоры с руководством компании.' }, 'KZ'))).toEqual({
      KZ: ['official'],
    });
    expect(facts({ description: 'Проведены переговоры с руководством компании.' }, 'RU').countries).toEqual([]);
  });
});
