import { termsOf } from '../text/terms.js';

/**
 * Kinds of thing a question asks for by their class word ("What sport do the Harlem Globetrotters
 * play?") while a news story names only the member ("the touring basketball performers"). One way
 * only, like regions: the class finds its members, but a member never finds another member
 * (basketball is not baseball). Closed, everyday classes only, named by a word with no other
 * sense in the news ("faith" is also "good faith"), whose members are single words whose stems mean
 * nothing else ("boxing" would find a "box", "rowing" a "row", "organ" a body's): colours are left
 * out for that. Not languages either: "Russian" and "English" are mostly peoples and countries in the
 * news ("What language were the talks held in?" was answered with "the Russian delegation").
 */
const CLASSES: readonly { readonly names: readonly string[]; readonly members: readonly string[] }[] = [
  {
    names: ['sport', 'sports'],
    members: [
      'basketball', 'baseball', 'football', 'soccer', 'hockey', 'tennis', 'golf', 'cricket', 'rugby', 'volleyball', 'skiing', 'gymnastics',
      'handball', 'badminton', 'lacrosse',
    ],
  },
  {
    names: ['religion', 'religions'],
    members: [
      'Christianity', 'Christian', 'Catholic', 'Protestant', 'Lutheran', 'Baptist', 'Methodist', 'Presbyterian', 'Anglican', 'Mormon', 'Orthodox',
      'Islam', 'Muslim', 'Judaism', 'Jewish', 'Hinduism', 'Hindu', 'Buddhism', 'Buddhist', 'Sikh',
    ],
  },
  {
    names: ['relative', 'relatives'],
    members: ['cousin', 'niece', 'nephew', 'uncle', 'aunt', 'grandson', 'granddaughter', 'grandfather', 'grandmother', 'brother', 'sister'],
  },
  {
    names: ['instrument', 'instruments'],
    members: ['piano', 'guitar', 'violin', 'cello', 'trumpet', 'saxophone', 'flute', 'clarinet', 'harp'],
  },
];

/** Each class word's term → its members as terms. */
const MEMBERS_BY_CLASS: ReadonlyMap<string, readonly (readonly string[])[]> = new Map(
  CLASSES.flatMap(({ names, members }) => {
    const memberTerms = members.map((member) => termsOf(member)).filter((terms) => terms.length > 0);
    return names.flatMap((name) => termsOf(name).map((term) => [term, memberTerms] as const));
  }),
);

/**
 * The members of the class a one-word phrase names ("sport" → basketball, baseball, …), each as
 * its search terms; empty when the terms are no single class word.
 */
export function membersOfClass(terms: readonly string[]): readonly (readonly string[])[] {
  const [term, ...rest] = terms;
  return term === undefined || rest.length > 0 ? [] : (MEMBERS_BY_CLASS.get(term) ?? []);
}
