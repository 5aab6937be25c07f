// Runs the CLI in-process, as `knet <argv>` would, and captures what it writes.
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Terminal } from '../../src/cli/terminal.js';

export const FIXTURES = fileURLToPath(new URL('../cli-fixtures/', import.meta.url));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function knet(argv: string[], terminal: Partial<Terminal> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stderrIsTTY: false,
    cwd: FIXTURES,
    progressDelay: 0,
    ...terminal,
  });
  return { code, stdout, stderr };
}

/** --nodes and --edges for the fixture network. */
export const TINY = ['--nodes', 'nodes.csv', '--edges', 'edges.csv'];

/** A mistake in the command: exit 2, nothing on stdout, and two lines on stderr (what was wrong, where to look). */
export function expectUsageMistake(run: Run, message: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(message);
  expect(run.stderr.trim().split('\n')).toHaveLength(2);
  expect(run.stdout).toBe('');
}
