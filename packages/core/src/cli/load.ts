// Reads the network named on the command line and reports input warnings on stderr, one line each.
// With --strict any warning stops the run (exit 1), after every warning has been listed.
import { isAbsolute, resolve } from 'node:path';
import type { InputWarning } from '../io/problems.js';
import { formatWarning } from '../io/problems.js';
import type { Network } from '../model/network.js';
import { readNetworkFiles } from '../node.js';
import { RunStopped } from './errors.js';
import type { CommonOptions } from './options.js';
import type { Terminal } from './terminal.js';
import { applyView, type Viewed } from './view.js';

export interface Loaded extends Viewed {
  /** After --as-of, --window, --anonymise and --without. */
  network: Network;
  warnings: InputWarning[];
  /** The input files as typed, for headings ("nodes.csv + edges.csv"). */
  source: string;
}

/**
 * Reads the input (or `input`, for commands that read two networks) and applies the view options, unless
 * `view` is false (the command applies them itself). `side` names which network the notes are about
 * ("before", "after") when a command reads two.
 */
export async function loadNetwork(
  common: CommonOptions,
  terminal: Terminal,
  { input = common.input, view = true, side }: { input?: CommonOptions['input']; view?: boolean; side?: string } = {},
): Promise<Loaded> {
  const { nodes, edges, file, directed } = input;
  // Paths stay as typed when possible, so messages name the file the way the person wrote it.
  const at = (path: string | undefined) =>
    path === undefined || isAbsolute(path) || terminal.cwd === process.cwd() ? path : resolve(terminal.cwd, path);
  const { network, warnings } = await readNetworkFiles({ nodes: at(nodes), edges: at(edges), file: at(file), directed });
  const kind = common.strict ? 'error' : 'warning';
  if (!common.quiet || common.strict) {
    for (const warning of warnings) terminal.stderr.write(`knet: ${kind}: ${formatWarning(warning)}\n`);
  }
  if (common.strict && warnings.length > 0) {
    const count = warnings.reduce((sum, warning) => sum + warning.count, 0);
    throw new RunStopped(
      `stopped by --strict: ${count} input ${count === 1 ? 'problem' : 'problems'} (listed above); without --strict they are warnings and the valid rows are kept`,
    );
  }
  const source = file ?? [nodes, edges].filter((path) => path !== undefined).join(' + ');
  const viewed = view ? await applyView(network, common.view, common.command, terminal, common.quiet, side) : { network };
  return { ...viewed, warnings, source };
}
