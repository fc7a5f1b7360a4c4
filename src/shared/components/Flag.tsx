// A country's flag emoji before its name, for sighted readers only, and only where the system draws
// flags: Windows and many Linux set-ups show two letters or empty boxes instead, so there the name
// stands alone. Never in prerendered HTML (the build cannot tell); it appears once hydrated.
import { countryFlag } from '../../domain/countries';
import { useFlagEmoji } from './chart/text-metrics';

export function Flag({ code }: { code: string }) {
  const flag = countryFlag(code);
  if (!useFlagEmoji() || !flag) return null;
  return (
    <>
      <span aria-hidden="true">{flag}</span>{' '}
    </>
  );
}
