import { foldText } from '../text/fold.js';
import { termOf } from '../text/terms.js';
import type { AliasGroups } from './aliases.js';

/** Abbreviations news readers type. */
const ABBREVIATIONS: AliasGroups = [
  ['Department', 'Dept'],
  ['Government', 'Govt', 'Gov'],
  ['Ministry', 'Min'],
  ['meeting', 'mtg', 'meetup'],
  // News agencies, as readers name them.
  ['Agence France-Presse', 'AFP'],
  ['Associated Press', 'AP'],
  ['Deutsche Welle', 'DW'],
  // Diplomatic initials: "Iran's MFA", "the FCDO", "declared PNG".
  ['Foreign Ministry', 'Ministry of Foreign Affairs', 'MFA', 'FM'],
  ['Foreign Office', 'FCDO', 'FCO'],
  ['persona non grata', 'PNG'],
  ['chief executive', 'chief executive officer', 'CEO'],
];

/**
 * Variants every knowledge base gets: a country, its adjective and its other names ("Russia",
 * "Russian"; "Turkey", "Türkiye"). Near-identical in meaning, so they weigh almost as much as the
 * asker's own word.
 */
export const GENERAL_VARIANTS: AliasGroups = [
  ['US', 'U.S.', 'United States', 'America', 'American', 'Americans'],
  ['Russia', 'Russian', 'Russians', 'Russian Federation'],
  ['Ukraine', 'Ukrainian', 'Ukrainians'],
  ['Turkey', 'Türkiye', 'Turkish', 'Turks'],
  ['China', 'Chinese'],
  ['UK', 'United Kingdom', 'Britain', 'British', 'Brits'],
  ['France', 'French'],
  ['Germany', 'German'],
  ['Japan', 'Japanese'],
  ['India', 'Indian'],
  ['Iran', 'Iranian'],
  ['Israel', 'Israeli'],
  ['Poland', 'Polish', 'Poles'],
  ['Norway', 'Norwegian'],
  ['Canada', 'Canadian'],
  ['Mexico', 'Mexican'],
  ['Brazil', 'Brazilian'],
  ['Italy', 'Italian'],
  ['Spain', 'Spanish'],
  ['Czech Republic', 'Czechia', 'Czech'],
  // Peoples whose names do not start with their country's (see `countryOfDemonym` for the rest).
  ['Netherlands', 'Dutch', 'Holland'],
  ['Switzerland', 'Swiss'],
  ['Greece', 'Greek'],
  ['Denmark', 'Danish', 'Danes'],
  ['Sweden', 'Swedish', 'Swedes'],
  ['Finland', 'Finnish', 'Finns'],
  ['Ireland', 'Irish'],
  ['Philippines', 'Filipino'],
  ['Saudi Arabia', 'Saudi'],
  ['EU', 'European Union'],
  // A bloc and its adjective ("Moscow blames the West": "Western sanctions").
  ['West', 'Western'],
  ['UN', 'United Nations'],
  // Numbers written in figures or words ("list the 6 facilities": "six Russian facilities").
  ...['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'].map(
    (word, i) => [String(i + 1), word],
  ),
  ...ABBREVIATIONS,
];

/**
 * Synonyms every knowledge base gets, after which come the curated ones in `knowledge/aliases.yaml`:
 * capitals standing for governments ("Moscow said") and words news questions use interchangeably.
 * Kept small and precise on purpose: broad synonym expansion (WordNet) was measured to make ranking
 * worse.
 */
export const GENERAL_ALIASES: AliasGroups = [
  ['US', 'Washington'],
  ['Washington', 'DC', 'D.C.'],
  ['New York', 'NYC', 'New York City'],
  ['San Francisco', 'SF'],
  ['Russia', 'Moscow', 'Kremlin'],
  ['Ukraine', 'Kyiv', 'Kiev'],
  ['Turkey', 'Ankara'],
  ['China', 'Beijing'],
  ['UK', 'London'],
  ['Germany', 'Berlin'],
  ['Poland', 'Warsaw'],
  ['Norway', 'Oslo'],
  ['Czech Republic', 'Prague'],
  ['Japan', 'Tokyo'],
  ['France', 'Paris'],
  ['Italy', 'Rome'],
  ['Spain', 'Madrid'],
  ['Canada', 'Ottawa'],
  ['India', 'New Delhi', 'Delhi'],
  ['Iran', 'Tehran'],
  ['Brazil', 'Brasília'],
  ['Venezuela', 'Caracas'],
  ['Mexico', 'Mexico City'],
  ['Netherlands', 'Amsterdam', 'Hague'],
  ['Saudi Arabia', 'Riyadh'],
  ['Belarus', 'Minsk'],
  ['Lithuania', 'Vilnius'],
  ['Latvia', 'Riga'],
  ['Estonia', 'Tallinn'],
  ['Finland', 'Helsinki'],
  ['Sweden', 'Stockholm'],
  ['Denmark', 'Copenhagen'],
  ['Austria', 'Vienna'],
  ['Belgium', 'Brussels'],
  ['Switzerland', 'Bern'],
  ['Hungary', 'Budapest'],
  ['Romania', 'Bucharest'],
  ['Serbia', 'Belgrade'],
  ['Greece', 'Athens'],
  ['Portugal', 'Lisbon'],
  ['Ireland', 'Dublin'],
  ['Moldova', 'Chisinau'],
  ['Georgia', 'Tbilisi'],
  ['Armenia', 'Yerevan'],
  ['Azerbaijan', 'Baku'],
  ['Kazakhstan', 'Astana'],
  ['South Korea', 'Seoul'],
  ['North Korea', 'Pyongyang'],
  ['Egypt', 'Cairo'],
  ['Iraq', 'Baghdad'],
  ['Syria', 'Damascus'],
  ['Israel', 'Jerusalem'],
  ['Qatar', 'Doha'],
  ['Oman', 'Muscat'],
  ['Pakistan', 'Islamabad'],
  ['Afghanistan', 'Kabul'],
  ['Australia', 'Canberra'],
  ['South Africa', 'Pretoria'],
  ['Cuba', 'Havana'],
  ['Argentina', 'Buenos Aires'],
  ['Vietnam', 'Hanoi'],
  ['Thailand', 'Bangkok'],
  ['Indonesia', 'Jakarta'],
  // Words news questions swap freely.
  ['talks', 'negotiations', 'meeting', 'consultations', 'round', 'session'],
  ['envoy', 'ambassador'],
  ['head', 'lead', 'leader', 'in charge', 'chair', 'run', 'captain', 'chief', 'represent'],
  ['war', 'conflict', 'fighting'],
  ['spokeswoman', 'spokesman', 'spokesperson'],
  ['delegation', 'team', 'delegates', 'negotiators', 'side'],
  ['vehicle', 'car', 'motorcade', 'convoy'],
  ['police', 'cops', 'police officers', 'policemen'],
  ['travel', 'move around', 'movement', 'get around'],
  ['take part', 'participate', 'attend'],
  ['salary', 'salaries', 'pay', 'wages', 'paycheck', 'paychecks', 'payroll'],
  ['facility', 'property', 'compound', 'premises', 'building', 'assets', 'site', 'grounds', 'establishment'],
  ['relations', 'ties', 'relationship'],
  ['restriction', 'limit', 'curb', 'ban', 'cap', 'ceiling'],
  ['controversial', 'contentious', 'disputed', 'contention', 'thorny', 'sticking point', 'beef', 'irritant'],
  ['tension', 'friction', 'strain', 'hostility', 'animosity', 'bad blood'],
  ['fall', 'collapse', 'deteriorate', 'plunge', 'sink', 'slump', 'decline', 'tank', 'nosedive'],
  ['difficulty', 'difficult', 'hard', 'trouble', 'hardship', 'headache', 'problem', 'obstacle', 'struggle'],
  ['operation', 'work', 'activity', 'functioning'],
  ['visit', 'trip'],
  ['arrive', 'enter', 'pull up'],
  ['application', 'request'],
  ['discover', 'spot', 'detect'],
  ['hamper', 'impede', 'hinder', 'obstruct', 'get in the way'],
  ['pay', 'payment'],
  // "Russia's complaint about money": its diplomats' pay, its funds.
  ['money', 'pay', 'salary', 'funds', 'cash'],
  ['center', 'downtown', 'city center', 'heart of the city', 'central'],
  ['outskirts', 'suburb', 'suburban', 'edge of the city'],
  ['return', 'bring back'],
  ['focus', 'concentrate', 'revolve'],
  ['purpose', 'aim', 'goal', 'objective', 'focus'],
  ['previously', 'beforehand', 'in advance'],
  // "What notice must diplomats give?": "permission 48 hours in advance".
  ['notice', 'in advance'],
  ['job', 'position', 'vacancy'],
  ['diplomat', 'diplomatic staff', 'people', 'staff'],
  ['staff', 'employees', 'workers', 'personnel'],
  ['unpaid', 'without salaries', 'without pay', 'without wages', 'not been paid', 'not paid'],
  ['official', 'officials'],
  ['visa', 'visas', 'entry permit'],
  ['sanctions', 'penalties'],
  ['expel', 'expelled', 'expulsion', 'kick out'],
  ['agreement', 'deal'],
  ['agenda', 'on the table', 'discuss', 'touch on'],
  ['impose', 'slap'],
  ['release', 'unfreeze', 'unblock', 'free up'],
  ['demand', 'seek', 'claim'],
  ['paperwork', 'permit', 'license', 'document', 'bureaucracy'],
  ['former', 'ex'],
  ['first', 'opening', 'initial', 'inaugural'],
  ['bad', 'poor', 'low', 'strained', 'tense'],
  ['meeting', 'get together'],
  ['report', 'break the story', 'break the news'],
  ['valid', 'good for'],
  ['close', 'shut', 'shut down', 'closure'],
  ['full', 'fully', 'comprehensive', 'complete', 'total', 'whole', 'entire', 'across the board', 'broad', 'wide', 'overall'],
  ['normalize', 'normalization', 'thaw', 'rapprochement', 'detente', 'repair', 'mend', 'even keel'],
  ['blame', 'accuse', 'accusation', 'reproach', 'allegation', 'claim'],
  ['threaten', 'threat', 'intimidate', 'intimidation', 'bully'],
  ['worsen', 'complicate', 'aggravate', 'exacerbate', 'messier'],
  ['new', 'newly'],
  ['begin', 'start', 'outbreak', 'break out', 'founded', 'established'],
  ['end', 'finish', 'conclude'],
  ['founded', 'established'],
  // A verb and the noun for its event: "when did he die" is answered by "his death in 1955".
  ['die', 'death', 'dead', 'suicide'],
  ['born', 'birth'],
  ['motto', 'mantra', 'slogan', 'catchphrase'],
  // Kin seen from either side: "Horus's father" is told as "their son, Horus".
  ['father', 'mother', 'parent', 'parents', 'son', 'daughter', 'child', 'children'],
  ['husband', 'wife', 'spouse', 'widow', 'widower'],
  ['say', 'announce', 'declare', 'affirm', 'assert'],
  // A complaint is something said: "what does the US complain about" is what it says.
  ['complain', 'complaint', 'grievance', 'gripe', 'say', 'reflect'],
];

/**
 * Single-word names of countries and territories in English ("venezuela", "egypt"), from the
 * runtime's CLDR data (`Intl.DisplayNames`), folded.
 */
const COUNTRY_NAMES: ReadonlySet<string> = new Set(regionNames().filter((name) => /^\p{L}+$/u.test(name)).map((name) => foldText(name)));

function regionNames(): string[] {
  const display = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const names: string[] = [];
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) {
      const name = display.of(String.fromCharCode(first, second));
      if (name !== undefined) names.push(name);
    }
  }
  return names;
}

/**
 * The single-word countries, peoples and capitals above and every country's name, folded ("china",
 * "russian", "moscow", "venezuela"): names even when typed in lowercase or opening a sentence. "us"
 * is left out: it is also the pronoun.
 */
export const PLACE_NAME_WORDS: ReadonlySet<string> = new Set([
  ...[...GENERAL_VARIANTS, ...GENERAL_ALIASES]
    .filter((group) => !ABBREVIATIONS.includes(group))
    .flat()
    .filter((member) => /^\p{Lu}/u.test(member) && !member.includes(' '))
    .map((member) => foldText(member))
    .filter((member) => member !== 'us'),
  ...COUNTRY_NAMES,
]);

/** Endings that make a people of a country: Venezuela → Venezuelan, Egypt → Egyptian, Qatar → Qatari, Lebanon → Lebanese. */
const DEMONYM_SUFFIXES = ['n', 'an', 'ian', 'i', 'ese'];
const DEMONYM_ENDING = new RegExp(`(?:${DEMONYM_SUFFIXES.join('|')})$`, 'u');

/**
 * A country, people or capital, "us" included: for a word already known to be a name or to say whose
 * things are counted ("US", "how many us diplomats"), where the pronoun reading does not apply. A
 * people not listed above counts when its stem starts a country's name (Venezuelan, Egyptian, Belgian).
 */
export function isCountryWord(folded: string): boolean {
  return folded === 'us' || PLACE_NAME_WORDS.has(folded) || countryOfDemonym(folded) !== null;
}

/** Countries of words already looked up by their stem (see `countryOfDemonym`); cleared when full. */
const demonymCache = new Map<string, string | null>();
const DEMONYM_CACHE_LIMIT = 50_000;

/** The country whose name a people's stem starts (Venezuelan → venezuela, Belgian → belgium), or null. */
function countryOfDemonym(word: string): string | null {
  const cached = demonymCache.get(word);
  if (cached !== undefined) return cached;
  const stem = word.replace(DEMONYM_ENDING, '');
  let found: string | null = null;
  if (stem.length >= 4 && stem !== word) {
    for (const country of COUNTRY_NAMES) {
      if (country.startsWith(stem) && country.length - stem.length <= 3) {
        found = country;
        break;
      }
    }
  }
  if (demonymCache.size >= DEMONYM_CACHE_LIMIT) demonymCache.clear();
  demonymCache.set(word, found);
  return found;
}

/** The demonym endings and their plurals, tried on a country's name: Belarus → Belarusian(s), Egypt → Egyptian(s). */
const PEOPLE_ENDINGS = [...DEMONYM_SUFFIXES, ...DEMONYM_SUFFIXES.filter((suffix) => !suffix.endsWith('e')).map((suffix) => `${suffix}s`)];

/**
 * Other forms of a country or people not listed in the variant groups above, folded: a country's
 * people ("belarus" → "belarusian", "belarusians", and other guesses the caller checks against the
 * knowledge) or a people's country ("venezuelan" → "venezuela"). Empty for other words.
 */
export function unlistedCountryForms(folded: string): string[] {
  if (COUNTRY_NAMES.has(folded)) {
    const stem = folded.replace(/[aeiouy]$/u, '');
    return [...new Set(PEOPLE_ENDINGS.flatMap((ending) => [folded + ending, stem + ending]))];
  }
  const country = countryOfDemonym(folded);
  return country === null ? [] : [country];
}

/** The groups made only of names (countries, peoples, capitals), not numbers, synonyms or abbreviations. */
function nameGroups(groups: AliasGroups): AliasGroups {
  return groups.filter((group) => !ABBREVIATIONS.includes(group) && group.every((member) => /^\p{Lu}/u.test(member)));
}

/**
 * Each country's terms (its names and people: "russia", "russian", "russians") → one key for the
 * country, from the variant groups above, and every other country's name as its own key. Not its
 * capital: "the embassy in Moscow" does not say "for Russians".
 */
const COUNTRY_KEYS: ReadonlyMap<string, string> = countryKeys();

function countryKeys(): Map<string, string> {
  const keys = new Map<string, string>();
  for (const group of nameGroups(GENERAL_VARIANTS)) {
    const terms = group.map((member) => termOf(foldText(member)) ?? '');
    for (const term of terms) if (term !== '') keys.set(term, terms[0] ?? term);
  }
  for (const name of COUNTRY_NAMES) {
    const term = termOf(name);
    if (term !== null && !keys.has(term)) keys.set(term, term);
  }
  return keys;
}

/**
 * The country a term names ("russian" → Russia's key; "venezuelan" → Venezuela's), or
 * null. A people not listed counts when its stem starts a country's name, as in `isCountryWord`.
 */
export function countryOfTerm(term: string): string | null {
  const known = COUNTRY_KEYS.get(term);
  if (known !== undefined) return known;
  const country = countryOfDemonym(term);
  return country === null ? null : (COUNTRY_KEYS.get(termOf(country) ?? '') ?? null);
}

/**
 * Capitals and seats of government → their country's key ("moscow", "kremlin" → Russia's), from the
 * alias groups above that pair a country with its capital.
 */
const CAPITAL_COUNTRIES: ReadonlyMap<string, string> = new Map(
  nameGroups(GENERAL_ALIASES).flatMap((group) => {
    const terms = group.map((member) => termOf(foldText(member)));
    const country = terms.map((term) => (term === null ? undefined : COUNTRY_KEYS.get(term))).find((key) => key !== undefined);
    if (country === undefined || terms.includes(null)) return [];
    return terms.flatMap((term) => (term === null || COUNTRY_KEYS.has(term) ? [] : [[term, country] as const]));
  }),
);

/** Each country's key → its capitals' terms (the reverse of `CAPITAL_COUNTRIES`). */
const COUNTRY_CAPITALS: ReadonlyMap<string, readonly string[]> = countryCapitals();

function countryCapitals(): Map<string, string[]> {
  const capitals = new Map<string, string[]>();
  for (const [capital, country] of CAPITAL_COUNTRIES) capitals.set(country, [...(capitals.get(country) ?? []), capital]);
  return capitals;
}

/** A country's capitals and seats of government as terms ("russia"'s key → "moscow", "kremlin"). */
export function capitalTermsOf(countryKey: string): readonly string[] {
  return COUNTRY_CAPITALS.get(countryKey) ?? [];
}

/** Every capital and seat of government as a term ("moscow", "washington", "kremlin"). */
export function allCapitalTerms(): readonly string[] {
  return [...CAPITAL_COUNTRIES.keys()];
}

/** The country a term names, or whose government it stands for ("moscow said" is Russia); null for others. */
export function countryMeantBy(term: string): string | null {
  return CAPITAL_COUNTRIES.get(term) ?? countryOfTerm(term);
}
