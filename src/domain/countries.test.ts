// @vitest-environment node
// The registry names every country the map can draw: every outline of world-atlas (Natural Earth
// 1:110m) maps to a registry code. Small states have no outline at that scale; the map names them
// under the drawing instead (CountryMap), so no partner is silently missing.
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { alpha2ByNumeric, countryCodes, countryFlag, countryInfo, countryNames, isKnownCountry } from './countries';

const ids = (
  world as unknown as { objects: { countries: { geometries: { id?: string }[] } } }
).objects.countries.geometries
  .map((g) => g.id)
  .filter((id): id is string => id !== undefined);

describe('country registry and the world map', () => {
  it('every outline with an id is a registry country', () =>
    expect(ids.filter((id) => alpha2ByNumeric(id) === undefined)).toEqual([]));
  it('the partners of the Q1 report and the host have outlines', () => {
    const drawable = new Set(ids.map(alpha2ByNumeric));
    for (const code of ['RU', 'BY', 'KZ', 'CN', 'IN', 'AE', 'DE', 'ZA', 'KG'])
      expect(drawable.has(code), code).toBe(true);
  });
  it('small states and places without an ISO code have none (named under the map)', () => {
    const drawable = new Set(ids.map(alpha2ByNumeric));
    for (const code of ['SG', 'MT', 'BH', 'MV', 'XA', 'XO', 'XP']) expect(drawable.has(code), code).toBe(false);
    expect(countryCodes().length - drawable.size).toBeGreaterThan(60);
  });
  it('names, flags and fallbacks', () => {
    expect(countryNames('BY')).toMatchObject({
      short: 'Беларусь',
      official: 'Республика Беларусь',
      genitive: 'Республики Беларусь',
    });
    expect(countryInfo('BY')?.numeric).toBe('112');
    expect(alpha2ByNumeric('4')).toBe('AF');
    expect(countryFlag('BY')).toBe('🇧🇾');
    expect(countryFlag('XA')).toBe(''); // user-assigned: no flag
    expect(isKnownCountry('ZZ')).toBe(false);
    expect(countryNames('ZZ')).toEqual({ short: 'ZZ', official: 'ZZ', genitive: 'ZZ' });
  });
});
