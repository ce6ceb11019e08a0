import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/app/rateLimiter.js';

/** A limiter on a hand-driven clock. */
function limiter(limit: number, windowMs: number): { limiter: RateLimiter; at(ms: number): RateLimiter } {
  let now = 0;
  const instance = new RateLimiter(limit, windowMs, () => now);
  return {
    limiter: instance,
    at(ms) {
      now = ms;
      return instance;
    },
  };
}

/** The limiter's per-key history (private: read only to check that memory stays bounded). */
function trackedKeys(instance: RateLimiter): string[] {
  return [...(instance as unknown as { history: Map<string, number[]> }).history.keys()];
}

describe('RateLimiter', () => {
  it('allows `limit` actions in a window and refuses the next with the time until the oldest leaves', () => {
    const clock = limiter(3, 10_000);
    expect(clock.at(0).take('a')).toEqual({ allowed: true });
    expect(clock.at(2_000).take('a')).toEqual({ allowed: true });
    expect(clock.at(4_000).take('a')).toEqual({ allowed: true });
    expect(clock.at(4_500).take('a')).toEqual({ allowed: false, retryAfterMs: 5_500 });
    expect(clock.at(9_999).take('a')).toEqual({ allowed: false, retryAfterMs: 1 });
  });

  it('slides: each action leaves the window exactly windowMs after it was taken', () => {
    const clock = limiter(2, 10_000);
    clock.at(0).take('a');
    clock.at(6_000).take('a');
    expect(clock.at(10_000).take('a')).toEqual({ allowed: true }); // the action at 0 has left
    expect(clock.at(12_000).take('a')).toEqual({ allowed: false, retryAfterMs: 4_000 }); // 6 000 leaves at 16 000
    expect(clock.at(16_000).take('a')).toEqual({ allowed: true });
  });

  it('does not count refused attempts', () => {
    const clock = limiter(1, 10_000);
    clock.at(0).take('a');
    for (let t = 1_000; t < 10_000; t += 1_000) expect(clock.at(t).take('a').allowed).toBe(false);
    expect(clock.at(10_000).take('a')).toEqual({ allowed: true });
  });

  it('keeps a separate allowance per key', () => {
    const clock = limiter(1, 10_000);
    expect(clock.at(0).take('a').allowed).toBe(true);
    expect(clock.at(0).take('b').allowed).toBe(true);
    expect(clock.at(1).take('a').allowed).toBe(false);
  });

  it('is off with a limit of 0', () => {
    const clock = limiter(0, 0);
    for (let i = 0; i < 100; i++) expect(clock.at(0).take('a')).toEqual({ allowed: true });
    expect(trackedKeys(clock.limiter)).toEqual([]);
  });

  it('forgets keys idle for a whole window, and keeps active ones', () => {
    const clock = limiter(5, 10_000);
    clock.at(0).take('idle-1');
    clock.at(1_000).take('idle-2');
    clock.at(9_000).take('active');
    expect(trackedKeys(clock.limiter)).toEqual(['idle-1', 'idle-2', 'active']);
    clock.at(12_000).take('other');
    expect(trackedKeys(clock.limiter).sort()).toEqual(['active', 'other']);
    clock.at(40_000).take('late');
    expect(trackedKeys(clock.limiter)).toEqual(['late']);
  });
});
