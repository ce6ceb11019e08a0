/**
 * An append-only log that tests can wait on: `waitFor` resolves with the first entry (already logged or logged
 * later) that matches, or rejects after a timeout with a message describing what was seen instead.
 */

interface Waiter<T> {
  predicate: (item: T) => boolean;
  resolve: (item: T) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export class EventLog<T> {
  /** Every entry, oldest first. */
  readonly items: T[] = [];
  readonly #waiters = new Set<Waiter<T>>();
  #closed: Error | null = null;

  /** @param name What the entries are, for timeout messages ("REST request", "IDENTIFY"...). */
  constructor(
    private readonly name: string,
    private readonly describe: (item: T) => string = (item) => JSON.stringify(item),
  ) {}

  /** Appends an entry and resolves the waiters it matches. */
  push(item: T): void {
    this.items.push(item);
    for (const waiter of [...this.#waiters]) {
      let matches: boolean;
      try {
        matches = waiter.predicate(item);
      } catch (error) {
        this.#settle(waiter);
        waiter.reject(error instanceof Error ? error : new Error(String(error)));
        continue;
      }
      if (matches) {
        this.#settle(waiter);
        waiter.resolve(item);
      }
    }
  }

  /**
   * The first entry matching `predicate`, searching the entries logged so far and then waiting for new ones.
   * @param what Describes the awaited entry in the timeout error.
   */
  waitFor(predicate: (item: T) => boolean, timeoutMs: number, what = 'a matching entry'): Promise<T> {
    if (this.#closed) return Promise.reject(this.#closed);
    const found = this.items.find(predicate);
    if (found !== undefined) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        predicate,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.#settle(waiter);
          reject(new Error(this.#timeoutMessage(what, timeoutMs)));
        }, timeoutMs),
      };
      this.#waiters.add(waiter);
    });
  }

  /** Rejects every pending waiter (and later calls) with `reason`; clears their timers. */
  close(reason: string): void {
    this.#closed = new Error(reason);
    for (const waiter of [...this.#waiters]) {
      this.#settle(waiter);
      waiter.reject(this.#closed);
    }
  }

  #settle(waiter: Waiter<T>): void {
    clearTimeout(waiter.timer);
    this.#waiters.delete(waiter);
  }

  #timeoutMessage(what: string, timeoutMs: number): string {
    const recent = this.items.slice(-12).map((item) => `  - ${this.describe(item)}`);
    const seen = recent.length > 0 ? `last ${recent.length} of ${this.items.length}:\n${recent.join('\n')}` : 'none';
    return `fake Discord: timed out after ${timeoutMs} ms waiting for ${what} (${this.name} seen: ${seen})`;
  }
}
