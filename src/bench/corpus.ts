/**
 * A deterministic synthetic news corpus for the benchmark: wire-style articles built from sentence
 * templates and Zipf-distributed vocabularies (common words such as "government" or "officials" land
 * in a large share of paragraphs, most words in very few), plus questions paraphrased from random
 * sentences of it. The same seed always gives the same corpus and the same questions.
 */
import lexicon from 'wink-lexicon/src/lexicon.js';
import wordNetWords from 'wink-lexicon/src/wn-words.js';
import type { Article } from '../domain/knowledge/article.js';
import { splitSentences } from '../domain/text/sentences.js';

/** A seeded PRNG (mulberry32): uniform floats in [0, 1). */
export type Random = () => number;

export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function int(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = a;
  }
  return copy;
}

/** Draws items with probability ∝ 1 / (rank + shift)^exponent (Zipf–Mandelbrot). */
class Zipf<T> {
  private readonly cumulative: Float64Array;

  constructor(
    readonly items: readonly T[],
    exponent: number,
    shift = 0,
  ) {
    if (items.length === 0) throw new Error('Zipf over an empty list');
    this.cumulative = new Float64Array(items.length);
    let total = 0;
    for (let rank = 0; rank < items.length; rank++) {
      total += 1 / (rank + 1 + shift) ** exponent;
      this.cumulative[rank] = total;
    }
    for (let rank = 0; rank < items.length; rank++) this.cumulative[rank] = (this.cumulative[rank] ?? 0) / total;
  }

  draw(random: Random): T {
    const x = random();
    let lo = 0;
    let hi = this.items.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] ?? 1) < x) lo = mid + 1;
      else hi = mid;
    }
    return this.items[lo] as T;
  }
}

// ---------------------------------------------------------------------------------------------
// Word lists. Hand-written heads (the frequent words of wire copy, most frequent first); the tails
// come from wink-lexicon's 13k-word English lexicon, shuffled, so ranks past the head are arbitrary.

const HEAD_NOUNS = words(`
  government officials minister president police company year talks country week state city report
  election court party military forces market workers plan deal law security ministry statement agency
  meeting economy prices budget council parliament troops investigation crisis project bank shares trade
  sanctions aid region border ceasefire opposition protesters vote campaign policy oil gas energy health
  hospital school students water fire storm flood residents leaders negotiations agreement spokesman
  spokeswoman prosecutors judge lawmakers committee board union strike inflation rates growth debt tax
  exports imports production contract investors profits revenue losses jobs unemployment housing rent
  families children victims soldiers attack strikes missile drone embassy delegation diplomats visit
  summit alliance treaty reforms infrastructure railway airport port highway bridge pipeline power grid
  emissions climate drought harvest farmers crops wheat food supply shortage outbreak vaccine patients
  doctors nurses schools teachers universities research technology data network internet platform users
  privacy regulators rules license permit fines court ruling appeal verdict trial charges suspects arrest
  prison sentence evidence witnesses inquiry audit scandal corruption bribery fraud funds donors charity
`);

const HEAD_ADJECTIVES = words(`
  new former national local foreign senior public military economic political international federal
  regional major financial official previous recent first last second third annual key possible large
  small top local central northern southern eastern western independent private legal global joint
  interim temporary emergency unprecedented controversial significant strong weak higher lower
`);

/** Past tenses that are also past participles (usable after "had been" and "was"). */
const HEAD_PAST = words(`
  announced approved rejected signed launched warned confirmed denied reported agreed raised cut
  expanded suspended blocked backed criticized delayed ordered arrested released closed opened won lost
  proposed accepted cancelled postponed extended increased reduced halted resumed imposed lifted
  introduced passed adopted reviewed investigated charged accused questioned welcomed condemned
  demanded requested offered promised pledged estimated revised doubled tripled secured completed
`);

const HEAD_BASE = words(`
  expand review increase reduce support block approve reject delay extend cut raise boost restore
  protect improve replace build open close sign end resume limit ease tighten fund investigate
  challenge finance strengthen cover address
`);

const REPORTING_VERBS = ['said', 'said', 'said', 'told reporters', 'added', 'noted', 'warned', 'stressed', 'confirmed', 'announced'];

const FEMALE_FIRST = words(`
  Maria Anna Elena Sofia Laura Julia Sarah Emma Olivia Nadia Amira Fatima Leila Priya Ananya Mei Yuki
  Hana Ines Lucia Marta Clara Irene Helena Katarina Petra Ingrid Astrid Freya Chloe Amelie Camille
  Rosa Carmen Beatriz Gabriela Daniela Valentina Natalia Oksana Tamara Zeynep Aylin Noura Rania Grace
  Joy Amara Chiamaka Wanjiru Thandiwe Aisha Mariam Rebecca Rachel Hannah Deborah Ruth Susan Karen
`);

const MALE_FIRST = words(`
  John David Michael James Robert Thomas Daniel Peter Paul Mark Andrew Stefan Lukas Jonas Matteo Marco
  Luca Pablo Carlos Diego Jorge Rafael Miguel Pedro Ahmed Omar Hassan Karim Yusuf Mehmet Emre Arjun
  Rahul Vikram Wei Jian Hiroshi Kenji Takeshi Dmitri Sergei Ivan Andrei Pavel Mikhail Oleksandr Taras
  Piotr Tomasz Jakub Lars Erik Henrik Nils Olav Kwame Kofi Chinedu Tunde Samuel Joseph Emmanuel George
`);

const SURNAMES = words(`
  Smith Johnson Brown Miller Davis Wilson Taylor Clarke Walker Wright Hughes Edwards Morgan Bennett
  Fischer Weber Wagner Becker Hoffmann Schulz Keller Richter Braun Krause Lehmann Neumann Schwarz
  Rossi Russo Ferrari Esposito Bianchi Romano Ricci Marino Greco Conti Garcia Martinez Lopez Gonzalez
  Rodriguez Fernandez Sanchez Ramirez Torres Navarro Moreno Silva Santos Oliveira Pereira Costa
  Almeida Ferreira Carvalho Dubois Laurent Moreau Lefebvre Girard Bonnet Fontaine Rousseau Mercier
  Kowalski Nowak Wisniewski Lewandowski Kaminski Novak Horvat Petrov Ivanov Sokolov Popov Volkov
  Kuznetsov Morozov Orlov Shevchenko Kovalenko Bondarenko Tkachenko Melnyk Yilmaz Kaya Demir Sahin
  Celik Aydin Ozturk Arslan Haddad Nasser Khalil Mansour Saleh Aziz Rahman Hussain Khan Malik Qureshi
  Sharma Verma Gupta Patel Reddy Iyer Nair Mehta Kapoor Chen Wang Zhang Liu Huang Zhao Tanaka Suzuki
  Watanabe Yamamoto Nakamura Kobayashi Sato Kim Park Choi Jung Kang Nguyen Tran Pham Okafor Adeyemi
  Mensah Owusu Boateng Kamau Otieno Mwangi Njoroge Banda Phiri Dlamini Nkosi Mokoena Hansen Larsen
  Johansson Andersson Nilsson Lindqvist Berg Halvorsen Virtanen Korhonen Murphy Kelly Walsh Byrne
  Ryan Doyle Gallagher Brennan Kavanagh Fitzgerald Sullivan Donnelly Harper Holloway Whitfield Ashworth
`);

/** Surnames that never appear in the corpus: questions about them should be declined. */
const ABSENT_SURNAMES = words(`
  Quillborne Zarvetski Xandrellis Vorquist Yzerhoff Qadrimoff Zephrani Xylander Vexhollow Quarnstedt
  Zorbakian Yarrowfield Quintrelle Xerkovic Zantheimer Vyshmorov
`);

const PLACES = words(`
  Washington Moscow Beijing Brussels London Paris Berlin Kyiv Istanbul Ankara Tokyo Delhi Mumbai
  Jakarta Manila Seoul Sydney Toronto Ottawa Mexico_City Brazil Argentina Chile Peru Colombia Venezuela
  Nigeria Kenya Ethiopia Egypt Morocco Algeria Tunisia Libya Sudan Ghana Senegal Lagos Nairobi Cairo
  Johannesburg Pretoria Tehran Baghdad Damascus Beirut Amman Riyadh Doha Dubai Jerusalem Gaza Kabul
  Islamabad Karachi Dhaka Colombo Kathmandu Bangkok Hanoi Singapore Kuala_Lumpur Taipei Shanghai
  Guangdong Hong_Kong Osaka Vienna Geneva Zurich Rome Milan Madrid Barcelona Lisbon Dublin Amsterdam
  Rotterdam Copenhagen Stockholm Oslo Helsinki Warsaw Prague Budapest Bucharest Sofia Belgrade Athens
  Minsk Tbilisi Yerevan Baku Almaty Tashkent Ukraine Russia China India Japan Germany France Italy
  Spain Poland Turkey Iran Iraq Syria Israel Lebanon Jordan Qatar Pakistan Afghanistan Indonesia
  Philippines Vietnam Thailand Malaysia Australia Canada New_York Texas California Florida Ohio Michigan Arizona
  Georgia Alaska Scotland Wales Bavaria Catalonia Crimea Donbas Kharkiv Odesa Lviv Mariupol Kherson
  Gdansk Krakow Hamburg Munich Frankfurt Marseille Lyon Naples Seville Porto Antwerp Gothenburg
`);

const MINISTRY_DOMAINS = words('Finance Defense Health Energy Trade Transport Education Agriculture Interior Justice Labor Environment');
const PLACE_BODIES = [
  'City Council', 'Port Authority', 'Chamber of Commerce', 'University', 'Police', 'Central Bank',
  'Water Board', 'Electoral Commission', 'Football Club', 'Stock Exchange', 'Regional Assembly', 'Court of Appeal',
];
const CORPORATE_SUFFIXES = words('Group Holdings Energy Motors Capital Bank Airlines Pharmaceuticals Logistics Mining Telecom Foods Steel Shipping');
const BODIES = [
  'United Nations', 'World Bank', 'International Monetary Fund', 'European Commission', 'World Health Organization',
  'European Central Bank', 'African Union', 'Red Cross', 'NATO', 'OPEC', 'Amnesty International', 'Human Rights Watch',
];
const ROLES = [
  'a spokesperson for', 'the chief executive of', 'the head of', 'a senior official at', 'an adviser to',
  'the chair of', 'a lawyer for', 'an analyst at', 'the deputy director of', 'a researcher at',
];
const MINISTER_ROLES = ['the finance minister', 'the foreign minister', 'the prime minister', 'the interior minister', 'the energy minister', 'the defense minister'];
const SOURCES = ['Reuters', 'Associated Press', 'AFP', 'Bloomberg', 'BBC News', 'The Guardian', 'Al Jazeera', 'NPR', 'Deutsche Welle', 'Kyodo'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens of', 'hundreds of', 'thousands of'];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'largest', 'worst', 'biggest'];

function words(text: string): string[] {
  return text.split(/\s+/u).filter((word) => word.length > 0);
}

// ---------------------------------------------------------------------------------------------

/** A person of the corpus. */
interface Person {
  readonly first: string;
  readonly last: string;
  readonly female: boolean;
  readonly role: string;
}

/** The vocabularies of one corpus, with their Zipf samplers. */
interface Vocabulary {
  readonly nouns: Zipf<string>;
  readonly adjectives: Zipf<string>;
  readonly past: Zipf<string>;
  readonly base: Zipf<string>;
  readonly people: Zipf<Person>;
  readonly places: Zipf<string>;
  readonly organizations: Zipf<string>;
  readonly corporations: Zipf<string>;
  readonly sources: Zipf<string>;
}

/** Lexicon words whose most frequent tag is one of `tags`, lowercase letters only, not in `exclude`. */
function lexiconWords(tags: readonly string[], exclude: ReadonlySet<string>, alsoTag?: string): string[] {
  const found: string[] = [];
  for (const [word, wordTags] of Object.entries(lexicon)) {
    const first = wordTags?.[0];
    if (first === undefined || !tags.includes(first)) continue;
    if (alsoTag !== undefined && !wordTags?.includes(alsoTag)) continue;
    if (!/^[a-z]{3,14}$/u.test(word) || exclude.has(word)) continue;
    found.push(word);
  }
  return found;
}

function buildVocabulary(random: Random): Vocabulary {
  const nounHead = [...new Set(HEAD_NOUNS)];
  const adjectiveHead = [...new Set(HEAD_ADJECTIVES)];
  const pastHead = [...new Set(HEAD_PAST)];
  const baseHead = [...new Set(HEAD_BASE)];
  const known = new Set([...nounHead, ...adjectiveHead, ...pastHead, ...baseHead]);
  const nounTail = shuffle(random, lexiconWords(['NN', 'NNS'], known));
  // The rare tail: WordNet lemmas outside the lexicon (74k), so distinct terms keep growing with
  // the corpus as in real text (Heaps' law) instead of stopping at a few thousand.
  const common = new Set([...known, ...Object.keys(lexicon)]);
  const rareTail = shuffle(
    random,
    Object.keys(wordNetWords).filter((word) => /^[a-z]{4,14}$/u.test(word) && !common.has(word)),
  );
  const adjectiveTail = shuffle(random, lexiconWords(['JJ'], known));
  const pastTail = shuffle(random, lexiconWords(['VBD'], known, 'VBN'));
  const baseTail = shuffle(random, lexiconWords(['VB'], known));

  const people: Person[] = [];
  const seen = new Set<string>();
  while (people.length < 4000) {
    const female = random() < 0.45;
    const first = pick(random, female ? FEMALE_FIRST : MALE_FIRST);
    const last = pick(random, SURNAMES);
    if (seen.has(`${first} ${last}`)) continue;
    seen.add(`${first} ${last}`);
    people.push({ first, last, female, role: '' });
  }

  const places = shuffle(random, PLACES.map((place) => place.replace('_', ' ')));
  const corporations = shuffle(
    random,
    Array.from({ length: 600 }, () => `${pick(random, random() < 0.5 ? SURNAMES : places)} ${pick(random, CORPORATE_SUFFIXES)}`),
  );
  const organizations = shuffle(random, [
    ...MINISTRY_DOMAINS.map((domain) => `the Ministry of ${domain}`),
    ...BODIES.map((body) => `the ${body}`),
    ...Array.from({ length: 400 }, () => `the ${pick(random, places)} ${pick(random, PLACE_BODIES)}`),
    ...corporations.slice(0, 300),
  ]);
  const organizationZipf = new Zipf([...new Set(organizations)], 1, 3);
  const withRoles = people.map((person) => ({
    ...person,
    role: random() < 0.25 ? pick(random, MINISTER_ROLES) : `${pick(random, ROLES)} ${organizationZipf.draw(random)}`,
  }));

  return {
    nouns: new Zipf([...nounHead, ...nounTail, ...rareTail], 1.0, 4),
    adjectives: new Zipf([...adjectiveHead, ...adjectiveTail], 1.0, 2),
    past: new Zipf([...pastHead, ...pastTail], 1.0, 2),
    base: new Zipf([...baseHead, ...baseTail], 1.0, 2),
    people: new Zipf(withRoles, 0.9, 5),
    places: new Zipf(places, 1.0, 2),
    organizations: organizationZipf,
    corporations: new Zipf([...new Set(corporations)], 1.0, 3),
    sources: new Zipf(SOURCES, 1.2),
  };
}

/** What an article keeps coming back to: its people, place, organisation and topic words. */
interface ArticleContext {
  readonly random: Random;
  readonly vocabulary: Vocabulary;
  readonly people: readonly Person[];
  readonly mentioned: Set<Person>;
  readonly place: string;
  readonly organization: string;
  readonly topics: readonly string[];
  readonly year: number;
  readonly month: string;
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function noun(ctx: ArticleContext): string {
  return ctx.random() < 0.35 ? pick(ctx.random, ctx.topics) : ctx.vocabulary.nouns.draw(ctx.random);
}
const adjective = (ctx: ArticleContext): string => ctx.vocabulary.adjectives.draw(ctx.random);
const past = (ctx: ArticleContext): string => ctx.vocabulary.past.draw(ctx.random);
const base = (ctx: ArticleContext): string => ctx.vocabulary.base.draw(ctx.random);
const place = (ctx: ArticleContext): string => (ctx.random() < 0.5 ? ctx.place : ctx.vocabulary.places.draw(ctx.random));
const organization = (ctx: ArticleContext): string => (ctx.random() < 0.5 ? ctx.organization : ctx.vocabulary.organizations.draw(ctx.random));
const Organization = (ctx: ArticleContext): string => capitalize(organization(ctx));

function person(ctx: ArticleContext): Person {
  return ctx.random() < 0.8 ? pick(ctx.random, ctx.people) : ctx.vocabulary.people.draw(ctx.random);
}

/** A person the first time (full name and role), "Ms. Surname" or the full name afterwards. */
function personRef(ctx: ArticleContext, withRole = true): string {
  const who = person(ctx);
  if (!ctx.mentioned.has(who)) {
    ctx.mentioned.add(who);
    return withRole ? `${who.first} ${who.last}, ${who.role},` : `${who.first} ${who.last}`;
  }
  return ctx.random() < 0.6 ? `${who.female ? 'Ms.' : 'Mr.'} ${who.last}` : `${who.first} ${who.last}`;
}

/** A person as the subject of a clause, without the appositive role. */
const personName = (ctx: ArticleContext): string => personRef(ctx, false);

function date(ctx: ArticleContext): string {
  const r = ctx.random();
  if (r < 0.4) return `on ${pick(ctx.random, WEEKDAYS)}`;
  if (r < 0.7) return `on ${ctx.month} ${int(ctx.random, 1, 28)}`;
  if (r < 0.85) return `in ${ctx.month}`;
  return `in ${ctx.year - int(ctx.random, 0, 3)}`;
}

function count(ctx: ArticleContext): string {
  const amount = ctx.random() < 0.5 ? String(int(ctx.random, 2, 950)) : pick(ctx.random, NUMBER_WORDS);
  return `${amount} ${plural(noun(ctx))}`;
}

function plural(word: string): string {
  if (word.endsWith('s')) return word;
  if (/[^aeiou]y$/u.test(word)) return `${word.slice(0, -1)}ies`;
  return /(x|ch|sh)$/u.test(word) ? `${word}es` : `${word}s`;
}

function money(ctx: ArticleContext): string {
  const amount = `${int(ctx.random, 1, 99)}${ctx.random() < 0.5 ? `.${int(ctx.random, 1, 9)}` : ''}`;
  const unit = pick(ctx.random, ['million', 'billion']);
  return ctx.random() < 0.6 ? `$${amount} ${unit}` : `${amount} ${unit} euros`;
}

const percent = (ctx: ArticleContext): string => `${int(ctx.random, 1, 40)}.${int(ctx.random, 0, 9)} percent`;

function clause(ctx: ArticleContext): string {
  switch (int(ctx.random, 0, 6)) {
    case 0:
      return `the ${adjective(ctx)} ${noun(ctx)} would ${base(ctx)} the ${noun(ctx)} in ${place(ctx)}`;
    case 1:
      return `${organization(ctx)} ${past(ctx)} the ${adjective(ctx)} ${noun(ctx)} ${date(ctx)}`;
    case 2:
      return `${count(ctx)} had been ${past(ctx)} in ${place(ctx)}`;
    case 3:
      return `the ${noun(ctx)} of ${place(ctx)} was ${adjective(ctx)}`;
    case 4:
      return `the government had no ${noun(ctx)} to ${base(ctx)} the ${noun(ctx)}`;
    case 5:
      return `officials planned to ${base(ctx)} the ${noun(ctx)} and ${base(ctx)} ${noun(ctx)}`;
    default:
      return `${personName(ctx)} ${past(ctx)} the ${noun(ctx)} ${date(ctx)}`;
  }
}

/** Sentence templates of wire copy. */
const TEMPLATES: readonly ((ctx: ArticleContext) => string)[] = [
  (ctx) => `${personRef(ctx)} said ${date(ctx)} that ${clause(ctx)}.`,
  (ctx) => `${Organization(ctx)} said in a statement that ${clause(ctx)}.`,
  (ctx) => `${capitalize(clause(ctx))}, ${personName(ctx)} ${pick(ctx.random, REPORTING_VERBS)} in ${place(ctx)}.`,
  (ctx) => `The ${adjective(ctx)} ${noun(ctx)} ${past(ctx)} ${count(ctx)} in ${place(ctx)} ${date(ctx)}, officials said.`,
  (ctx) => `According to ${organization(ctx)}, ${clause(ctx)}.`,
  (ctx) => `${personName(ctx)} is expected to ${base(ctx)} the ${adjective(ctx)} ${noun(ctx)} at a meeting in ${place(ctx)} ${date(ctx)}.`,
  (ctx) => `Government officials in ${place(ctx)} ${past(ctx)} the ${noun(ctx)} after the ${noun(ctx)} ${past(ctx)} ${count(ctx)}.`,
  (ctx) => `The ${noun(ctx)} comes as ${organization(ctx)} faces ${adjective(ctx)} ${noun(ctx)} over its ${noun(ctx)} in ${place(ctx)}.`,
  (ctx) =>
    `Shares of ${ctx.vocabulary.corporations.draw(ctx.random)} ${pick(ctx.random, ['rose', 'fell', 'jumped', 'slipped'])} ${percent(ctx)} to ${money(ctx)} in ${place(ctx)} trading ${date(ctx)}.`,
  (ctx) => `${personName(ctx)} did not respond to a request for comment on the ${noun(ctx)}.`,
  (ctx) => `"${capitalize(clause(ctx))}," ${personName(ctx)} said.`,
  (ctx) => `${place(ctx)} has ${past(ctx)} ${count(ctx)} since ${ctx.year - int(ctx.random, 1, 12)}, according to ${organization(ctx)}.`,
  (ctx) => `The ${noun(ctx)} was ${past(ctx)} by ${personName(ctx)}, who ${past(ctx)} the ${adjective(ctx)} ${noun(ctx)} ${date(ctx)}.`,
  (ctx) => `It was not immediately clear whether ${clause(ctx)}.`,
  (ctx) => `${personName(ctx)} ${pick(ctx.random, REPORTING_VERBS)} that the ${noun(ctx)} in ${place(ctx)} ${past(ctx)} ${percent(ctx)} last year.`,
  (ctx) => `More than ${int(ctx.random, 2, 90) * 100} people ${past(ctx)} the ${noun(ctx)} in ${place(ctx)} ${date(ctx)}, police said.`,
  (ctx) => `${Organization(ctx)} has ${past(ctx)} ${money(ctx)} for the ${adjective(ctx)} ${noun(ctx)}, a spokeswoman said.`,
  (ctx) => `Critics said the ${noun(ctx)} would ${base(ctx)} ${adjective(ctx)} ${noun(ctx)} and ${base(ctx)} ${noun(ctx)} in ${place(ctx)}.`,
  (ctx) => `The ${adjective(ctx)} ${noun(ctx)} in ${place(ctx)} is the ${pick(ctx.random, ORDINALS)} since ${ctx.year - int(ctx.random, 1, 30)}.`,
  (ctx) => `Talks between ${organization(ctx)} and ${organization(ctx)} over the ${noun(ctx)} are due to resume ${date(ctx)}.`,
  (ctx) => `The ${noun(ctx)}, which ${past(ctx)} ${count(ctx)} ${date(ctx)}, ${past(ctx)} the ${adjective(ctx)} ${noun(ctx)}.`,
  (ctx) => `The meeting began at ${int(ctx.random, 7, 11)} a.m. local time in ${place(ctx)}, and ${clause(ctx)}.`,
];

function sentence(ctx: ArticleContext): string {
  return capitalize(pick(ctx.random, TEMPLATES)(ctx));
}

function headline(ctx: ArticleContext): string {
  const subject = capitalize(ctx.random() < 0.5 ? ctx.organization.replace(/^the /u, '') : ctx.place);
  const verb = pick(ctx.random, ['backs', 'rejects', 'weighs', 'delays', 'unveils', 'faces', 'expands', 'halts']);
  return `${subject} ${verb} ${adjective(ctx)} ${pick(ctx.random, ctx.topics)} ${pick(ctx.random, ['plan', 'deal', 'talks', 'review', 'rules'])}`;
}

export interface CorpusOptions {
  /** Exact number of passages (paragraphs) across all articles. */
  readonly passages: number;
  readonly seed: number;
}

/**
 * Articles of 3–7 paragraphs (5 on average) of 2–4 sentences, `passages` paragraphs in all. Article
 * ids are `story-0000001`…, in id order, so a knowledge folder loads them in the same order.
 */
export function generateCorpus({ passages, seed }: CorpusOptions): Article[] {
  const random = mulberry32(seed);
  const vocabulary = buildVocabulary(mulberry32(seed ^ 0x9e3779b9));
  const articles: Article[] = [];
  let remaining = passages;
  while (remaining > 0) {
    const paragraphCount = Math.min(remaining, int(random, 3, 7));
    remaining -= paragraphCount;
    const year = int(random, 2016, 2025);
    const monthIndex = int(random, 0, 11);
    const people = Array.from({ length: int(random, 1, 3) }, () => vocabulary.people.draw(random));
    const ctx: ArticleContext = {
      random,
      vocabulary,
      people,
      mentioned: new Set(),
      place: vocabulary.places.draw(random),
      organization: vocabulary.organizations.draw(random),
      topics: Array.from({ length: 3 }, () => vocabulary.nouns.draw(random)),
      year,
      month: MONTHS[monthIndex] ?? 'January',
    };
    const paragraphs: string[] = [];
    for (let p = 0; p < paragraphCount; p++) {
      const sentences = Array.from({ length: int(random, 2, 4) }, () => sentence(ctx));
      paragraphs.push(sentences.join(' '));
    }
    const id = `story-${String(articles.length + 1).padStart(7, '0')}`;
    articles.push({
      id,
      title: headline(ctx),
      source: vocabulary.sources.draw(random),
      url: random() < 0.8 ? `https://news.example.com/${year}/${id}` : null,
      published: `${year}-${String(monthIndex + 1).padStart(2, '0')}-${String(int(random, 1, 28)).padStart(2, '0')}`,
      paragraphs,
    });
  }
  return articles;
}

// ---------------------------------------------------------------------------------------------
// Questions

/** How a question was made from its source sentence. */
export type QuestionVariant = 'paraphrase' | 'typo' | 'unknown-name';

export interface BenchQuestion {
  readonly question: string;
  /** The sentence it was made from, `<article>#<paragraph>.<sentence>` (Parley's sentence id). */
  readonly sentenceId: string;
  /** Its paragraph, `<article>#<paragraph>`. */
  readonly passageId: string;
  readonly variant: QuestionVariant;
  /** False for questions about a name the corpus never mentions: the right outcome is a decline. */
  readonly answerable: boolean;
}

export interface QuestionOptions {
  readonly corpus: readonly Article[];
  readonly count: number;
  readonly seed: number;
}

/** Function and reporting words: a question keeps only some of them. */
const QUESTION_STOP = new Set(
  words(`
  a an the of in on at to for and or that which who whose was were is are be been had has have would will
  it its this these those from as by with said told added noted warned stressed confirmed announced
  reporters according statement ms mr not no did than there where after since over into is expected
  `),
);

const DATE_WORD = new RegExp(`\\b(${[...MONTHS, ...WEEKDAYS].join('|')}|(19|20)\\d\\d)\\b`, 'u');
const NAME_PAIR = /\b(?:Ms\.|Mr\.|[A-Z][a-z]+) [A-Z][a-z]+\b/u;

/**
 * `count` questions from random sentences of the corpus: the sentence's content words, some dropped
 * (about a third), sometimes reordered, behind a wh-word that fits what the sentence holds ("When"
 * only for a sentence with a date). About 10 % carry a one-letter typo in a content word; about 10 %
 * ask about a person the corpus never mentions (unanswerable).
 */
export function generateQuestions({ corpus, count, seed }: QuestionOptions): BenchQuestion[] {
  if (corpus.length === 0) return [];
  const random = mulberry32(seed);
  const questions: BenchQuestion[] = [];
  let attempts = 0;
  while (questions.length < count && attempts < count * 20) {
    attempts++;
    const article = pick(random, corpus);
    const paragraphIndex = Math.floor(random() * article.paragraphs.length);
    const spans = splitSentences(article.paragraphs[paragraphIndex] ?? '');
    if (spans.length === 0) continue;
    const position = Math.floor(random() * spans.length);
    const text = spans[position]?.text ?? '';
    const tokens = text
      .replace(/["“”,;:()$]/gu, ' ')
      .split(/\s+/u)
      .map((word) => word.replace(/\.$/u, ''))
      .filter((word) => word.length > 0);
    const isContent = (word: string): boolean => !QUESTION_STOP.has(word.toLowerCase());
    const content = tokens.filter(isContent);
    if (content.length < 3) continue;

    // A third of the content words and half of the function words go; questions keep some "the", "of", "in".
    let kept = tokens.filter((word) => random() >= (isContent(word) ? 0.33 : 0.5));
    if (kept.filter(isContent).length < 3) kept = content.slice(0, 3);
    if (random() < 0.3) {
      const cut = int(random, 1, kept.length - 1);
      kept = [...kept.slice(cut), ...kept.slice(0, cut)];
    }

    const r = random();
    let variant: QuestionVariant = 'paraphrase';
    let question: string;
    if (r < 0.1) {
      variant = 'unknown-name';
      const absent = `${pick(random, random() < 0.5 ? FEMALE_FIRST : MALE_FIRST)} ${pick(random, ABSENT_SURNAMES)}`;
      question = `What did ${absent} say about ${kept.join(' ')}?`;
    } else {
      if (r < 0.2) {
        const from = Math.floor(random() * kept.length);
        const typoAt = kept.findIndex((word, i) => i >= from && /^[A-Za-z]{5,}$/u.test(word));
        if (typoAt >= 0) {
          kept[typoAt] = typo(random, kept[typoAt] ?? '');
          variant = 'typo';
        }
      }
      const wh = DATE_WORD.test(text) ? 'When' : NAME_PAIR.test(text) && random() < 0.5 ? 'Who' : 'What';
      question = `${wh} ${kept.join(' ')}?`;
    }
    const passageId = `${article.id}#${paragraphIndex + 1}`;
    questions.push({ question, sentenceId: `${passageId}.${position + 1}`, passageId, variant, answerable: variant !== 'unknown-name' });
  }
  return questions;
}

/** One edit (substitution, deletion, transposition or doubling) away from the first letter. */
function typo(random: Random, word: string): string {
  const at = int(random, 1, word.length - 2);
  const letter = String.fromCharCode(97 + int(random, 0, 25));
  switch (int(random, 0, 3)) {
    case 0:
      return word.slice(0, at) + (word[at] === letter ? 'x' : letter) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    case 2:
      return word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2);
    default:
      return word.slice(0, at) + (word[at] ?? '') + word.slice(at);
  }
}

/** A paragraph of the corpus, for engines that index passages. */
export interface BenchPassage {
  readonly key: number;
  /** `<article>#<paragraph>`. */
  readonly id: string;
  readonly title: string;
  readonly text: string;
}

export function passagesOf(corpus: readonly Article[]): BenchPassage[] {
  const passages: BenchPassage[] = [];
  for (const article of corpus) {
    article.paragraphs.forEach((text, i) => {
      passages.push({ key: passages.length, id: `${article.id}#${i + 1}`, title: article.title, text });
    });
  }
  return passages;
}
