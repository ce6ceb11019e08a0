import { describe, expect, it } from 'vitest';
import { escapeForDiscord, highlightMatches } from '../../src/discord/markdown.js';
import { termsOf } from '../../src/domain/text/terms.js';

/** A `[` that Discord would read as markup: not preceded by an odd number of backslashes. */
const UNESCAPED_OPEN_BRACKET = /(?<!\\)(?:\\\\)*\[/u;

describe('escapeForDiscord', () => {
  it.each([
    ['bold', '**big** news', '\\*\\*big\\*\\* news'],
    ['italic stars', 'an *important* day', 'an \\*important\\* day'],
    ['italic underscores', 'the _new_ envoy', 'the \\_new\\_ envoy'],
    ['underline', '__very__ late', '\\_\\_very\\_\\_ late'],
    ['inline code', 'use `rm -rf` now', 'use \\`rm -rf\\` now'],
    ['strikethrough', '~~retracted~~ claim', '\\~\\~retracted\\~\\~ claim'],
    ['spoiler', '||secret|| deal', '\\|\\|secret\\|\\| deal'],
    ['a masked link', 'see [the story](https://evil.example) here', 'see \\[the story](https://evil.example) here'],
    ['a heading', '# Breaking news', '\\# Breaking news'],
    ['a bulleted list', '- first point', '\\- first point'],
    ['a numbered list', '1. first point', '1\\. first point'],
    ['a leading block quote', '> quoted words', '\\> quoted words'],
    ['a user mention', 'ask <@123> now', 'ask <\\@123> now'],
    ['a nickname mention', 'ask <@!123> now', 'ask <\\@!123> now'],
    ['a role mention', 'ping <@&55>', 'ping <\\@&55>'],
    ['a channel mention', 'see <#1>', 'see <\\#1>'],
    ['@everyone', 'hello @everyone', 'hello @\u200beveryone'],
    ['@here', 'hello @here', 'hello @\u200bhere'],
    ['a backslash', 'C:\\path', 'C:\\\\path'],
  ])('neutralises %s', (_case, text, expected) => {
    expect(escapeForDiscord(text)).toBe(expected);
  });

  it('leaves plain prose alone', () => {
    const text = 'Reuters reported that on April 10, US and Russian delegations visited Istanbul (Türkiye).';
    expect(escapeForDiscord(text)).toBe(text);
  });

  it('escapes every mention in a text, not only the first', () => {
    expect(escapeForDiscord('<@1> and <@2>, @everyone and @everyone')).toBe('<\\@1> and <\\@2>, @\u200beveryone and @\u200beveryone');
  });
});

describe('highlightMatches', () => {
  it('bolds exactly the words whose terms matched, keeping their spelling', () => {
    const sentence = 'The Russian Foreign Ministry said the talks would be led by Alexander Darchiev.';
    expect(highlightMatches(sentence, ['lead', 'talk'])).toBe(
      'The Russian Foreign Ministry said the **talks** would be **led** by Alexander Darchiev.',
    );
  });

  it('bolds the alias the sentence uses: "led" for a question that said "headed"', () => {
    // The answer engine reports the alias term ("lead") for the question's "headed"; bold follows it.
    expect(termsOf('headed')).not.toEqual(termsOf('led'));
    expect(highlightMatches('The talks were led by Darchiev.', termsOf('led'))).toBe('The talks were **led** by Darchiev.');
  });

  it('bolds every occurrence and nothing when no term matches', () => {
    expect(highlightMatches('Russia and Russia again.', termsOf('Russia'))).toBe('**Russia** and **Russia** again.');
    expect(highlightMatches('Nothing to see.', termsOf('visa'))).toBe('Nothing to see.');
  });

  it('escapes the text around and inside the bold words', () => {
    expect(highlightMatches('The *secret* talks_ @everyone <@1>', termsOf('talks'))).toBe(
      'The \\*secret\\* **talks**\\_ @\u200beveryone <\\@1>',
    );
    expect(highlightMatches('> a quote on visas', termsOf('visas'))).toBe('\\> a quote on **visas**');
  });

  // Was a bug (fixed): highlightMatches escapes the text piece by piece (before, between and after the bold
  // words), so discord.js's masked-link escape (which needs the whole `[text](url)` in one piece)
  // never fires when a matched word sits inside the link text: "Read [the talks](https://evil.example)"
  // with "talks" matched comes out as `Read [the **talks**](https://evil.example)`, a live masked link.
  it('keeps a masked link in the article inert even when a matched word is inside it', () => {
    const out = highlightMatches('Read [the talks](https://evil.example) now.', termsOf('talks'));
    expect(out).not.toMatch(UNESCAPED_OPEN_BRACKET);
  });

  it('keeps a masked link inert when no matched word is inside it', () => {
    const out = highlightMatches('The talks [story](https://evil.example) ended.', termsOf('talks'));
    expect(out).toBe('The **talks** \\[story](https://evil.example) ended.');
  });
});
