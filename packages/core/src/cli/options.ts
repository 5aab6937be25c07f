// Option parsing shared by every command (node's util.parseArgs), turned into typed, validated options.
// Anything the person typed wrong becomes a UsageError with a one-line message (exit code 2).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.js';
import { readView, type ViewOptions } from './view.js';
import { readWhole, WHOLE_RANGES } from './whole-number.js';

export { readTop } from './whole-number.js';

type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export type Format = 'table' | 'csv' | 'json' | 'html';

/** The options every command takes (SPEC section 7). */
export const COMMON_OPTIONS = {
  nodes: { type: 'string' },
  edges: { type: 'string' },
  file: { type: 'string' },
  directed: { type: 'boolean' },
  horizon: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  strict: { type: 'boolean' },
  quiet: { type: 'boolean' },
  exact: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  // What part of the network a command sees (cli/view.ts).
  'as-of': { type: 'string' },
  window: { type: 'string' },
  without: { type: 'string' },
  anonymise: { type: 'boolean' },
  consent: { type: 'string' },
  mapping: { type: 'string' },
} as const satisfies OptionSpec;

export const OPTION_DEFAULTS = {
  horizon: 2,
};

export interface InputOptions {
  nodes?: string;
  edges?: string;
  file?: string;
  directed: boolean;
}

export interface CommonOptions {
  /** The command's name, for messages. */
  command: string;
  input: InputOptions;
  horizon: number;
  format: Format;
  out?: string;
  strict: boolean;
  quiet: boolean;
  /** Exact path metrics whatever the network's size (cli/compute.ts estimates them on very large ones). */
  exact: boolean;
  /** --as-of, --window, --without, --anonymise. */
  view: ViewOptions;
}

export interface ParsedCommand<Extra> {
  help: boolean;
  common: CommonOptions;
  extra: Extra;
}

/** Whole-graph formats read with --file; any other single positional is an edges file. */
const FILE_EXTENSIONS = /\.(gexf|graphml|json)$/i;

type Values = Record<string, string | string[] | boolean | undefined>;

/** The input for one file named on its own: GEXF/GraphML/JSON by extension, else an edges CSV (with `nodes`). */
export function inputFromPath(path: string, nodes: string | undefined, directed: boolean): InputOptions {
  if (FILE_EXTENSIONS.test(path)) return { file: path, directed };
  return { nodes, edges: path, directed };
}

/**
 * Parses `argv` (after the command name) against the common options plus `extraOptions`.
 * `formats[0]` is the command's default format.
 */
export function parseCommand<Extra>(
  command: string,
  argv: string[],
  formats: readonly Format[],
  extraOptions: OptionSpec,
  readExtra: (values: Values, positionals: string[]) => Extra,
  /**
   * What positionals are: 'input' (an edges or whole-graph file); 'own' (the command's own, e.g. an organisation
   * id: the input needs --edges or --file); 'files' (the command reads its inputs itself, `knet compare BEFORE
   * AFTER`: only --nodes and --directed are taken here). readExtra gets the positionals in every case.
   */
  positionalUse: 'input' | 'own' | 'files' = 'input',
): ParsedCommand<Extra> {
  // --help wins over everything else on the line, even an unknown option.
  if (argv.some((arg) => arg === '--help' || arg === '-h')) {
    return { help: true, common: undefined as never, extra: undefined as never };
  }
  let values: Values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: negativeValuesJoined(argv, { ...COMMON_OPTIONS, ...extraOptions }),
      options: { ...COMMON_OPTIONS, ...extraOptions },
      allowPositionals: true,
      strict: true,
    }) as { values: Values; positionals: string[] });
  } catch (error) {
    throw new UsageError(command, describeParseError(error));
  }
  // A command that reads its own positionals checks them first: a stray file name there explains a missing input.
  const early = positionalUse === 'own' ? { extra: readExtra(values, positionals) } : undefined;
  const common: CommonOptions = {
    command,
    input:
      positionalUse === 'files'
        ? { nodes: readPath(command, 'nodes', values.nodes as string | undefined), directed: Boolean(values.directed) }
        : readInput(command, values, positionalUse === 'own' ? [] : positionals),
    horizon: readHorizon(command, values.horizon as string | undefined),
    format: readFormat(command, values.format as string | undefined, formats),
    out: readPath(command, 'out', values.out as string | undefined),
    strict: Boolean(values.strict),
    quiet: Boolean(values.quiet),
    exact: Boolean(values.exact),
    view: readView(command, values),
  };
  return { help: false, common, extra: early ? early.extra : readExtra(values, positionals) };
}

function readInput(command: string, values: Values, positionals: string[]): InputOptions {
  const nodes = readPath(command, 'nodes', values.nodes as string | undefined);
  let edges = readPath(command, 'edges', values.edges as string | undefined);
  let file = readPath(command, 'file', values.file as string | undefined);
  if (positionals.length > 1) {
    throw new UsageError(command, `expected at most one input file, got ${positionals.length}: ${positionals.join(' ')}`);
  }
  const [positional] = positionals;
  if (positional !== undefined) {
    if (edges !== undefined || file !== undefined) {
      throw new UsageError(command, `"${positional}" given as well as --${edges !== undefined ? 'edges' : 'file'}; give the input once`);
    }
    if (FILE_EXTENSIONS.test(positional)) file = positional;
    else edges = positional;
  }
  if (file !== undefined && (nodes !== undefined || edges !== undefined)) {
    throw new UsageError(command, '--file reads a whole network (GEXF, GraphML or JSON); do not combine it with --nodes or --edges');
  }
  // --nodes alone is a network of organisations with no flows yet (docs/format.md).
  if (file === undefined && edges === undefined && nodes === undefined) {
    throw new UsageError(command, 'no input: give --edges FILE (and --nodes FILE), --nodes FILE alone, or --file FILE');
  }
  return { nodes, edges, file, directed: Boolean(values.directed) };
}

function readPath(command: string, name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === '') throw new UsageError(command, `--${name} needs a file name`);
  return value;
}

function readHorizon(command: string, text: string | undefined): number {
  return readWhole(command, 'horizon', text, WHOLE_RANGES.horizon) ?? OPTION_DEFAULTS.horizon;
}

function readFormat(command: string, text: string | undefined, formats: readonly Format[]): Format {
  if (text === undefined) return formats[0];
  const format = text.trim().toLowerCase() as Format;
  if (!formats.includes(format)) {
    throw new UsageError(command, `--format must be ${formats.join(', ').replace(/, ([^,]*)$/, ' or $1')} (got "${text}")`);
  }
  return format;
}

/** A decimal option such as --relative: a finite number of 0 or more. */
export function readShare(command: string, name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = /^\s*(\d+\.?\d*|\.\d+)\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(value)) throw new UsageError(command, `--${name} must be a number of 0 or more, such as 0.5 (got "${text}")`);
  return value;
}

/** An option with a few possible values, such as --by year|quarter|month (case-insensitive). */
export function readChoice<T extends string>(command: string, name: string, text: string | undefined, choices: readonly T[], fallback: T): T {
  if (text === undefined) return fallback;
  const value = text.trim().toLowerCase() as T;
  if (!choices.includes(value)) throw new UsageError(command, `--${name} must be ${choices.join(', ').replace(/, ([^,]*)$/, ' or $1')} (got "${text}")`);
  return value;
}

/** A count option such as --top or --budget: a whole number in its range (WHOLE_RANGES). */
export function readCount(command: string, name: 'top' | 'budget', text: string | undefined, fallback: number): number {
  return readWhole(command, name, text, WHOLE_RANGES[name]) ?? fallback;
}

/**
 * `--top -1` as `--top=-1`: util.parseArgs takes a word starting with `-` for an option, so the mistake would
 * read "--top needs a value". A `-` followed by a digit (or `.5`) is a value, and is then checked as one.
 */
function negativeValuesJoined(argv: string[], options: OptionSpec): string[] {
  const joined: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') return [...joined, ...argv.slice(i)];
    const name = /^--([^=]+)$/.exec(argv[i])?.[1];
    const next = argv[i + 1];
    if (name !== undefined && Object.hasOwn(options, name) && options[name].type === 'string' && next !== undefined && /^-\.?\d/.test(next)) {
      joined.push(`--${name}=${next}`);
      i++;
    } else joined.push(argv[i]);
  }
  return joined;
}

/** util.parseArgs speaks in Node's words; say the same thing in one plain line. */
function describeParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[^' <]+)/.exec(message)?.[1] ?? 'an option';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return message.includes('does not take an argument') ? `${option} takes no value` : `${option} needs a value`;
    default:
      return message.split('\n')[0];
  }
}
