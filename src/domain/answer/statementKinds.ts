/**
 * Statements a question can ask for that only some sentences make: what talks settled ("What was
 * agreed?"), what someone did before ("What was Darchiev's previous posting?"), when they took
 * up a post ("When did Volkhov become ambassador?") or who held it before them, whether a property
 * was given back ("Will the villa be handed back?") or someone was there in person. A sentence on the
 * right topic that makes no such statement does not answer, and Parley says the sources do not
 * report it rather than quote it.
 */
export type StatementKind = 'outcome' | 'career' | 'appointment' | 'predecessor' | 'return' | 'attendance';

interface StatementRule {
  /** Words in a question asking for the statement. */
  readonly asked: RegExp;
  /** Words in a sentence that makes it. */
  readonly made: RegExp;
}

const RULES: Readonly<Record<StatementKind, StatementRule>> = {
  outcome: {
    // "agreement", "outcome", "what was agreed", "agree to", "reach a deal"; not "agree on/that"
    // (holding the same view) nor a deal named as a condition ("a peace deal").
    // "What did the two sides actually agree at the end?", "what did the US and Russia agree about
    // the villa?", "what did they end up agreeing?" too.
    asked: /\b(?:agreements?|outcomes?|results?|(?:was|were|been) agreed|agreed? to|(?:sides?|parties|delegations|they|countries) (?:\p{L}+ly )?agreed?(?! that| with| beforehand| in advance| previously)|\bwhat did (?:[\p{L}-]+ ){1,5}agree(?! that| with| on)|end(?:ed)? up agreeing|(?:reach|reached|strike|struck|sign|signed|make|made|cut) an? (?:\p{L}+ )?deal|breakthrough)\b/iu,
    // An agreement, a decision, a deal, or a refusal ("which Moscow rejected").
    made: /\b(?:agree\p{L}*|deals?|accords?|outcomes?|results?|resulted|conclu\p{L}+|decid\p{L}+|decisions?|signed|settle\p{L}*|breakthrough|consensus|reject\p{L}*|refus\p{L}*|declin\p{L}*|turned down)\b/iu,
  },
  career: {
    // "background", "career", "previous posting", "her job before this", "before becoming consul
    // general"; not an "ethnic background", nor "the background of mistrust" or "of the talks".
    asked: /\b(?:(?<!(?:ethnic|racial|religious|cultural|social|political) )background(?!\s+(?:of|to)\s+(?:the\s+|this\s+|these\s+)?(?:mistrust|distrust|tensions?|hostility|friction|talks|meeting|negotiations|dispute|row|crisis|conflict|relations|story|events?|issues?|it)\b)|career|(?<!(?:film|movie|screen|tv|television) )biography|previous (?:job|post|posting|role|position|work)|prior (?:job|post|posting|role|position)|(?:job|post|posting|role|position) before|(?:job|post|posting|role|position|title)\b(?:\s+\S+){0,5}\s+before\s+(?:her|his|their)\s+(?:current|present|new)\b|before (?:becoming|joining|taking|being))\b/iu,
    made: /\b(?:former(?:ly)?|served|career|graduated|born|joined|worked|appointed|prior to|before (?:becoming|joining|taking)|veteran)\b/iu,
  },
  appointment: {
    // "When did Volkhov become ambassador?", "when was she appointed": the start of a post (not
    // "become complicated").
    asked: /\b(?:bec[oa]me (?:the |a |an )?(?:new )?(?:\p{L}+ ){0,2}(?:ambassador|envoy|minister|president|secretary|spokes\p{L}+|consul|chair\p{L}*|director|head|leader|chief|governor|mayor)|appointed|took office|sworn in)\b/iu,
    // ... or calls them new to it ("the new Russian Ambassador to Washington", "newly appointed").
    made: /\b(?:become|became|appointed|named|took office|sworn in|took up|assumed|nominated|elected|promoted|succeeded|replaced|newly|new (?:\p{L}+ ){0,2}(?:ambassador|envoy|minister|president|secretary|spokes\p{L}+|consul|chair\p{L}*|director|head|leader|chief|governor|mayor))\b/iu,
  },
  return: {
    // "Will the Killenworth villa be handed back to Russia?", "has the US lifted the restrictions?":
    // a property or a measure given back or undone.
    asked: /\b(?:hand(?:ed|ing|s)? (?:it |them |\p{L}+ )?back|give[ns]? (?:it |them )?back|gave (?:it |them )?back|giving (?:it |them )?back|be returned|get (?:it|them) back|lift(?:ed|ing|s)? (?:the |its |their )?(?:restrictions?|sanctions?|curbs?|ban|limits?)|unfr(?:eeze|oze|ozen))\b/iu,
    made: /\b(?:return\p{L}*|hand\p{L}* (?:\p{L}+ )?back|give\p{L}* back|gave back|lift\p{L}*|unfr\p{L}+|unseal\p{L}*|reopen\p{L}*|restor\p{L}*|releas\p{L}*)\b/iu,
  },
  attendance: {
    // "Did Tammy Bruce attend the meeting herself?", "did she go to Istanbul herself": being there.
    asked: /\b(?:attend(?:ed|s|ing)?|(?:go|went|travel(?:l?ed)?) to (?:\p{L}+ ){0,3}(?:herself|himself|themselves|in person)|(?:herself|himself|in person)\b.*\b(?:there|attend|present))\b/iu,
    made: /\b(?:attend\p{L}*|took part|take part|participat\p{L}*|present at|joined|led|headed|visited|arrived|entered|travel\p{L}*|met)\b/iu,
  },
  predecessor: {
    // "Who was Russia's ambassador before Darchiev?", "who held the post before her": whoever had
    // it earlier (not "before the talks", "before April").
    asked: /^\s*who\b.*\bbefore (?:(?:mr|mrs|ms|dr)\.? )?(?!(?:the|a|an|it|that|this|then|now|january|february|march|april|may|june|july|august|september|october|november|december)\b)\p{L}+\W*$|^\s*who\b.*\bbefore the (?:new|current|present)\b|\bpredecessor\b/iu,
    made: /\b(?:predecessor|preceded|succeed\p{L}*|replac\p{L}+|former(?:ly)?|previous(?:ly)?|until (?:his|her|their)|outgoing)\b/iu,
  },
};

/** The statement a question asks for, or null for an ordinary question. */
export function statementAskedIn(question: string): StatementKind | null {
  for (const kind of Object.keys(RULES) as StatementKind[]) if (RULES[kind].asked.test(question)) return kind;
  return null;
}

/** Whether a sentence makes a statement of that kind. */
export function makesStatement(sentence: string, kind: StatementKind): boolean {
  return RULES[kind].made.test(sentence);
}
