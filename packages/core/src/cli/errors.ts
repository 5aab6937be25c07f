// Usage errors: the person typed the command wrong (exit code 2), as opposed to bad input files (exit 1).

export class UsageError extends Error {
  /** The command whose --help to point to; '' for knet itself. */
  readonly command: string;

  constructor(command: string, message: string) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}

export const EXIT = { ok: 0, input: 1, usage: 2 } as const;

/**
 * A run that stops for a reason already explained in words (--strict met a warning, --out cannot be
 * written): exit 1, like bad input, and the message is printed as it is.
 */
export class RunStopped extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RunStopped';
  }
}

/** The program reading the output went away (`knet ... | head -4`): normal use, so the run ends quietly, exit 0. */
export class OutputClosed extends Error {
  constructor() {
    super('the output was closed by the program reading it');
    this.name = 'OutputClosed';
  }
}
