// world-atlas identifies countries by ISO 3166-1 numeric code; the report uses alpha-2. Only the
// countries that can appear in the reports (the ingest gazetteer) and the host need a mapping.
export const ALPHA2_BY_NUMERIC: Readonly<Record<string, string>> = {
  '112': 'BY',
  '398': 'KZ',
  '156': 'CN',
  '356': 'IN',
  '784': 'AE',
  '276': 'DE',
  '710': 'ZA',
  '417': 'KG',
  '860': 'UZ',
  '762': 'TJ',
  '795': 'TM',
  '051': 'AM',
  '031': 'AZ',
  '498': 'MD',
  '688': 'RS',
  '792': 'TR',
  '364': 'IR',
  '704': 'VN',
  '496': 'MN',
  '818': 'EG',
  '076': 'BR',
  '192': 'CU',
  '862': 'VE',
  '682': 'SA',
  '408': 'KP',
  '643': 'RU',
};

export const HOST_COUNTRY = 'RU';
