// Where the CLI writes: stdout, stderr and whether stderr is a terminal. main() takes one so tests can
// capture output; the real one wraps the process streams.

export interface Terminal {
  /**
   * May return a promise that settles once the text is written and rejects when it could not be (a closed
   * pipe, a full disk): the process streams do, and main() ends the run by what happened.
   */
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
  const stderr = streamWriter(process.stderr);
  return {
    stdout: streamWriter(process.stdout),
    // A failed write to stderr has nowhere to be reported.
    stderr: { write: (text: string) => stderr.write(text).catch(() => undefined) },
    stderrIsTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
    progressDelay: 1000,
  };
}

/** Writes to a stream; each write's promise resolves once the text is out and rejects with the stream's error. */
export function streamWriter(stream: NodeJS.WritableStream): { write(text: string): Promise<void> } {
  // Node reports a failed write to its callback and also as an 'error' event, which ends the process with a
  // stack trace when nobody listens. The callback is where it is handled.
  stream.on('error', () => {});
  return {
    write: (text: string) =>
      new Promise<void>((resolve, reject) => {
        stream.write(text, (error?: Error | null) => (error ? reject(error) : resolve()));
      }),
  };
}
