// Russian wording for data-validation problems, so an error screen reads «ожидалось число, получено
// строка» rather than zod's English or its mixed-language Russian locale. Messages written in the schema
// itself (report-schema.ts) take precedence over these.
import type { z } from 'zod';
import ru from 'zod/v4/locales/ru.js';

const TYPE_NAMES: Record<string, string> = {
  string: 'строка',
  number: 'число',
  int: 'целое число',
  boolean: 'логическое значение',
  array: 'массив',
  object: 'объект',
  null: 'null',
  undefined: 'значение отсутствует',
  nan: 'NaN',
  bigint: 'большое целое',
  date: 'дата',
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  return typeof value;
}

const name = (type: string) => TYPE_NAMES[type] ?? type;
const fallback = ru().localeError;

export const russianIssues: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return `ожидалось ${name(issue.expected)}, получено ${name(typeOf(issue.input))}`;
    case 'too_small': {
      const bound = `${issue.inclusive === false ? 'больше' : 'не меньше'} ${String(issue.minimum)}`;
      if (issue.origin === 'string') return `строка короче допустимого (нужно символов: ${bound})`;
      if (issue.origin === 'array') return `слишком мало элементов (нужно: ${bound})`;
      return `значение должно быть ${bound}`;
    }
    case 'too_big': {
      const bound = `${issue.inclusive === false ? 'меньше' : 'не больше'} ${String(issue.maximum)}`;
      if (issue.origin === 'string') return `строка длиннее допустимого (нужно символов: ${bound})`;
      if (issue.origin === 'array') return `слишком много элементов (нужно: ${bound})`;
      return `значение должно быть ${bound}`;
    }
    case 'invalid_value':
      return `недопустимое значение; ожидалось: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'datetime' ? 'ожидаются дата и время в формате ISO 8601' : 'неверный формат';
    default:
      return fallback(issue);
  }
};
