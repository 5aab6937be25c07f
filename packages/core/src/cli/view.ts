// The part of the network a command sees, chosen by options every command takes: --as-of and --window
// (flows by date), --without (a group removed) and --anonymise (pseudonyms). Parsed here, applied once in load.ts.
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { decodeBytes } from '../io/decode.js';
import { formatWarning, WarningCollector } from '../io/problems.js';
import { type GroupSelector, organisationValue, withoutGroup } from '../model/filter.js';
import type { Network } from '../model/network.js';
import { anonymise, type Anonymised } from '../privacy/anonymise.js';
import { asOf } from '../time/as-of.js';
import { parseDate } from '../time/dates.js';
import type { TimeSlice } from '../time/slice.js';
import { timeWindow } from '../time/window.js';
import { csvDocument } from './csv.js';
import { RunStopped, UsageError } from './errors.js';
import { formatCount } from './format.js';
import { writeText } from './output.js';
import { systemReason } from '../io/system-errors.js';
import type { Terminal } from './terminal.js';
import { readWhole, WHOLE_RANGES } from './whole-number.js';

type Values = Record<string, string | string[] | boolean | undefined>;

export interface GroupChoice {
  /** As typed: "type=funder". */
  text: string;
  field: string;
  values: string[];
}

export interface ViewOptions {
  /** Only flows observed by this date (its period's end for 2014 or 2014-09). */
  asOf?: string;
  /** Only flows in the last N months, ending at --as-of or else at the latest flow date. */
  window?: number;
  without?: GroupChoice;
  anonymise: boolean;
  /** A file of ids (or labels) that keep their names. */
  consent?: string;
  /** Where to write the pseudonym mapping (only when asked). */
  mapping?: string;
  /** --strict: a warning about the --consent list stops the run too, as input warnings do. */
  strict?: boolean;
}

export function readView(command: string, values: Values): ViewOptions {
  const view: ViewOptions = { anonymise: Boolean(values.anonymise), strict: Boolean(values.strict) };
  const asOfText = values['as-of'] as string | undefined;
  if (asOfText !== undefined) {
    if (!parseDate(asOfText)) throw new UsageError(command, `--as-of must be a date written 2014, 2014-09 or 2014-09-02 (got "${asOfText}")`);
    view.asOf = asOfText.trim();
  }
  view.window = readWhole(command, 'window', values.window as string | undefined, WHOLE_RANGES.window);
  const withoutText = values.without as string | undefined;
  if (withoutText !== undefined) view.without = readGroupChoice(command, 'without', withoutText);
  for (const name of ['consent', 'mapping'] as const) {
    const path = values[name] as string | undefined;
    if (path === undefined) continue;
    if (path.trim() === '') throw new UsageError(command, `--${name} needs a file name`);
    if (!view.anonymise) throw new UsageError(command, `--${name} only means something with --anonymise`);
    view[name] = path;
  }
  return view;
}

/** FIELD=VALUE[,VALUE...]: "type=funder", "sector=health,housing". */
export function readGroupChoice(command: string, option: string, text: string): GroupChoice {
  const match = /^\s*([^=\s][^=]*?)\s*=\s*(.+?)\s*$/.exec(text);
  const values = match ? match[2].split(',').map((value) => value.trim()).filter(Boolean) : [];
  if (!match || values.length === 0) {
    throw new UsageError(command, `--${option} must be FIELD=VALUE, such as type=funder or sector=health,housing (got "${text}")`);
  }
  return { text: text.trim(), field: match[1], values };
}

export interface Viewed {
  network: Network;
  /** With --without: the network before the group was removed (same slice, same pseudonyms) and the group. */
  withGroup?: { network: Network; group: GroupSelector; choice: GroupChoice; removed: number };
  /** With --anonymise: how many organisations kept their names (the report says so). */
  anonymised?: { consented: number };
}

/** Applies the view options in order: dates, then pseudonyms, then the group removed. Notes go to stderr. */
export async function applyView(network: Network, view: ViewOptions, command: string, terminal: Terminal, quiet: boolean, side?: string): Promise<Viewed> {
  const note = (text: string) => quiet || terminal.stderr.write(`knet: ${side ? `${side}: ` : ''}${text}\n`);
  let current = network;
  const slice = sliceByDate(network, view);
  if (slice) {
    current = slice.network;
    note(describeSlice(slice, view, network.flows.count));
  }
  // The group is chosen on the real names (--without id=... must work), then removed by position.
  const selected = view.without ? selectGroup(current, view.without, command) : undefined;
  let anonymised: Viewed['anonymised'];
  if (view.anonymise) {
    const result = await anonymiseForOutput(current, view, terminal, quiet);
    current = result.network;
    anonymised = { consented: result.consented };
  }
  if (!view.without || !selected) return { network: current, anonymised };
  const group: GroupSelector = (_, index) => selected[index] === 1;
  const result = withoutGroup(current, group);
  const removedFlows = current.flows.count - result.network.flows.count;
  note(`--without ${view.without.text}: ${plural(result.removed.length, 'organisation')} removed, with their ${plural(removedFlows, 'flow')}`);
  return { network: result.network, anonymised, withGroup: { network: current, group, choice: view.without, removed: result.removed.length } };
}

function sliceByDate(network: Network, view: ViewOptions): TimeSlice | undefined {
  if (view.window !== undefined) return timeWindow(network, view.window, { end: view.asOf });
  if (view.asOf !== undefined) return asOf(network, view.asOf);
  return undefined;
}

function describeSlice(slice: TimeSlice, view: ViewOptions, total: number): string {
  const span = view.window !== undefined ? `--window ${view.window} (${slice.from} to ${slice.to})` : `--as-of ${view.asOf} (to ${slice.to})`;
  const left = [`${formatCount(slice.outside)} outside it`];
  if (slice.undated > 0) left.push(`${formatCount(slice.undated)} without a date`);
  return `${span}: kept ${formatCount(slice.kept)} of ${plural(total, 'flow')} (left out: ${left.join(', ')})`;
}

function selectGroup(network: Network, choice: GroupChoice, command: string): Uint8Array {
  const wanted = new Set(choice.values);
  const selected = new Uint8Array(network.order);
  let count = 0;
  network.organisations.forEach((organisation, i) => {
    if (wanted.has(organisationValue(organisation, choice.field))) (selected[i] = 1), count++;
  });
  if (count === 0) {
    const found = [...new Set(network.organisations.map((o) => organisationValue(o, choice.field)).filter(Boolean))].sort();
    const known = found.length === 0 ? `no organisation has a "${choice.field}" value` : `${choice.field} values: ${shortList(found)}`;
    throw new UsageError(command, `--without ${choice.text} matches no organisation (${known})`);
  }
  return selected;
}

/**
 * Pseudonyms for every organisation without consent: from --consent FILE, else the `consent` column when the
 * nodes file has one, else nobody. The mapping is written only to --mapping FILE.
 */
export async function anonymiseForOutput(network: Network, view: ViewOptions, terminal: Terminal, quiet: boolean): Promise<Anonymised> {
  const hasColumn = network.organisations.some((o) => Object.prototype.hasOwnProperty.call(o.attributes, 'consent'));
  const consent = view.consent !== undefined ? await readConsentFile(view.consent, terminal, quiet, view.strict === true) : hasColumn ? 'consent' : undefined;
  const result = anonymise(network, { consent });
  if (!quiet) {
    const source = view.consent !== undefined ? view.consent : hasColumn ? 'the consent column' : 'no consent list';
    terminal.stderr.write(`knet: --anonymise: ${formatCount(network.order - result.consented)} of ${plural(network.order, 'organisation')} given pseudonyms (${formatCount(result.consented)} keep their names, from ${source})\n`);
    if (result.unknownConsent.length > 0) {
      terminal.stderr.write(`knet: warning: ${plural(result.unknownConsent.length, 'entry', 'entries')} in ${view.consent} ${result.unknownConsent.length === 1 ? "matches" : "match"} no organisation (their names stay hidden): ${shortList(result.unknownConsent)}\n`);
    }
  }
  if (view.mapping !== undefined) {
    const rows = result.mapping.map((entry) => [entry.id, entry.label, entry.pseudonym, entry.consented ? 'true' : 'false']);
    await writeText(view.mapping, csvDocument(['id', 'label', 'pseudonym', 'consented'], rows), terminal);
    if (!quiet) terminal.stderr.write(`knet: wrote the pseudonym mapping to ${view.mapping} (it holds the real names: keep it private)\n`);
  }
  return result;
}

/**
 * One id or label per line; a first line `id` (or `label`) is a header; a CSV's first column is used. Read
 * with the input files' rules (io/decode.ts): UTF-8 with or without BOM, UTF-16 with a BOM, Windows-1252
 * with a warning, and an error naming the file for binary content such as an Excel workbook.
 */
async function readConsentFile(path: string, terminal: Terminal, quiet: boolean, strict: boolean): Promise<Set<string>> {
  let bytes: Uint8Array;
  try {
    const info = await stat(resolve(terminal.cwd, path));
    if (info.isDirectory()) throw new RunStopped(`${path}: this is a folder, not a file (the --consent list)`);
    bytes = await readFile(resolve(terminal.cwd, path));
  } catch (error) {
    if (error instanceof RunStopped) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' || code === 'ENOTDIR' ? 'there is no such file' : `it cannot be read: ${systemReason(error) ?? 'the system refused'}`;
    throw new RunStopped(`${path}: ${reason} (the --consent list)`);
  }
  const warnings = new WarningCollector();
  const text = new TextDecoder('utf-8').decode(decodeBytes(path, bytes, warnings).bytes);
  const found = warnings.list();
  if (!quiet || strict) for (const warning of found) terminal.stderr.write(`knet: ${strict ? 'error' : 'warning'}: ${formatWarning(warning)}\n`);
  if (strict && found.length > 0) throw new RunStopped(`stopped by --strict: the --consent list ${path} is not UTF-8 (listed above); without --strict it is a warning`);
  const entries = text
    .split(/\r\n|\r|\n/)
    .map((line) => firstField(line).trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  if (entries.length > 0 && /^(id|label)$/i.test(entries[0])) entries.shift();
  return new Set(entries);
}

function firstField(line: string): string {
  const quoted = /^\s*"((?:[^"]|"")*)"/.exec(line);
  if (quoted) return quoted[1].replace(/""/g, '"');
  return line.split(/[,;\t]/)[0];
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

function shortList(items: readonly string[]): string {
  const shown = items.slice(0, 8).map((item) => JSON.stringify(item)).join(', ');
  return items.length > 8 ? `${shown}, ... (${items.length} in all)` : shown;
}
