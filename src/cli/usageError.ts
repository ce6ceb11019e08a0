/** A mistake in how a command was called: reported in one line on stderr, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * Runs a command-line entry point: usage errors exit 2 with one line, other failures exit 1 with
 * one line (never a stack trace unless `PARLEY_DEBUG=1`), success exits with the returned code.
 */
export function runCli(program: string, main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof UsageError) {
        process.stderr.write(`${program}: ${error.message}\n`);
        process.exitCode = 2;
        return;
      }
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`${program}: ${message}\n`);
      if (process.env.PARLEY_DEBUG === '1' && error instanceof Error) process.stderr.write(`${error.stack ?? ''}\n`);
      process.exitCode = 1;
    },
  );
}
