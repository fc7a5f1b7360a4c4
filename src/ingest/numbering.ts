// Checks on the table's numbering once every event is read: gaps and rows out of order.
import type { ReportEvent, ReportWarning } from '../domain/report-schema';

export function numberingWarnings(events: readonly ReportEvent[]): ReportWarning[] {
  const warnings: ReportWarning[] = [];
  const numbers = events.map((e) => e.number);
  const unique = [...new Set(numbers)].sort((a, b) => a - b);
  const missing: number[] = [];
  for (let k = 1; k < unique.length; k += 1) {
    const prev = unique[k - 1] as number;
    const cur = unique[k] as number;
    for (let n = prev + 1; n < cur && missing.length < 50; n += 1) missing.push(n);
  }
  if (missing.length > 0)
    warnings.push({
      eventNumber: null,
      field: 'number',
      message: `В нумерации строк пропущены номера: ${missing.join(', ')}`,
    });
  if (numbers.some((n, k) => k > 0 && n < (numbers[k - 1] as number)))
    warnings.push({ eventNumber: null, field: 'number', message: 'Строки таблицы идут не по порядку номеров' });
  return warnings;
}
