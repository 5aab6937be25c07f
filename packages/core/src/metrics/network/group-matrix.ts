// The group-to-group tie matrix (for a heatmap of the silos): for each pair of groups (sectors, types...),
// how many ties and how much weight run between them, and which flows each cell counts.
import { checkNetwork } from '../../engine/guard.js';
import type { Network } from '../../model/network.js';
import { type Grouping, groupIds } from './ei-index.js';

export interface GroupMatrixCell {
  /** Distinct pairs of organisations (ordered pairs when directed): repeats merged, as every metric sees them. */
  ties: number;
  /** Summed flow weight. */
  weight: number;
  /** Flow numbers (positions in network.flows) the cell counts, in input order. */
  flows: number[];
}

export interface GroupMatrix {
  directed: boolean;
  /** Group names, largest first (ties: by name), as eiIndex lists them. */
  groups: string[];
  /** Organisations per group, aligned with `groups`. */
  sizes: number[];
  /**
   * cells[row][column]. Directed: row is the source's group, column the target's. Undirected: symmetric,
   * a flow between two groups listed in both mirror cells, a flow inside a group once on the diagonal.
   */
  cells: GroupMatrixCell[][];
  /** Organisations without a group value, and the flows left out because they touch one. */
  unassigned: { organisations: number; flows: number };
  /** Self-loops, left out as by every metric. */
  selfLoops: number;
}

export function groupMatrix(network: Network, grouping: Grouping): GroupMatrix {
  checkNetwork(network, 'groupMatrix');
  const { names, group, unassigned } = groupIds(network, grouping, 'groupMatrix');
  // Rows in eiIndex's order: largest group first, then by name.
  const sizes = new Array<number>(names.length).fill(0);
  for (const g of group) if (g >= 0) sizes[g]++;
  const order = names.map((_, g) => g).sort((x, y) => sizes[y] - sizes[x] || (names[x] < names[y] ? -1 : names[x] > names[y] ? 1 : 0));
  const position = new Int32Array(names.length);
  order.forEach((g, row) => (position[g] = row));
  const k = names.length;
  const cells: GroupMatrixCell[][] = Array.from({ length: k }, () => Array.from({ length: k }, () => ({ ties: 0, weight: 0, flows: [] as number[] })));
  const { source, target, weight, count } = network.flows;
  const seen = new Set<number>();
  const n = network.order;
  let unassignedFlows = 0;
  let selfLoops = 0;
  for (let f = 0; f < count; f++) {
    const a = source[f];
    const b = target[f];
    if (a === b) {
      selfLoops++;
      continue;
    }
    if (group[a] < 0 || group[b] < 0) {
      unassignedFlows++;
      continue;
    }
    // One key per tie: the ordered pair when directed, the pair with the smaller index first otherwise.
    const key = network.directed || a < b ? a * n + b : b * n + a;
    const isNewTie = !seen.has(key);
    seen.add(key);
    const row = position[group[a]];
    const column = position[group[b]];
    add(cells[row][column], f, isNewTie);
    if (!network.directed && row !== column) add(cells[column][row], f, isNewTie);
  }
  return {
    directed: network.directed,
    groups: order.map((g) => names[g]),
    sizes: order.map((g) => sizes[g]),
    cells,
    unassigned: { organisations: unassigned, flows: unassignedFlows },
    selfLoops,
  };

  function add(cell: GroupMatrixCell, f: number, isNewTie: boolean): void {
    cell.flows.push(f);
    cell.weight += weight[f];
    if (isNewTie) cell.ties++;
  }
}
