import { describe, expect, it } from 'vitest';
import { truncateText } from '../../src/discord/limits.js';

describe('truncateText', () => {
  it('returns text that fits unchanged, including text exactly at the limit', () => {
    expect(truncateText('The talks began.', 100)).toBe('The talks began.');
    expect(truncateText('abcde', 5)).toBe('abcde');
  });

  it('cuts at the last sentence end that keeps at least half, and appends the note', () => {
    const text = 'The envoys met in Istanbul. They talked for six hours. Then everyone went home for dinner.';
    // Room is 60 - 2 = 58: the second sentence ends at 54 (≥ 29), the third does not fit.
    expect(truncateText(text, 60)).toBe('The envoys met in Istanbul. They talked for six hours. …');
  });

  it('keeps a closing quote or bracket with the sentence it ends', () => {
    const text = 'He said: "We are ready." The delegation then left the building through the back door.';
    expect(truncateText(text, 40)).toBe('He said: "We are ready." …');
  });

  it('cuts at a word when the only sentence end would keep less than half', () => {
    const text = 'One two. Three four five six seven eight nine ten eleven.';
    // The sentence end at 8 is under half of the room (28 / 2): cut at the last space before 28.
    expect(truncateText(text, 30)).toBe('One two. Three four five six …');
  });

  it('cuts at a word when there is no sentence end at all', () => {
    expect(truncateText('alpha beta gamma delta epsilon zeta eta theta', 20)).toBe('alpha beta gamma …');
  });

  it('hard-cuts a single long word', () => {
    expect(truncateText('x'.repeat(50), 10)).toBe(`${'x'.repeat(8)} …`);
  });

  it('counts the note in the limit, with a custom note', () => {
    const note = '\n*(cut to fit Discord)*';
    const out = truncateText('word '.repeat(200), 100, note);
    expect(out.length).toBeLessThanOrEqual(100);
    expect(out.endsWith(note)).toBe(true);
    expect(out).toBe(`${'word '.repeat(15).trimEnd()}${note}`);
  });

  it.each([1, 2, 3, 7, 50, 99, 100, 2000, 4096])('never exceeds max=%i', (max) => {
    const texts = [
      'A sentence. '.repeat(500),
      'x'.repeat(5000),
      'word '.repeat(1000),
      'Quote: “done.” Next one! And? More… '.repeat(200),
    ];
    for (const text of texts) expect(truncateText(text, max).length).toBeLessThanOrEqual(max);
  });

  it('never exceeds max even when the note is longer than max', () => {
    expect(truncateText('some long text here', 3, ' (truncated)')).toBe(' (t');
  });
});
