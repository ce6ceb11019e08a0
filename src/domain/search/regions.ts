import { termsOf } from '../text/terms.js';

/**
 * Regions readers name instead of the places in them ("the consulates on the West Coast" are the
 * ones in San Francisco and Seattle). One way only: a region finds its places, but a place does not
 * find the region's other places (San Francisco is not Seattle). Countries and their largest or
 * best-known cities, kept to regions whose members few would dispute.
 */
const REGIONS: readonly { readonly names: readonly string[]; readonly places: readonly string[] }[] = [
  {
    names: ['West Coast', 'Pacific Coast'],
    places: ['California', 'Oregon', 'San Francisco', 'Los Angeles', 'San Diego', 'Sacramento', 'Oakland', 'Seattle', 'Portland'],
  },
  { names: ['Pacific Northwest'], places: ['Seattle', 'Portland', 'Oregon'] },
  { names: ['Bay Area'], places: ['San Francisco', 'Oakland', 'San Jose'] },
  {
    names: ['East Coast', 'Eastern Seaboard', 'Atlantic Coast'],
    places: ['New York', 'Long Island', 'Boston', 'Philadelphia', 'Baltimore', 'Maryland', 'Virginia', 'New Jersey', 'Washington', 'Miami', 'Florida'],
  },
  { names: ['New England'], places: ['Boston', 'Massachusetts', 'Connecticut', 'Rhode Island', 'Vermont', 'New Hampshire', 'Maine'] },
  { names: ['Midwest'], places: ['Chicago', 'Illinois', 'Ohio', 'Michigan', 'Detroit', 'Minnesota', 'Wisconsin', 'Indiana', 'Iowa', 'Missouri'] },
  {
    names: ['Middle East'],
    places: [
      'Iran', 'Iraq', 'Israel', 'Jordan', 'Lebanon', 'Syria', 'Saudi Arabia', 'Qatar', 'Kuwait', 'Bahrain', 'Oman', 'United Arab Emirates', 'UAE', 'Yemen',
      'Egypt', 'Tehran', 'Baghdad', 'Jerusalem', 'Tel Aviv', 'Amman', 'Beirut', 'Damascus', 'Riyadh', 'Doha', 'Manama', 'Muscat', 'Dubai', 'Abu Dhabi', 'Cairo',
    ],
  },
  {
    names: ['Gulf', 'Persian Gulf', 'Gulf states'],
    places: ['Saudi Arabia', 'Qatar', 'Kuwait', 'Bahrain', 'Oman', 'United Arab Emirates', 'UAE', 'Riyadh', 'Doha', 'Manama', 'Muscat', 'Dubai', 'Abu Dhabi'],
  },
  {
    names: ['Scandinavia', 'Nordic countries', 'Nordics'],
    places: ['Norway', 'Sweden', 'Denmark', 'Finland', 'Iceland', 'Oslo', 'Stockholm', 'Copenhagen', 'Helsinki', 'Reykjavik'],
  },
  { names: ['Baltics', 'Baltic states'], places: ['Estonia', 'Latvia', 'Lithuania', 'Tallinn', 'Riga', 'Vilnius'] },
  { names: ['Caucasus', 'South Caucasus'], places: ['Georgia', 'Armenia', 'Azerbaijan', 'Tbilisi', 'Yerevan', 'Baku'] },
  {
    names: ['Central Asia'],
    places: ['Kazakhstan', 'Uzbekistan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Astana', 'Almaty', 'Tashkent', 'Bishkek', 'Dushanbe', 'Ashgabat'],
  },
  {
    names: ['Balkans'],
    places: ['Serbia', 'Croatia', 'Bosnia', 'Montenegro', 'Albania', 'Kosovo', 'North Macedonia', 'Belgrade', 'Zagreb', 'Sarajevo', 'Podgorica', 'Tirana', 'Pristina', 'Skopje'],
  },
  {
    names: ['Southeast Asia'],
    places: ['Singapore', 'Malaysia', 'Indonesia', 'Thailand', 'Vietnam', 'Philippines', 'Kuala Lumpur', 'Jakarta', 'Bangkok', 'Hanoi', 'Manila'],
  },
  { names: ['Bosphorus', 'Bosporus'], places: ['Istanbul'] },
];

/** Each region name's terms joined with spaces → its places as terms. */
const PLACES_BY_REGION: ReadonlyMap<string, readonly (readonly string[])[]> = new Map(
  REGIONS.flatMap(({ names, places }) => {
    const placeTerms = places.map((place) => termsOf(place));
    return names.map((name) => [termsOf(name).join(' '), placeTerms] as const);
  }),
);

/** Most words in a region's name ("Persian Gulf", "Eastern Seaboard"). */
export const MAX_REGION_TERMS = 2;

/**
 * The places within a region named by these terms ("west coast" → San Francisco, Seattle, …), each
 * as its search terms; empty when the terms name no region.
 */
export function placesInRegion(terms: readonly string[]): readonly (readonly string[])[] {
  return PLACES_BY_REGION.get(terms.join(' ')) ?? [];
}
