// What a data-quality warning is about, with its label. Kept apart from the zod schema so the screens
// that show warnings do not load zod before they need it (the first page validates nothing).
/** What a data-quality warning is about: a report column, or a report-level matter. */
export const WARNING_FIELDS = [
  'number',
  'sector',
  'title',
  'place',
  'dates',
  'description',
  'participants',
  'countries',
  'row',
  'structure',
  'period',
  'region',
  'notes',
] as const;
export type WarningField = (typeof WARNING_FIELDS)[number];

/**
 * The one Russian label of each warning field, for the quality page, event pages and the parser's own
 * messages (the column names are the report's: «Ячейка «место проведения» пустая»).
 */
export const WARNING_FIELD_LABELS: Readonly<Record<WarningField, string>> = {
  number: '№',
  sector: 'Направление',
  title: 'Наименование мероприятия',
  place: 'Место проведения',
  dates: 'Сроки проведения',
  description: 'Цель, содержание и результат',
  participants: 'Участники',
  countries: 'Страны',
  row: 'Строка таблицы',
  structure: 'Структура таблицы',
  period: 'Отчётный период',
  region: 'Регион',
  notes: 'Примечания',
};
