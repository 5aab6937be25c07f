// Ties between groups, group by group: the matrix behind the E-I index (its diagonal is E-I's internal
// ties, the rest its external ones), and which flows each cell counts, so a chart can point at them.
import { checkNetwork } from '../../engine/guard.js';
import type { Network } from '../../model/network.js';
import { groupReader, type Grouping } from './ei-index.js';

export interface GroupMatrix {
  /** Group names, largest first (ties: by name), as in eiIndex's groups. */
  readonly groups: readonly string[];
  /** Organisations per group. */
  readonly organisations: readonly number[];
  /**
   * Ties from row group to column group, row-major (groups × groups). Undirected: a pair once, the matrix
   * symmetric; directed: arcs, row = the source's group. Counted as eiIndex counts them.
   */
  readonly ties: Float64Array;
  /**
   * For each flow, the cell (row × groups + column) of the tie it belongs to; -1 for self-loops and flows
   * touching an organisation with no group. Undirected: the cell with row ≤ column.
   */
  readonly flowCell: Int32Array;
}

export function groupMatrix(network: Network, grouping: Grouping): GroupMatrix {
  checkNetwork(network, 'groupMatrix');
  const groupOf = groupReader(grouping);
  const n = network.order;
  const raw = network.organisations.map((organisation, v) => {
    const value = groupOf(organisation, v);
    return value === undefined || value === null ? '' : String(value);
  });
  const sizes = new Map<string, number>();
  for (const name of raw) if (name !== '') sizes.set(name, (sizes.get(name) ?? 0) + 1);
  const groups = [...sizes.keys()].sort((x, y) => sizes.get(y)! - sizes.get(x)! || (x < y ? -1 : x > y ? 1 : 0));
  const id = new Map(groups.map((name, g) => [name, g]));
  const group = Int32Array.from(raw, (name) => (name === '' ? -1 : id.get(name)!));

  const k = groups.length;
  const ties = new Float64Array(k * k);
  const { flows, directed } = network;
  const flowCell = new Int32Array(flows.count).fill(-1);
  // Repeated flows are one tie: count a pair (an arc when directed) the first time it is seen.
  const seen = new Set<number>();
  for (let f = 0; f < flows.count; f++) {
    let s = flows.source[f];
    let t = flows.target[f];
    if (s === t || group[s] < 0 || group[t] < 0) continue;
    if (!directed && s > t) [s, t] = [t, s];
    let row = group[s];
    let column = group[t];
    if (!directed && row > column) [row, column] = [column, row];
    flowCell[f] = row * k + column;
    const pair = s * n + t;
    if (seen.has(pair)) continue;
    seen.add(pair);
    ties[row * k + column]++;
    if (!directed && row !== column) ties[column * k + row]++;
  }
  return { groups, organisations: groups.map((name) => sizes.get(name)!), ties, flowCell };
}

/** The flows a cell counts (undirected: either order of the two groups). */
export function flowsInCell(matrix: GroupMatrix, row: number, column: number, directed: boolean): number[] {
  const k = matrix.groups.length;
  const cell = !directed && row > column ? column * k + row : row * k + column;
  const out: number[] = [];
  for (let f = 0; f < matrix.flowCell.length; f++) if (matrix.flowCell[f] === cell) out.push(f);
  return out;
}
