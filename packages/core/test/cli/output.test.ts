// Where output goes when it cannot be written: a closed pipe (`knet metrics ... | head -4`) ends the run
// quietly with exit 0; a full disk, a folder given as --out, a missing folder is one plain line, exit 1.
// Never a stack trace, never Node's raw error text (EPIPE, EISDIR: illegal operation on a directory...).
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { streamWriter } from '../../src/cli/terminal.js';
import { knet, TINY } from './run.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'knet-output-'));
const noStack = (text: string) => expect(text).not.toMatch(/^\s+at |node:events|Unhandled/m);

/** A real Node stream whose writes fail the way a socket or file does: the callback and an 'error' event. */
function failingStream(code: string, message: string): Writable {
  return new Writable({
    write(_chunk, _encoding, callback) {
      callback(Object.assign(new Error(message), { code }));
    },
  });
}

describe('stdout that cannot be written', () => {
  it('a closed pipe (EPIPE) ends the run quietly: exit 0, nothing on stderr', async () => {
    for (const argv of [['metrics', ...TINY], ['summary', ...TINY], ['report', ...TINY], ['metrics', '--help'], ['--help'], ['--version']]) {
      const run = await knet(argv, { stdout: streamWriter(failingStream('EPIPE', 'write EPIPE')) });
      expect(run.code, argv.join(' ')).toBe(0);
      expect(run.stderr, argv.join(' ')).toBe('');
    }
  });

  it('a full disk (ENOSPC) is one plain line and exit 1', async () => {
    const run = await knet(['metrics', ...TINY], { stdout: streamWriter(failingStream('ENOSPC', 'ENOSPC: no space left on device, write')) });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('knet: cannot write the output: no space left on the device\n');
  });

  it('any other system error is worded too, without Node\'s message', async () => {
    const run = await knet(['summary', ...TINY], { stdout: streamWriter(failingStream('EIO', 'EIO: i/o error, write')) });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('knet: cannot write the output: the disk reported an input/output error\n');
  });

  it.runIf(existsSync('/dev/full'))('the real /dev/full as stdout', async () => {
    const run = await knet(['metrics', ...TINY], { stdout: streamWriter(createWriteStream('/dev/full')) });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('knet: cannot write the output: no space left on the device\n');
  });
});

describe('--out FILE that cannot be written: one plain line, exit 1', () => {
  it('a folder', async () => {
    const folder = join(scratch, 'adir');
    mkdirSync(folder, { recursive: true });
    const run = await knet(['summary', ...TINY, '--out', folder]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`knet: cannot write ${folder}: it is a folder, not a file\n`);
    expect(run.stderr).not.toMatch(/EISDIR|illegal operation/);
  });

  it('a path through a file', async () => {
    const run = await knet(['summary', ...TINY, '--out', join('nodes.csv', 'x.txt')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`knet: cannot write ${join('nodes.csv', 'x.txt')}: part of the path is a file, not a folder\n`);
  });

  it.runIf(existsSync('/dev/full'))('a full disk', async () => {
    const run = await knet(['metrics', ...TINY, '--out', '/dev/full']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('knet: cannot write /dev/full: no space left on the device\n');
  });

  it('--mapping FILE into a folder is worded the same way', async () => {
    const folder = join(scratch, 'mapping-dir');
    mkdirSync(folder, { recursive: true });
    const run = await knet(['summary', ...TINY, '--anonymise', '--mapping', folder]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`knet: cannot write ${folder}: it is a folder, not a file\n`);
  });
});

// The installed command end to end, as the probe ran it: the built bin (like readme.test.ts, it needs
// `npx tsc -p tsconfig.build.json`, which the install runs), its stdout piped into head.
const BIN = join(ROOT, 'packages/core/bin/knet.js');
describe.runIf(existsSync(join(ROOT, 'packages/core/dist/cli/main.js')) && process.platform !== 'win32')('the built knet in a shell pipeline', () => {
  const shell = (line: string) => spawnSync('/bin/sh', ['-c', line], { cwd: ROOT, encoding: 'utf8' });
  const nodes = 'data/northfold/nodes.csv';
  const edges = 'data/northfold/edges.csv';

  it('knet metrics ... | head -4 prints four lines, and knet exits 0 without a stack trace', () => {
    // The pipeline's status is knet's: the line prints it after head has finished.
    const run = shell(`{ node "${BIN}" metrics --nodes ${nodes} --edges ${edges}; echo "knet exit $?" >&2; } | head -4`);
    expect(run.stdout.split('\n')).toHaveLength(5);
    expect(run.stderr).toBe('knet exit 0\n');
  });

  it('knet report ... | head -5 as well', () => {
    const run = shell(`{ node "${BIN}" report --nodes ${nodes} --edges ${edges}; echo "knet exit $?" >&2; } | head -5`);
    expect(run.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(run.stderr).toBe('knet exit 0\n');
  });

  it.runIf(existsSync('/dev/full'))('knet metrics > /dev/full: one line, exit 1', () => {
    const run = shell(`node "${BIN}" metrics --edges ${edges} > /dev/full`);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('knet: cannot write the output: no space left on the device\n');
    noStack(run.stderr);
  });
});
