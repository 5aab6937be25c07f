// Where results go: stdout, or the --out file (then a one-line note on stderr unless --quiet).
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { RunStopped } from './errors.js';
import type { CommonOptions } from './options.js';
import type { Terminal } from './terminal.js';

export async function emit(text: string, common: CommonOptions, terminal: Terminal, what: string): Promise<void> {
  if (common.out === undefined) {
    terminal.stdout.write(text);
    return;
  }
  const path = resolve(terminal.cwd, common.out);
  try {
    await writeFile(path, text, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : (error as Error).message;
    throw new RunStopped(`cannot write ${common.out}: ${reason}`);
  }
  if (!common.quiet) terminal.stderr.write(`knet: wrote ${what} to ${common.out}\n`);
}
