// Russian names for the fields a warning can point at (the ingest uses the schema's field names).
const LABELS: Record<string, string> = {
  number: 'Номер',
  sector: 'Сфера',
  title: 'Наименование',
  place: 'Место проведения',
  dates: 'Сроки',
  description: 'Цель и результат',
  participants: 'Участники',
  countries: 'Страны',
  structure: 'Структура таблицы',
  report: 'Отчёт',
  notes: 'Примечания',
};

export function warningFieldLabel(field: string): string {
  const root = field.split('.')[0] ?? field;
  return LABELS[root] ?? field;
}
