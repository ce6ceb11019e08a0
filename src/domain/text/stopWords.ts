/**
 * English function words that carry no topic. The list is deliberately conservative: a word that can
 * name something in the news stays searchable. "us" is never a stop word, because folding makes the
 * country "US" and the pronoun "us" the same string and the country matters far more here.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'about', 'above', 'after', 'again', 'against', 'all', 'also', 'am', 'an', 'and', 'any', 'are',
  'as', 'at', 'be', 'been', 'before', 'being', 'below', 'between', 'both', 'but', 'by', 'can',
  'could', 'did', 'do', 'does', 'doing', 'done', 'down', 'during', 'each', 'either', 'else', 'ever',
  'few', 'for', 'from', 'further', 'had', 'has', 'have', 'having', 'he', 'her', 'here', 'hers',
  'herself', 'him', 'himself', 'his', 'how', 'i', 'if', 'in', 'into', 'is', 'it', 'its', 'itself',
  'just', 'let', 'may', 'me', 'might', 'more', 'most', 'must', 'my', 'myself', 'no', 'nor', 'not',
  'now', 'of', 'off', 'on', 'once', 'only', 'or', 'other', 'ought', 'our', 'ours', 'ourselves',
  'out', 'over', 'own', 'same', 'shall', 'she', 'should', 'so', 'some', 'such', 'than', 'that',
  'the', 'their', 'theirs', 'them', 'themselves', 'then', 'there', 'these', 'they', 'this', 'those',
  'through', 'to', 'too', 'under', 'until', 'up', 'upon', 'very', 'was', 'we', 'were', 'what',
  'whatever', 'when', 'where', 'whether', 'which', 'while', 'who', 'whoever', 'whom', 'whose', 'why',
  'will', 'with', 'within', 'would', 'you', 'your', 'yours', 'yourself', 'yourselves',
  // Contractions after folding strips the apostrophe.
  'dont', 'doesnt', 'didnt', 'isnt', 'wasnt', 'arent', 'werent', 'cant', 'couldnt', 'wont', 'wouldnt',
  'shouldnt', 'hasnt', 'havent', 'hadnt', 'im', 'ive', 'youre', 'theyre', 'thats', 'whats', 'whos',
  'hes', 'shes', 'weve', 'theyve', 'youve', 'theyd', 'youd', 'itd', 'hed', 'whod', 'theyll', 'youll', 'itll',
  'theres', 'heres', 'wouldve', 'couldve', 'shouldve', 'aint', 'cannot',
  // "according to": reported speech, not content.
  'according',
  // Contraction fragments of tokenised text ("Horus 's", "do n't") and honorifics ("Mr Darchiev").
  's', 't', 'd', 'll', 're', 've', 'm', 'nt', 'mr', 'mrs', 'ms', 'mx',
  // Penn Treebank bracket tokens found in newswire corpora.
  'lrb', 'rrb', 'lsb', 'rsb', 'lcb', 'rcb',
]);
