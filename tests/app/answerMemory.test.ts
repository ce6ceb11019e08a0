import { describe, expect, it } from 'vitest';
import { AnswerMemory, type RememberedAnswer } from '../../src/app/answerMemory.js';

const answer = (question: string): RememberedAnswer => ({ question, sentenceIds: [`a#1.${question.length}`], more: [] });

describe('AnswerMemory', () => {
  it('recalls what it remembered, and nothing for an unknown key', () => {
    const memory = new AnswerMemory(10);
    memory.remember('1', answer('Who led the talks?'));
    expect(memory.recall('1')).toEqual(answer('Who led the talks?'));
    expect(memory.recall('2')).toBeUndefined();
  });

  it('forgets the oldest answers beyond its capacity', () => {
    const memory = new AnswerMemory(3);
    for (const key of ['1', '2', '3', '4', '5']) memory.remember(key, answer(`q${key}`));
    expect(['1', '2', '3', '4', '5'].map((key) => memory.recall(key)?.question ?? null)).toEqual([null, null, 'q3', 'q4', 'q5']);
  });

  it('counts a remembered-again key as the newest', () => {
    const memory = new AnswerMemory(2);
    memory.remember('1', answer('first'));
    memory.remember('2', answer('second'));
    memory.remember('1', answer('first again'));
    memory.remember('3', answer('third'));
    expect([memory.recall('1')?.question, memory.recall('2'), memory.recall('3')?.question]).toEqual(['first again', undefined, 'third']);
  });
});
