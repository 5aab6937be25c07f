// Where results go: stdout, or the --out file (then a one-line note on stderr unless --quiet).
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { OutputClosed, RunStopped } from './errors.js';
import type { CommonOptions } from './options.js';
import { isClosedOutput, systemReason } from '../io/system-errors.js';
import type { Terminal } from './terminal.js';

export async function emit(text: string, common: CommonOptions, terminal: Terminal, what: string): Promise<void> {
  if (common.out === undefined) {
    terminal.stdout.write(text);
    return;
  }
  await writeText(common.out, text, terminal);
  if (!common.quiet) terminal.stderr.write(`knet: wrote ${what} to ${common.out}\n`);
}

/** Writes a file named on the command line; a failure is a one-line message (exit 1), not a stack trace. */
export async function writeText(path: string, text: string, terminal: Terminal): Promise<void> {
  try {
    await writeFile(resolve(terminal.cwd, path), text, 'utf8');
  } catch (error) {
    // --out /dev/stdout into `| head`: the reader went away, as with stdout itself.
    if (isClosedOutput(error)) throw new OutputClosed();
    const reason = systemReason(error);
    if (reason === undefined) throw error;
    throw new RunStopped(`cannot write ${path}: ${reason}`);
  }
}
