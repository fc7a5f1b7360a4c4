// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseParticipants } from './participants';

const pick = (raw: string) => {
  const { count, qualifier, unit, foreignCount } = parseParticipants(raw);
  return { count, qualifier, unit, foreignCount };
};

describe('parseParticipants — cells of the 2026-q1 report', () => {
  it('total wording (row 17)', () =>
    expect(
      pick(
        'Учащиеся ГУО «Минский городской педагогический колледж» (Республика Беларусь).\nОбщее количество участников – 120 человек',
      ),
    ).toEqual({
      count: 120,
      qualifier: 'exact',
      unit: 'people',
      foreignCount: null,
    }));
  it('«Более 1200 человек» is a lower bound; «12 стран» is not people (row 15)', () =>
    expect(
      pick(
        'Более 1200 человек – сотрудники Администрации Президента Российской Федерации.\nВ качестве спикеров участие принимали представители более 12 стран, включая граждан Китайской Народной Республики',
      ),
    ).toEqual({
      count: 1200,
      qualifier: 'atLeast',
      unit: 'people',
      foreignCount: null,
    }));
  it('«(58 человек)» (row 14)', () =>
    expect(pick('соотечественники, проживающие в Германии (58 человек)').count).toBe(58));
  it('«21 субъект малого и среднего предпринимательства» counts organizations (row 1)', () =>
    expect(pick('21 субъект малого и среднего предпринимательства Смоленской области')).toEqual({
      count: 21,
      qualifier: 'exact',
      unit: 'organizations',
      foreignCount: null,
    }));
  it('«5 000 человек, из которых … 20 человек – представители молодежи иностранных государств» (row 27)', () =>
    expect(
      pick(
        '5 000 человек, из которых 4 980 человек – представители молодежи Российской Федерации, 20 человек – представители молодежи иностранных государств',
      ),
    ).toEqual({
      count: 5000,
      qualifier: 'exact',
      unit: 'people',
      foreignCount: 20,
    }));
  it('«15 человек, из которых ⏎5 человек – иностранные граждане» (row 28)', () =>
    expect(pick('15 человек, из которых \n5 человек – иностранные граждане (Республика Индия)')).toMatchObject({
      count: 15,
      foreignCount: 5,
    }));
  it('«(в составе 2-х человек)» (row 34)', () =>
    expect(
      pick('Делегация Смоленской области во главе с заместителем председателя (в составе 2-х человек)').count,
    ).toBe(2));
  it('the total wins over a sub-count «(6 кадетов)» (row 22)', () =>
    expect(
      pick(
        'Обучающиеся ОГБОУИ «Смоленский фельдмаршала Кутузова кадетский корпус» \n(6 кадетов).\nОбщее количество участников – 120 человек',
      ).count,
    ).toBe(120));
  it('«13 участников, включая …» (row 18)', () =>
    expect(pick('13 участников, включая представителей Постоянного Комитета').count).toBe(13));
  it('«(8 участников)» (row 25)', () =>
    expect(pick('ГУ «Витебский пансионат на «Двине» (Республика Беларусь) (8 участников)').count).toBe(8));
  it('no number → null, never 0 (rows 29, 30)', () => {
    expect(pick('Команда Смоленской области')).toEqual({
      count: null,
      qualifier: null,
      unit: null,
      foreignCount: null,
    });
    expect(pick('')).toEqual({ count: null, qualifier: null, unit: null, foreignCount: null });
  });
  it('numbers that are not counts are ignored', () => {
    expect(
      pick('33-й международной выставке, автодорога М-1 «Беларусь», АЭС-2, АО «КОНЦЕРН ТИТАН-2»').count,
    ).toBeNull();
    expect(pick('26 марта 2026 года, ул. Тенишевой, д. 15').count).toBeNull();
    expect(pick('представители более 12 стран').count).toBeNull();
  });
});

describe('parseParticipants — other wordings', () => {
  it('«более 1200 участников, в том числе 20 иностранных»', () =>
    expect(pick('более 1200 участников, в том числе 20 иностранных')).toEqual({
      count: 1200,
      qualifier: 'atLeast',
      unit: 'people',
      foreignCount: 20,
    }));
  it('«свыше 300 человек»', () =>
    expect(pick('свыше 300 человек')).toMatchObject({ count: 300, qualifier: 'atLeast' }));
  it('«около 40 человек» stays exact with a problem noted', () => {
    const r = parseParticipants('около 40 человек');
    expect(r).toMatchObject({ count: 40, qualifier: 'exact' });
    expect(r.problems.join()).toMatch(/приблизительн/);
  });
  it('foreign-only count sets foreignCount too', () =>
    expect(pick('20 иностранных студентов')).toMatchObject({ count: 20, foreignCount: 20 }));
  it('independent counts are summed with a problem noted', () => {
    const r = parseParticipants('делегация (3 человека), артисты (12 человек)');
    expect(r.count).toBe(15);
    expect(r.problems.join()).toMatch(/сложением/);
  });
  it('people win over organizations', () =>
    expect(pick('5 организаций (17 человек)')).toMatchObject({ count: 17, unit: 'people' }));
  it('organizations wordings', () => {
    expect(pick('12 компаний-экспонентов')).toMatchObject({ count: 12, unit: 'organizations' });
    expect(pick('3 предприятия')).toMatchObject({ count: 3, unit: 'organizations' });
  });
  it('range keeps the lower bound as atLeast', () =>
    expect(pick('10–15 человек')).toMatchObject({ count: 10, qualifier: 'atLeast' }));
  it('total wording «Всего: 45 человек» wins', () => expect(pick('(5 человек) … Всего: 45 человек').count).toBe(45));
});

describe('parseParticipants — figures read silently wrong before', () => {
  const full = (raw: string) => parseParticipants(raw);
  it.each([
    ['более 1,5 тыс. человек', 1500, 'atLeast', null],
    ['2 тыс. участников', 2000, 'exact', null],
    ['сто человек', 100, 'exact', null],
    ['сто двадцать пять участников', 125, 'exact', null],
    ['300+ человек', 300, 'atLeast', null],
  ])('«%s» → %i %s', (raw, count, qualifier, foreignCount) =>
    expect(pick(raw)).toEqual({ count, qualifier, unit: 'people', foreignCount }),
  );
  it.each([
    ['300+', 300, 'atLeast'],
    ['свыше 50', 50, 'atLeast'],
    ['около 300', 300, 'exact'],
  ])(
    'a bare number «%s» is the participants count, with a warning that the unit was assumed',
    (raw, count, qualifier) => {
      const r = full(raw);
      expect(r).toMatchObject({ count, qualifier, unit: 'people' });
      expect(r.problems.join('\n')).toMatch(/единица не указана/);
    },
  );
  it('«около 300» also says the number is approximate', () =>
    expect(full('около 300').problems.join('\n')).toMatch(/приблизительное количество/));
  it('«50 (из них 10 иностранных)» is 50, of them 10 foreign (not a total of 10)', () =>
    expect(pick('50 (из них 10 иностранных)')).toEqual({
      count: 50,
      qualifier: 'exact',
      unit: 'people',
      foreignCount: 10,
    }));
  it('«2 делегации (по 10 человек)»: no total is stated → null, with warnings naming both numbers', () => {
    const r = full('2 делегации (по 10 человек)');
    expect(r.count).toBeNull();
    expect(r.problems.join('\n')).toMatch(/«по 10» — число на каждого/);
    expect(r.problems.join('\n')).toMatch(/не учтённые в подсчёте участников: «2 делегации»/);
  });
  it.each([
    ['представители более 12 стран', '«12 стран»'],
    ['Более 1200 человек; представители более 12 стран', '«12 стран»'],
    ['делегация (5 человек) в течение 3 дней', '«3 дней»'],
    ['ул. Тенишевой, д. 15', '«15»'],
  ])('a number the parser did not use always gets a warning: «%s» → %s', (raw, named) =>
    expect(full(raw).problems.join('\n')).toContain(`не учтённые в подсчёте участников: ${named}`),
  );
  it('names and codes with digits are not numbers: «М-1», «АЭС-2», «33-й», «Продэкспо-2026»', () =>
    expect(full('33-й выставке «Продэкспо-2026», автодорога М-1, АЭС-2').problems).toEqual([]));
  it('every number used → no warning', () =>
    expect(full('15 человек, из которых 5 человек – иностранные граждане').problems).toEqual([]));
});
