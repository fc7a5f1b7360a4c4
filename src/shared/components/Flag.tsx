// A country's flag emoji before its name, for sighted readers only, where the system draws flags
// (shared/flag-emoji.ts); elsewhere the name stands alone.
import { countryFlag } from '../../domain/countries';
import { useFlagEmoji } from '../flag-emoji';

export function Flag({ code }: { code: string }) {
  const flag = countryFlag(code);
  if (!useFlagEmoji() || !flag) return null;
  return (
    <>
      <span aria-hidden="true">{flag}</span>{' '}
    </>
  );
}
