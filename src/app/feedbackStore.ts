import path from 'node:path';
import { JsonLinesFile } from './jsonLines.js';

/** One 👍 or 👎, as stored in `DATA_DIR/feedback.jsonl`. */
export interface FeedbackRecord {
  readonly time: string;
  readonly answerKey: string;
  readonly userId: string;
  readonly vote: 'up' | 'down';
  readonly question: string;
  readonly sentenceIds: readonly string[];
}

/**
 * Feedback on answers, one vote per member per answer (also across restarts: the votes already on
 * disk are read before the first new one is counted).
 */
export class FeedbackStore {
  private readonly file: JsonLinesFile<FeedbackRecord>;
  private seen: Promise<Set<string>> | undefined;

  constructor(dataDir: string) {
    this.file = new JsonLinesFile<FeedbackRecord>(path.join(dataDir, 'feedback.jsonl'));
  }

  /** Records the vote unless this member already voted on this answer. */
  async record(feedback: Omit<FeedbackRecord, 'time'>, now = new Date()): Promise<'recorded' | 'already-voted'> {
    this.seen ??= this.file.readAll().then((records) => new Set(records.map((record) => voteKey(record.answerKey, record.userId))));
    let seen: Set<string>;
    try {
      seen = await this.seen;
    } catch (error) {
      // Try reading again next time rather than failing every vote until a restart.
      this.seen = undefined;
      throw error;
    }
    const key = voteKey(feedback.answerKey, feedback.userId);
    if (seen.has(key)) return 'already-voted';
    seen.add(key);
    try {
      await this.file.append({ time: now.toISOString(), ...feedback });
    } catch (error) {
      seen.delete(key);
      throw error;
    }
    return 'recorded';
  }

  /** Every vote so far, oldest first. */
  all(): Promise<FeedbackRecord[]> {
    return this.file.readAll();
  }

  flush(): Promise<void> {
    return this.file.flush();
  }
}

function voteKey(answerKey: string, userId: string): string {
  return `${answerKey}:${userId}`;
}
