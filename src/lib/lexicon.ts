// The Russian words the dashboard counts with, in one place: plural forms by case, agreement with a
// number (Intl.PluralRules), and the shortening of user-supplied text echoed back in notices.
import { formatNumber } from './format';
import { once } from './once';

/** [one, few, many]: «1 мероприятие», «3 мероприятия», «5 мероприятий». */
export type Forms = readonly [one: string, few: string, many: string];

export const FORMS = {
  event: ['мероприятие', 'мероприятия', 'мероприятий'],
  /** Genitive after «из», «для»: «из 21 мероприятия», «для 5 мероприятий». */
  eventGen: ['мероприятия', 'мероприятий', 'мероприятий'],
  /** Dative after «по»: «по 1 мероприятию», «по 5 мероприятиям». */
  eventDat: ['мероприятию', 'мероприятиям', 'мероприятиям'],
  /** Prepositional after «в»: «в 1 мероприятии», «в 5 мероприятиях». */
  eventPrep: ['мероприятии', 'мероприятиях', 'мероприятиях'],
  /** After «по» with a number: «по 1 мероприятию», «по 2 мероприятия», «по 5 мероприятий». */
  eventPo: ['мероприятию', 'мероприятия', 'мероприятий'],
  intlEvent: ['международное мероприятие', 'международных мероприятия', 'международных мероприятий'],
  people: ['человек', 'человека', 'человек'],
  /** After «не менее» the genitive: «не менее 21 человека», «не менее 1 200 человек». */
  peopleGen: ['человека', 'человек', 'человек'],
  organization: ['организация', 'организации', 'организаций'],
  organizationGen: ['организации', 'организаций', 'организаций'],
  country: ['страна', 'страны', 'стран'],
  /** «представители 1 страны», «представители 14 стран» */
  countryGen: ['страны', 'стран', 'стран'],
  partnerCountry: ['страна-партнёр', 'страны-партнёра', 'стран-партнёров'],
  sectorAcc: ['направление', 'направления', 'направлений'],
  /** «по 1 направлению», «по 14 направлениям» */
  sectorDat: ['направлению', 'направлениям', 'направлениям'],
  row: ['строка', 'строки', 'строк'],
  rowPrep: ['строке', 'строках', 'строках'],
  error: ['ошибка', 'ошибки', 'ошибок'],
  warning: ['замечание', 'замечания', 'замечаний'],
  /** A sum over events counts participations, not people: «6 778 участий». */
  participation: ['участие', 'участия', 'участий'],
  /** After «не менее»: «не менее 6 778 участий». */
  participationGen: ['участия', 'участий', 'участий'],
  agreement: ['соглашение', 'соглашения', 'соглашений'],
  agreementGen: ['соглашения', 'соглашений', 'соглашений'],
  arrangement: ['договорённость', 'договорённости', 'договорённостей'],
  /** The verb agreeing with a neuter count: «прошло 1 мероприятие», «прошли 5 мероприятий». */
  tookPlace: ['прошло', 'прошли', 'прошли'],
} as const satisfies Record<string, Forms>;

const plural = once(() => new Intl.PluralRules('ru-RU'));

/** The form of `forms` that agrees with n. */
export function pluralize(n: number, forms: Forms): string {
  const rule = plural().select(n);
  if (rule === 'one') return forms[0];
  if (rule === 'few') return forms[1];
  return forms[2];
}

/** «5 мероприятий» with ru-RU grouping. */
export function countOf(n: number, forms: Forms): string {
  return `${formatNumber(n)} ${pluralize(n, forms)}`;
}

/** «А», «А и Б», «А, Б и В». */
export function joinRu(items: readonly string[], conjunction = 'и'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** A user-supplied value echoed in a notice: at most `max` characters, then «…». */
export function shorten(value: string, max = 40): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}
