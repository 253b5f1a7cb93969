import countries from 'world-countries';

/**
 * Place and nationality knowledge, derived from the maintained `world-countries` data set rather
 * than hand-typed lists: country names (common, official, English alternative spellings),
 * capitals and demonyms. Keys are lower-cased surface forms with punctuation normalised
 * (see `normKey`).
 */

/** Lower-case, drop periods ("U.S." → "us"), unify apostrophes and hyphens to spaces. */
export function normKey(s: string): string {
  if (/^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/.test(s)) return s.toLowerCase();
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/\./g, '')
    .replace(/[-\u2010-\u2015]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface CountryInfo {
  /** ISO 3166-1 alpha-3 code; the alias key shared by every name of the country. */
  id: string;
  common: string;
}

/** Any English name of a country → the country. */
export const COUNTRY_BY_NAME = new Map<string, CountryInfo>();
/** Capital cities (places of their own, never merged with their country). */
export const CAPITALS = new Set<string>();
/** Demonym (singular and plural) → country id, for `group` mentions ("Chinese", "North Koreans"). */
export const DEMONYMS = new Map<string, string>();

const LATIN = /^[\p{Script=Latin}\p{N}\s'’.,()-]+$/u;

function addCountryName(name: string, info: CountryInfo): void {
  if (!LATIN.test(name) || name.length < 3 && !/^[A-Z]{2,3}$/.test(name)) return;
  // "Korea, Republic of" style inversions are catalogue forms, never written in news.
  if (name.includes(',')) return;
  const k = normKey(name);
  if (!COUNTRY_BY_NAME.has(k)) COUNTRY_BY_NAME.set(k, info);
}

function plural(demonym: string): string[] {
  // "Chinese", "British", "Swiss", "Dutch" have no -s plural; "Briton"s does.
  if (/(ese|ish|ss|ch|sh|i)$/i.test(demonym)) return [demonym];
  return [demonym, demonym + 's'];
}

for (const c of countries) {
  const info: CountryInfo = { id: c.cca3, common: c.name.common };
  addCountryName(c.name.common, info);
  addCountryName(c.name.official, info);
  for (const a of c.altSpellings) {
    // Two-letter codes other than a few used in news prose ("US", "UK") collide with words.
    if (/^[A-Z]{2}$/.test(a) && !['US', 'UK'].includes(a)) continue;
    addCountryName(a, info);
  }
  for (const cap of c.capital ?? []) if (LATIN.test(cap)) CAPITALS.add(normKey(cap.replace(/\s+D\.?C\.?$/, '')));
  const dem = c.demonyms?.eng?.m;
  if (dem && LATIN.test(dem)) for (const d of plural(dem)) DEMONYMS.set(normKey(d), c.cca3);
  const demF = c.demonyms?.eng?.f;
  if (demF && demF !== dem && LATIN.test(demF)) for (const d of plural(demF)) DEMONYMS.set(normKey(d), c.cca3);
}

// News prose uses a few country forms that catalogues lack, and some catalogue forms that prose
// uses for something else. Kept minimal and general (not seed-specific).
for (const [alias, cca3] of [
  ['U.S.A.', 'USA'], ['America', 'USA'], ['Britain', 'GBR'], ['Great Britain', 'GBR'], ['U.K.', 'GBR'],
  ['Holland', 'NLD'], ['Burma', 'MMR'], ['DPRK', 'PRK'], ['Korea', 'KOR'], ['Turkey', 'TUR'], ['Zaire', 'COD'], ['Swaziland', 'SWZ'],
  ['Macedonia', 'MKD'], ['Cape Verde', 'CPV'], ['East Timor', 'TLS'], ['Czech Republic', 'CZE'], ['Vatican', 'VAT'],
] as const) {
  const c = countries.find((x) => x.cca3 === cca3);
  if (c) COUNTRY_BY_NAME.set(normKey(alias), { id: cca3, common: c.name.common });
}
// "American" is both a demonym and (in "Latin American") part of others; keep the data set's.
for (const d of ['Briton', 'Britons', 'Brit', 'Brits', 'Korean', 'Koreans', 'Kurd', 'Kurds', 'Kurdish', 'Arab', 'Arabs', 'Uighur', 'Uighurs', 'Uyghur', 'Uyghurs',
  'European', 'Europeans', 'Asian', 'Asians', 'African', 'Africans', 'Latin American', 'Latin Americans', 'Westerner', 'Westerners',
  'Jewish', 'Jews', 'Muslim', 'Muslims', 'Christian', 'Christians', 'Catholic', 'Catholics', 'Sunni', 'Sunnis', 'Shiite', 'Shiites', 'Shia',
  'Hindu', 'Hindus', 'Sikh', 'Sikhs', 'Palestinians', 'Israelis', 'Scottish', 'Scots', 'Welsh', 'English', 'Irish', 'Basque', 'Catalan', 'Tibetan', 'Tibetans',
  'Soviet', 'Soviets', 'Nordic', 'Baltic', 'Pashtun', 'Hispanic', 'Hispanics', 'Latino', 'Latinos', 'Democrat', 'Democrats', 'Republican', 'Republicans', 'Democratic', 'Communist', 'Communists', 'Socialist', 'Socialists', 'Islamist', 'Islamists']) {
  if (!DEMONYMS.has(normKey(d))) DEMONYMS.set(normKey(d), '');
}

/** Continents and world regions written as proper names. */
export const REGIONS = new Set(
  ['Asia', 'Europe', 'Africa', 'Antarctica', 'Oceania', 'Australasia', 'North America', 'South America', 'Latin America', 'Central America',
    'Middle East', 'Near East', 'Far East', 'Balkans', 'Caribbean', 'Scandinavia', 'Arctic', 'Antarctic', 'Pacific', 'Atlantic', 'Mediterranean',
    'Gulf', 'Persian Gulf', 'West Bank', 'Gaza', 'Gaza Strip', 'Sahel', 'Caucasus', 'Siberia', 'Kashmir', 'Crimea', 'Donbas', 'Central Asia',
    'Soviet Union', 'USSR', 'Yugoslavia', 'Czechoslovakia', 'East Germany', 'West Germany', 'Scotland', 'England', 'Wales', 'Northern Ireland',
    'Southeast Asia', 'South Asia', 'East Asia', 'Western Europe', 'Eastern Europe', 'Horn of Africa', 'Sub-Saharan Africa', 'Silicon Valley', 'Wall Street'].map(normKey),
);
