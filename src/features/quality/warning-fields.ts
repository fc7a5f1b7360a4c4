// Russian names for the fields a warning can point at: the one label map of the schema.
import { WARNING_FIELD_LABELS, type WarningField } from '../../domain/report-schema';

export function warningFieldLabel(field: WarningField): string {
  return WARNING_FIELD_LABELS[field];
}
