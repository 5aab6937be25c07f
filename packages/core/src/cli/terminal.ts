// Where the CLI writes: stdout, stderr and whether stderr is a terminal. main() takes one so tests can
// capture output; the real one wraps the process streams.

export interface Terminal {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Progress is drawn only on a terminal, never into a log or a pipe. */
  stderrIsTTY: boolean;
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** How long work must run before progress appears (ms); tests set 0. */
  progressDelay: number;
}

export function processTerminal(): Terminal {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stderrIsTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
    progressDelay: 1000,
  };
}
