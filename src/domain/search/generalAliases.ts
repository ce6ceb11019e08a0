import { foldText } from '../text/fold.js';
import type { AliasGroups } from './aliases.js';

/**
 * Variants every knowledge base gets: a country, its adjective and its other names ("Russia",
 * "Russian"; "Turkey", "Türkiye"). Near-identical in meaning, so they weigh almost as much as the
 * asker's own word.
 */
export const GENERAL_VARIANTS: AliasGroups = [
  ['US', 'U.S.', 'United States', 'America', 'American', 'Americans'],
  ['Russia', 'Russian', 'Russians', 'Russian Federation'],
  ['Ukraine', 'Ukrainian', 'Ukrainians'],
  ['Turkey', 'Türkiye', 'Turkish'],
  ['China', 'Chinese'],
  ['UK', 'United Kingdom', 'Britain', 'British'],
  ['France', 'French'],
  ['Germany', 'German'],
  ['Japan', 'Japanese'],
  ['India', 'Indian'],
  ['Iran', 'Iranian'],
  ['Israel', 'Israeli'],
  ['Poland', 'Polish'],
  ['Norway', 'Norwegian'],
  ['Canada', 'Canadian'],
  ['Mexico', 'Mexican'],
  ['Brazil', 'Brazilian'],
  ['Italy', 'Italian'],
  ['Spain', 'Spanish'],
  ['Czech Republic', 'Czechia', 'Czech'],
  ['EU', 'European Union'],
  ['UN', 'United Nations'],
  // Numbers written in figures or words ("list the 6 facilities": "six Russian facilities").
  ...['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'].map(
    (word, i) => [String(i + 1), word],
  ),
  // Abbreviations news readers type.
  ['Department', 'Dept'],
  ['Government', 'Govt', 'Gov'],
  ['Ministry', 'Min'],
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
  ['Russia', 'Moscow', 'Kremlin'],
  ['Ukraine', 'Kyiv', 'Kiev'],
  ['Turkey', 'Ankara'],
  ['China', 'Beijing'],
  ['UK', 'London'],
  ['Germany', 'Berlin'],
  ['Poland', 'Warsaw'],
  ['Norway', 'Oslo'],
  ['Czech Republic', 'Prague'],
  // Words news questions swap freely.
  ['talks', 'negotiations', 'meeting', 'discussions', 'consultations', 'round', 'session'],
  ['envoy', 'ambassador'],
  ['head', 'lead', 'leader', 'in charge', 'chair'],
  ['war', 'conflict', 'fighting'],
  ['spokeswoman', 'spokesman', 'spokesperson'],
  ['delegation', 'team', 'delegates', 'negotiators'],
  ['vehicle', 'car', 'motorcade', 'convoy'],
  ['police', 'cops', 'police officers', 'policemen'],
  ['travel', 'move around', 'movement', 'get around'],
  ['take part', 'participate', 'attend'],
  ['salary', 'salaries', 'pay', 'wages'],
  ['facility', 'property', 'compound', 'premises', 'building', 'assets'],
  ['relations', 'ties', 'relationship'],
  ['restriction', 'limit', 'curb', 'ban'],
  ['controversial', 'contentious', 'disputed', 'contention'],
  ['difficulty', 'difficult', 'hard', 'trouble', 'hardship'],
  ['job', 'position', 'vacancy'],
  ['diplomat', 'diplomatic staff'],
  ['official', 'officials'],
  ['visa', 'visas', 'entry permit'],
  ['sanctions', 'penalties'],
  ['expel', 'expelled', 'expulsion', 'kick out'],
  ['agreement', 'deal'],
  ['begin', 'start', 'outbreak', 'break out'],
  ['end', 'finish', 'conclude'],
  ['founded', 'established'],
  // A verb and the noun for its event: "when did he die" is answered by "his death in 1955".
  ['die', 'death', 'dead'],
  ['born', 'birth'],
  ['say', 'announce', 'declare'],
];

/**
 * The single-word countries, peoples and capitals above, folded ("china", "russian", "moscow"):
 * names even when typed in lowercase or opening a sentence. "us" is left out: it is also the pronoun.
 */
export const PLACE_NAME_WORDS: ReadonlySet<string> = new Set(
  [...GENERAL_VARIANTS, ...GENERAL_ALIASES]
    .flat()
    .filter((member) => /^\p{Lu}/u.test(member) && !member.includes(' '))
    .map((member) => foldText(member))
    .filter((member) => member !== 'us'),
);

/**
 * A country, people or capital, "us" included: for a word already known to be a name or to say whose
 * things are counted ("US", "how many us diplomats"), where the pronoun reading does not apply.
 */
export function isCountryWord(folded: string): boolean {
  return folded === 'us' || PLACE_NAME_WORDS.has(folded);
}
