// How an event's fields read in the table and on the detail page (ru-RU, via src/lib/format).
import type { ReportEvent } from '../../domain/report-schema';
import { WARNING_FIELD_LABELS, type WarningField } from '../../domain/warning-fields';
import { formatNumber } from '../../lib/format';
import { FORMS, pluralize } from '../../lib/lexicon';

type Participants = ReportEvent['participants'];

const UNIT_FORMS = { people: FORMS.people, organizations: FORMS.organization } as const;

/** Compact figure for the table: «≥ 1 200 чел.», «3 орг.», «—» when the report gives no number. */
export function participantsShort(p: Participants): string {
  if (p.count === null) return '—';
  const unit = p.unit === 'organizations' ? ' орг.' : p.unit === 'people' ? ' чел.' : '';
  return `${p.qualifier === 'atLeast' ? '≥ ' : ''}${formatNumber(p.count)}${unit}`;
}

/** Full figure for the detail page: «не менее 1 200 человек», «3 организации». */
export function participantsLong(p: Participants): string {
  if (p.count === null) return 'не указано';
  const unit = p.unit ? ` ${pluralize(p.count, UNIT_FORMS[p.unit])}` : '';
  return `${p.qualifier === 'atLeast' ? 'не менее ' : ''}${formatNumber(p.count)}${unit}`;
}

export function qualifierLabel(q: Participants['qualifier']): string {
  if (q === 'atLeast') return 'не менее (нижняя граница)';
  if (q === 'exact') return 'точное число';
  return '—';
}

export function unitLabel(u: Participants['unit']): string {
  if (u === 'people') return 'человек';
  if (u === 'organizations') return 'организаций (субъектов)';
  return '—';
}

/** Russian name of a report column named in a data-quality warning (the schema's one label map). */
export function fieldLabel(field: WarningField): string {
  return WARNING_FIELD_LABELS[field];
}
