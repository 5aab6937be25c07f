// The proposed ties as CSV: one row per tie, in the edges-file columns knet reads (source, target, weight,
// type), so the file can be appended to edges.csv to make the proposals real, with both labels beside them.
// Written from the export network: with "Anonymise exports" on, ids and labels are pseudonyms.
import { type Network, WHATIF_DEFAULTS, writeCsv } from '@knet/core';
import type { Proposal } from '../state/proposals.js';

export const PROPOSALS_HEADER = ['source', 'target', 'weight', 'type', 'source_label', 'target_label'] as const;

/**
 * `network` names the organisations (the loaded network or its anonymised twin, same order); `real` is the
 * loaded network, whose ids the proposals hold. Proposals naming an organisation `real` lacks are left out.
 */
export function proposalsCsv(proposals: readonly Proposal[], real: Network, network: Network): string {
  const rows = proposals.flatMap((tie) => {
    const [a, b] = tie.map((id) => real.indexOf(id));
    if (a < 0 || b < 0) return [];
    const [x, y] = [network.organisations[a], network.organisations[b]];
    // The type an added tie gets in the what-if (core's whatIf): 'introduction'.
    return [[x.id, y.id, 1, WHATIF_DEFAULTS.addedType, x.label, y.label]];
  });
  return writeCsv([...PROPOSALS_HEADER], rows);
}
