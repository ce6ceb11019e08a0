import path from 'node:path';
import type { DeclineReason } from '../domain/answer/answer.js';
import { JsonLinesFile } from './jsonLines.js';

/** A question Parley declined, as stored in `DATA_DIR/unanswered.jsonl` (no user ids: only the gap matters). */
export interface UnansweredRecord {
  readonly time: string;
  readonly question: string;
  readonly reason: DeclineReason['kind'];
  readonly guildId: string | null;
}

/** The moderators' queue of questions the knowledge could not answer. */
export class UnansweredLog {
  private readonly file: JsonLinesFile<UnansweredRecord>;

  constructor(dataDir: string) {
    this.file = new JsonLinesFile<UnansweredRecord>(path.join(dataDir, 'unanswered.jsonl'));
  }

  record(question: string, reason: DeclineReason, guildId: string | null, now = new Date()): Promise<void> {
    return this.file.append({ time: now.toISOString(), question, reason: reason.kind, guildId });
  }

  all(): Promise<UnansweredRecord[]> {
    return this.file.readAll();
  }

  flush(): Promise<void> {
    return this.file.flush();
  }
}
