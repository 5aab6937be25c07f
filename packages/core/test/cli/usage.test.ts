// The CLI's front door: help on knet and every command, usage errors with exit code 2 and a one-line
// message pointing at --help, input errors with exit code 1 naming file and line, never a stack trace.
import { describe, expect, it } from 'vitest';
import { COMMANDS as ALL_COMMANDS } from '../../src/cli/main.js';
import { expectUsageMistake, knet, TINY } from './run.js';

const COMMANDS = ALL_COMMANDS.map((command) => command.name);

describe('help', () => {
  it('knet --help lists every command with examples, exit 0', async () => {
    for (const flag of ['--help', '-h', 'help']) {
      const run = await knet([flag]);
      expect(run.code).toBe(0);
      for (const command of COMMANDS) expect(run.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
      expect(run.stdout).toContain('Examples:');
      expect(run.stderr).toBe('');
    }
  });

  it('knet alone prints the help on stderr and exits 2 (no command given)', async () => {
    const run = await knet([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: knet <command>');
    expect(run.stdout).toBe('');
  });

  it.each(COMMANDS)('knet %s --help explains its options with examples, exit 0', async (command) => {
    const run = await knet([command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Usage: knet ${command}`);
    expect(run.stdout).toContain('Examples:');
    for (const option of ['--nodes', '--edges', '--directed', '--horizon', '--format', '--out', '--strict', '--quiet']) {
      expect(run.stdout).toContain(option);
    }
    expect((await knet(['help', command])).stdout).toBe(run.stdout);
  });

  it('--help wins even next to an unknown option', async () => {
    const run = await knet(['pioneers', '--bogus', '-h']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--relative');
  });

  it('--version prints the package version', async () => {
    const run = await knet(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('usage errors: exit 2, one line, then where to look', () => {
  const cases: [string, string[], RegExp][] = [
    ['unknown command', ['stats'], new RegExp(`^knet: unknown command "stats" \\(the commands are ${ALL_COMMANDS.map((command) => command.name).join(', ')}\\)\nsee knet --help\n$`)],
    ['an option before the command', ['--edges', 'edges.csv'], /^knet: expected a command .* before --edges\nsee knet --help\n$/],
    ['unknown option', ['metrics', ...TINY, '--foo'], /^knet metrics: unknown option --foo\nsee knet metrics --help\n$/],
    ['option without its value', ['metrics', '--edges'], /^knet metrics: --edges needs a value\n/],
    ['a value for a switch', ['summary', ...TINY, '--directed=yes'], /^knet summary: --directed takes no value\n/],
    ['no input', ['summary'], /^knet summary: no input: give --edges FILE/],
    ['horizon 0', ['summary', ...TINY, '--horizon', '0'], /^knet summary: --horizon must be a whole number of steps from 1 to 1000 \(got "0"\)\nsee knet summary --help\n$/],
    ['horizon=-1', ['summary', ...TINY, '--horizon=-1'], /^knet summary: --horizon must be positive: a whole number of steps from 1 to 1000 \(got "-1"\)\n/],
    // A `-` and a digit is a (bad) value, not a missing one: not "--horizon needs a value".
    ['horizon -1', ['summary', ...TINY, '--horizon', '-1'], /^knet summary: --horizon must be positive: a whole number of steps from 1 to 1000 \(got "-1"\)\n/],
    ['horizon too far', ['metrics', ...TINY, '--horizon', '99999999999'], /^knet metrics: --horizon must be a whole number of steps from 1 to 1000 \(got "99999999999"\)\n/],
    ['horizon beyond safe integers', ['metrics', ...TINY, '--horizon', '123456789012345678901234567890'], /--horizon must be a whole number of steps from 1 to 1000/],
    ['relative -0.5', ['pioneers', ...TINY, '--relative', '-0.5'], /^knet pioneers: --relative must be a number of 0 or more, such as 0.5 \(got "-0.5"\)\n/],
    ['a negative value after --', ['summary', ...TINY, '--', '-1'], /^knet summary: "-1" given as well as --edges/],
    ['horizon 1.5', ['pioneers', ...TINY, '--horizon', '1.5'], /--horizon must be a whole number/],
    ['horizon abc', ['metrics', ...TINY, '--horizon', 'abc'], /--horizon must be a whole number/],
    ['bad format', ['metrics', ...TINY, '--format', 'xlsx'], /^knet metrics: --format must be csv or json \(got "xlsx"\)/],
    ['table for metrics', ['metrics', ...TINY, '--format', 'table'], /--format must be csv or json/],
    ['bad relative', ['pioneers', ...TINY, '--relative', 'half'], /^knet pioneers: --relative must be a number of 0 or more/],
    ['two positional files', ['summary', 'a.csv', 'b.csv'], /expected at most one input file, got 2/],
    ['--file with --edges', ['summary', '--file', 'x.gexf', '--edges', 'edges.csv'], /do not combine it with --nodes or --edges/],
    ['positional and --edges', ['summary', 'edges.csv', '--edges', 'edges.csv'], /give the input once/],
    ['pioneers-only option on metrics', ['metrics', ...TINY, '--all'], /^knet metrics: unknown option --all/],
  ];
  it.each(cases)('%s', async (_name, argv, message) => expectUsageMistake(await knet(argv), message));
});

describe('input errors: exit 1, "knet: <file> line N: ...", no stack trace', () => {
  const noStack = (text: string) => expect(text).not.toMatch(/^\s+at /m);

  it('a file that does not exist', async () => {
    const run = await knet(['summary', '--edges', 'no-such-file.csv']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^knet: .*no-such-file\.csv/);
    noStack(run.stderr);
  });

  it('an unbalanced quote names the line where the field opened', async () => {
    const run = await knet(['metrics', '--edges', 'bad-quote.csv']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^knet: (\S*\/)?bad-quote\.csv line 3/);
    expect(run.stdout).toBe('');
    noStack(run.stderr);
  });

  it('a missing column names the columns found', async () => {
    const run = await knet(['pioneers', '--edges', 'missing-target.csv']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^knet: (\S*\/)?missing-target\.csv/);
    expect(run.stderr).toContain('destination');
    noStack(run.stderr);
  });

  it('an empty file', async () => {
    const run = await knet(['summary', 'empty.csv']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^knet: (\S*\/)?empty\.csv/);
    noStack(run.stderr);
  });

  it('a bug inside knet is reported as one, briefly, without a stack trace', async () => {
    const broken = { write: () => { throw new TypeError('cannot write'); } };
    const run = await knet(['summary', '--help'], { stdout: broken });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^knet: unexpected error: cannot write\nThis is a bug in knet/);
    noStack(run.stderr);
  });
});
