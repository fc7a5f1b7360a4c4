// Recognition forms generated for every country of the registry: each name (short, official, the
// i18n-iso-countries alternatives) in all six cases, matched case-sensitively (as proper names are
// written, and in capitals). The hand forms of gazetteer-data.ts (adjectives, people, abbreviations,
// cities) come first and win; a form two countries share is ambiguous and left out.
import { countryCodes, countryInfo } from '../domain/countries';
import { nameCases } from './declension';

/** Names the generated forms must not come from: ordinary words when capitalised at a sentence start. */
const SKIP_NAMES = new Set(['Того']);

/** Extra names used in Russian texts for a registry country (nominative; cases are generated). */
const EXTRA_NAMES: Record<string, string[]> = {
  CN: ['Китайская Народная Республика'],
  KP: ['Северная Корея'],
  KR: ['Южная Корея'],
  MD: ['Молдавия'],
  TM: ['Туркмения'],
  TG: ['Тоголезская Республика'],
  CD: ['Демократическая Республика Конго'],
  MK: ['Македония'],
  CZ: ['Чехия'],
  GB: ['Соединённое Королевство', 'Англия'],
  US: ['Соединённые Штаты'],
  XP: ['Приднестровье', 'ПМР'],
  PG: ['Папуа-Новая Гвинея', 'Новая Гвинея'],
  BQ: ['Бонэйр', 'Синт-Эстатиус'],
  SH: ['Остров Святой Елены', 'Острова Святой Елены'],
};

/** Every generated form → its code; ambiguous forms (two codes) are dropped. */
export function registryForms(): Map<string, string> {
  const forms = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const code of countryCodes()) {
    const info = countryInfo(code);
    if (!info) continue;
    const names = new Set([info.short, info.official, ...(EXTRA_NAMES[code] ?? [])]);
    for (const name of names) {
      if (SKIP_NAMES.has(name) || name.includes('(')) continue;
      for (const form of nameCases(name.replace(/ё/g, 'е').replace(/Ё/g, 'Е'))) {
        for (const variant of [form, form.toUpperCase()]) {
          const other = forms.get(variant);
          if (other !== undefined && other !== code) ambiguous.add(variant);
          else forms.set(variant, code);
        }
      }
    }
  }
  for (const form of ambiguous) forms.delete(form);
  return forms;
}
