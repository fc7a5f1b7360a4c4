// Russian names for the fields a warning can point at: the one label map of the schema.
import { WARNING_FIELD_LABELS, type WarningField } from '../../domain/warning-fields';

export function warningFieldLabel(field: WarningField): string {
  return WARNING_FIELD_LABELS[field];
}
