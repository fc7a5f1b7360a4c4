// The one country registry: every ISO 3166-1 code (and the few user-assigned codes the ingest gives
// places without one) with its numeric code and Russian names. Ingest, charts, the map, press text and
// exports all name countries from here. The data (src/domain/country-registry.data.ts, ~6 KB gzip) is
// generated from i18n-iso-countries; the ingest's recognition forms live in src/ingest/.
import { COUNTRY_DATA } from './country-registry.data';

export interface CountryNames {
  /** Short nominative, for charts and chips: «Беларусь». */
  short: string;
  /** Official nominative: «Республика Беларусь». */
  official: string;
  /** Official genitive, for «с участием …»: «Республики Беларусь». */
  genitive: string;
}

export interface CountryInfo extends CountryNames {
  code: string;
  /** ISO 3166-1 numeric code («112»), as world maps identify countries; null for user-assigned codes. */
  numeric: string | null;
}

/** Russia: the host of every event, never a partner. */
export const HOST_COUNTRY = 'RU';

let table: Map<string, CountryInfo> | null = null;
let byNumeric: Map<string, string> | null = null;

function registry(): Map<string, CountryInfo> {
  if (table) return table;
  table = new Map();
  byNumeric = new Map();
  for (const line of COUNTRY_DATA.split('\n')) {
    const code = line.slice(0, 2);
    const numeric = line.slice(3, 6);
    const [short = code, official = '=', genitive = short] = line.slice(7).split('|');
    table.set(code, {
      code,
      numeric: numeric === '---' ? null : numeric,
      short,
      official: official === '=' ? short : official,
      genitive,
    });
    if (numeric !== '---') byNumeric.set(numeric, code);
  }
  return table;
}

/** Every code of the registry, sorted. */
export function countryCodes(): string[] {
  return [...registry().keys()];
}

export function countryInfo(code: string): CountryInfo | undefined {
  return registry().get(code);
}

/** Names for a code; unknown codes fall back to the code itself so nothing disappears. */
export function countryNames(code: string): CountryNames {
  return registry().get(code) ?? { short: code, official: code, genitive: code };
}

export function isKnownCountry(code: string): boolean {
  return registry().has(code);
}

/** The alpha-2 code of an ISO numeric code («112» → «BY»), as the world map needs. */
export function alpha2ByNumeric(numeric: string): string | undefined {
  registry();
  return byNumeric?.get(numeric.padStart(3, '0'));
}

/** Regional-indicator flag emoji for an ISO alpha-2 code; none for user-assigned codes (X…). */
export function countryFlag(code: string): string {
  if (!/^[A-Z]{2}$/.test(code) || countryInfo(code)?.numeric === null) return '';
  return String.fromCodePoint(...[...code].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}
