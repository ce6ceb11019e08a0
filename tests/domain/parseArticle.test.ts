import { describe, expect, it } from 'vitest';
import { formatArticle } from '../../src/domain/knowledge/formatArticle.js';
import { parseArticle } from '../../src/domain/knowledge/parseArticle.js';
import { formatProblem } from '../../src/domain/knowledge/problem.js';

const FILE = 'knowledge/talks.md';
const valid = `---
title: Envoys meet in Istanbul
source: Reuters
url: https://example.org/story
published: 2025-04-10
---
First paragraph.
It continues on a second line.

Second paragraph.
`;

function problemsOf(text: string, id = 'talks'): string[] {
  const parsed = parseArticle(id, text, FILE);
  return parsed.kind === 'invalid' ? parsed.problems.map(formatProblem) : [];
}

describe('parseArticle', () => {
  it('reads the fields and one paragraph per blank-line block', () => {
    const parsed = parseArticle('talks', valid, FILE);
    expect(parsed).toEqual({
      kind: 'ok',
      article: {
        id: 'talks',
        title: 'Envoys meet in Istanbul',
        source: 'Reuters',
        url: 'https://example.org/story',
        published: '2025-04-10',
        paragraphs: ['First paragraph. It continues on a second line.', 'Second paragraph.'],
      },
    });
  });

  it('accepts bytes, Windows line endings and a byte-order mark', () => {
    const text = `\uFEFF${valid.replaceAll('\n', '\r\n')}`;
    const parsed = parseArticle('talks', new TextEncoder().encode(text), FILE);
    expect(parsed.kind === 'ok' && parsed.article.paragraphs).toEqual([
      'First paragraph. It continues on a second line.',
      'Second paragraph.',
    ]);
  });

  it('treats url as optional', () => {
    const parsed = parseArticle('talks', valid.replace('url: https://example.org/story\n', ''), FILE);
    expect(parsed.kind === 'ok' && parsed.article.url).toBeNull();
  });

  it.each([
    ['no front matter', 'Just text.', 'knowledge/talks.md: front matter is missing: the file must start with a "---" line, the fields, and another "---" line'],
    ['unclosed front matter', '---\ntitle: x\n', 'knowledge/talks.md: front matter is not closed: add a "---" line after the fields'],
    ['YAML that is a list', '---\n- a\n- b\n---\nText.', 'knowledge/talks.md: front matter must be a list of "field: value" lines'],
    ['a missing title', valid.replace('title: Envoys meet in Istanbul\n', ''), 'knowledge/talks.md: "title" is required'],
    ['an empty source', valid.replace('source: Reuters', 'source: ""'), 'knowledge/talks.md: "source" must not be empty'],
    ['a date in another format', valid.replace('2025-04-10', '10/04/2025'), 'knowledge/talks.md: "published" must be an ISO date (YYYY-MM-DD), got "10/04/2025"'],
    ['an impossible date', valid.replace('2025-04-10', '2025-02-30'), 'knowledge/talks.md: "published" must be an ISO date (YYYY-MM-DD), got "2025-02-30"'],
    ['a javascript: url', valid.replace('https://example.org/story', 'javascript:alert(1)'), 'knowledge/talks.md: "url" must be an http:// or https:// link, got "javascript:alert(1)"'],
    ['an empty body', valid.slice(0, valid.indexOf('First')), 'knowledge/talks.md: the article has no text after the front matter'],
  ])('names the problem for %s', (_case, text, message) => {
    expect(problemsOf(text)).toContain(message);
  });

  it('reports every problem of a file at once, with the field', () => {
    const parsed = parseArticle('talks', '---\ntitle: ""\npublished: soon\n---\nText.', FILE);
    expect(parsed.kind).toBe('invalid');
    if (parsed.kind !== 'invalid') return;
    expect(parsed.problems.map((problem) => problem.field)).toEqual(['title', 'source', 'published']);
  });

  it('reports invalid YAML with the parser reason', () => {
    expect(problemsOf('---\ntitle: [unclosed\n---\nText.')[0]).toMatch(/^knowledge\/talks\.md: front matter is not valid YAML: /u);
  });

  it('takes a headline with a colon as written, which YAML would want quoted', () => {
    const parsed = parseArticle('talks', valid.replace(/^title: .*$/mu, 'title: Explainer: How the embassies ran out of diplomats  # a BBC headline'), FILE);
    expect(parsed.kind === 'ok' && parsed.article.title).toBe('Explainer: How the embassies ran out of diplomats');
    // Two titles are still a problem, not a guess.
    expect(problemsOf(valid.replace(/^title: .*$/mu, 'title: A: b\ntitle: C: d'))[0]).toMatch(/not valid YAML/u);
  });

  it.each(['Talks', 'talks_2025', '-talks', '../etc/passwd', 'a'.repeat(65), ''])('refuses the id %j', (id) => {
    expect(problemsOf(valid, id)[0]).toMatch(/the file name must be an article id/u);
  });

  it('refuses files over 1 MB and non-UTF-8 bytes', () => {
    expect(problemsOf(valid + 'x'.repeat(1024 * 1024))).toEqual(['knowledge/talks.md: the file is 1.0 MB, over the 1.0 MB limit']);
    expect(parseArticle('talks', new Uint8Array([0x2d, 0xff, 0xfe]), FILE)).toEqual({
      kind: 'invalid',
      problems: [{ file: FILE, message: 'the file is not UTF-8 text' }],
    });
  });
});

describe('formatArticle', () => {
  it('writes a file that parses back to the same article', () => {
    const parsed = parseArticle('talks', valid, FILE);
    if (parsed.kind !== 'ok') throw new Error('fixture invalid');
    const tricky = { ...parsed.article, title: 'Talks: "round two" # of many', source: 'AP' };
    expect(parseArticle('talks', formatArticle(tricky), FILE)).toEqual({ kind: 'ok', article: tricky });
  });
});
