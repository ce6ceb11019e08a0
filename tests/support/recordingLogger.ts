import type { Logger } from '../../src/app/logger.js';

/** One log call. */
export interface LogEntry {
  readonly level: 'error' | 'warn' | 'info' | 'debug';
  readonly fields: Record<string, unknown>;
  readonly message: string;
}

/** A logger that keeps every entry (children share the list), for assertions. */
export function recordingLogger(entries: LogEntry[] = [], bindings: Record<string, unknown> = {}): Logger & { entries: LogEntry[] } {
  const log =
    (level: LogEntry['level']) =>
    (fields: object, message: string): void => {
      entries.push({ level, fields: { ...bindings, ...(fields as Record<string, unknown>) }, message });
    };
  return {
    entries,
    error: log('error'),
    warn: log('warn'),
    info: log('info'),
    debug: log('debug'),
    child: (more: object) => recordingLogger(entries, { ...bindings, ...(more as Record<string, unknown>) }),
  };
}
