/** The outcome of asking the limiter for one more action. */
export type RateDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterMs: number };

/**
 * A sliding-window limit per key (per member for `/ask`): at most `limit` actions in any
 * `windowMs`. A limit of 0 turns it off. Memory stays bounded: keys idle for a window are dropped.
 */
export class RateLimiter {
  private readonly history = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records an action for `key` if allowed; otherwise says how long until the next one is. */
  take(key: string): RateDecision {
    if (this.limit <= 0) return { allowed: true };
    const now = this.now();
    this.sweep(now);
    const recent = (this.history.get(key) ?? []).filter((time) => now - time < this.windowMs);
    if (recent.length >= this.limit) {
      this.history.set(key, recent);
      return { allowed: false, retryAfterMs: this.windowMs - (now - (recent[0] ?? now)) };
    }
    recent.push(now);
    this.history.set(key, recent);
    return { allowed: true };
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [key, times] of this.history) {
      if (times.every((time) => now - time >= this.windowMs)) this.history.delete(key);
    }
  }
}
