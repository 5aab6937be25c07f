// The knet command line: picks the command, runs it, and turns every failure into a message and an exit
// code (0 ok, 1 input error, 2 usage error). Never a stack trace for a user's mistake.
import { KnetInputError } from '../io/problems.js';
import { brokersCommand } from './commands/brokers.js';
import { compareCommand } from './commands/compare.js';
import { dependenceCommand } from './commands/dependence.js';
import { introduceCommand } from './commands/introduce.js';
import { metricsCommand } from './commands/metrics.js';
import { parallelCommand } from './commands/parallel.js';
import { planCommand } from './commands/plan.js';
import { reportCommand } from './commands/report.js';
import { pioneersCommand } from './commands/pioneers.js';
import { summaryCommand } from './commands/summary.js';
import { trendCommand } from './commands/trend.js';
import { whatifCommand } from './commands/whatif.js';
import { EXIT, OutputClosed, RunStopped, UsageError } from './errors.js';
import { type Command, knetHelp } from './help.js';
import { isClosedOutput, systemReason } from '../io/system-errors.js';
import { processTerminal, type Terminal } from './terminal.js';
import { version } from './version.js';

export const COMMANDS: readonly Command[] = [
  summaryCommand,
  pioneersCommand,
  metricsCommand,
  introduceCommand,
  planCommand,
  whatifCommand,
  parallelCommand,
  brokersCommand,
  dependenceCommand,
  trendCommand,
  compareCommand,
  reportCommand,
];

/** Runs `knet <argv>`; returns the exit code. `terminal` is where output goes (tests pass their own). */
export async function main(argv: string[], terminal: Terminal = processTerminal()): Promise<number> {
  const stdout = watchStdout(terminal);
  let code: number;
  try {
    code = await run(argv, { ...terminal, stdout: stdout.writer });
  } catch (error) {
    code = explain(error, terminal);
  }
  const failure = await stdout.failure();
  if (failure === undefined || isClosedOutput(failure)) return code;
  const reason = systemReason(failure);
  if (reason === undefined) return explain(failure, terminal);
  terminal.stderr.write(`knet: cannot write the output: ${reason}\n`);
  return EXIT.input;
}

async function run(argv: string[], terminal: Terminal): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    terminal.stderr.write(knetHelp(COMMANDS));
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const command = COMMANDS.find((candidate) => candidate.name === rest[0]);
    terminal.stdout.write(command ? command.help : knetHelp(COMMANDS));
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    terminal.stdout.write(`${version()}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    const known = COMMANDS.map((candidate) => candidate.name).join(', ');
    throw new UsageError('', name.startsWith('-') ? `expected a command (${known}) before ${name}` : `unknown command "${name}" (the commands are ${known})`);
  }
  return await command.run(rest, terminal);
}

/**
 * Stdout as the commands see it: a write that fails later (the process streams report failures after the
 * fact) is kept, not thrown, and nothing more is written after it. main() reads the first failure at the end.
 */
function watchStdout(terminal: Terminal): { writer: Terminal['stdout']; failure(): Promise<unknown> } {
  let failure: unknown;
  const pending: Promise<void>[] = [];
  const writer = {
    write(text: string): void {
      if (failure !== undefined) return;
      const result = terminal.stdout.write(text);
      if (result instanceof Promise) pending.push(result.then(() => undefined, (error: unknown) => void (failure ??= error ?? new Error('write failed'))));
    },
  };
  return {
    writer,
    async failure() {
      await Promise.all(pending);
      return failure;
    },
  };
}

function explain(error: unknown, terminal: Terminal): number {
  if (error instanceof UsageError) {
    const who = error.command ? `knet ${error.command}` : 'knet';
    terminal.stderr.write(`${who}: ${error.message}\nsee ${who} --help\n`);
    return EXIT.usage;
  }
  if (error instanceof OutputClosed) return EXIT.ok;
  if (error instanceof KnetInputError || error instanceof RunStopped) {
    terminal.stderr.write(`knet: ${error.message}\n`);
    return EXIT.input;
  }
  const message = error instanceof Error ? error.message : String(error);
  terminal.stderr.write(
    `knet: unexpected error: ${message.replace(/^knet: /, '')}\n` +
      'This is a bug in knet, not a problem with your files. Please report it with the command you ran and knet --version.\n',
  );
  return EXIT.input;
}

