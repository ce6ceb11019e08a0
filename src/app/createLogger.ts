import { pino } from 'pino';
import type { LogLevel } from '../config.js';
import type { Logger } from './logger.js';

/**
 * pino, writing JSON lines to stderr (stdout belongs to results and the local console), with any
 * field that could hold a secret redacted.
 */
export function createLogger(level: LogLevel): Logger {
  return pino(
    {
      level,
      base: { app: 'parley' },
      redact: { paths: ['token', '*.token', 'discordToken', '*.discordToken', 'headers.authorization', '*.headers.authorization'], censor: '[redacted]' },
    },
    pino.destination({ fd: 2, sync: true }),
  );
}
