// A metrics report assembled by hand for tests of what reads reports (isolation, CLI formatting): reach and
// components come from a plain BFS written here, every other column from the test's own numbers.
import type { MetricColumnId } from '../../src/metrics/catalogue.js';
import type { MetricsReport } from '../../src/metrics/report-types.js';
import type { Network } from '../../src/model/network.js';

type ByOrganisation = Record<string, number>;

export interface HandReportOptions {
  horizon?: number;
  /** Column values by organisation id; organisations not named get `fill` (default 0). */
  columns?: Partial<Record<MetricColumnId, ByOrganisation>>;
  fill?: Partial<Record<MetricColumnId, number>>;
  /** Community by organisation id; default: its component. */
  communities?: ByOrganisation;
}

function neighbours(network: Network, directedOut: boolean): Set<number>[] {
  const sets = network.organisations.map(() => new Set<number>());
  const { source, target, count } = network.flows;
  for (let f = 0; f < count; f++) {
    if (source[f] === target[f]) continue;
    sets[source[f]].add(target[f]);
    if (!directedOut) sets[target[f]].add(source[f]);
  }
  return sets;
}

function bfs(sets: Set<number>[], start: number, limit = Infinity): Map<number, number> {
  const seen = new Map([[start, 0]]);
  let frontier = [start];
  for (let d = 1; d <= limit && frontier.length; d++) {
    const next: number[] = [];
    for (const v of frontier) for (const u of sets[v]) if (!seen.has(u)) { seen.set(u, d); next.push(u); }
    frontier = next;
  }
  return seen;
}

export function handReport(network: Network, options: HandReportOptions = {}): MetricsReport {
  const n = network.order;
  const horizon = options.horizon ?? 2;
  const undirected = neighbours(network, false);
  const forward = neighbours(network, network.directed);
  // Components, largest first (ties: first organisation first).
  const groups: number[][] = [];
  const seen = new Set<number>();
  for (let v = 0; v < n; v++) {
    if (seen.has(v)) continue;
    const members = [...bfs(undirected, v).keys()];
    members.forEach((u) => seen.add(u));
    groups.push(members);
  }
  groups.sort((a, b) => b.length - a.length || Math.min(...a) - Math.min(...b));
  const index = new Int32Array(n);
  groups.forEach((members, c) => members.forEach((v) => (index[v] = c)));
  const reach = new Float64Array(n);
  for (let v = 0; v < n; v++) reach[v] = n > 1 ? (bfs(forward, v, horizon).size - 1) / (n - 1) : Number.NaN;
  const isolation = reach.map((r) => 1 - r);

  const columns: Partial<Record<MetricColumnId, Float64Array>> = { reach, isolation, component: Float64Array.from(index) };
  const named = new Set<MetricColumnId>(['betweenness', 'constraint', 'clustering', 'degree', ...Object.keys(options.columns ?? {}) as MetricColumnId[]]);
  for (const id of named) {
    const values = options.columns?.[id] ?? {};
    const fill = options.fill?.[id] ?? 0;
    columns[id] = Float64Array.from(network.organisations, (o) => values[o.id] ?? fill);
  }
  const community = Int32Array.from(network.organisations, (o, v) => options.communities?.[o.id] ?? index[v]);
  const count = Math.max(-1, ...community) + 1;
  return {
    network,
    horizon,
    columnIds: Object.keys(columns) as MetricColumnId[],
    columns,
    components: { index, sizes: groups.map((g) => g.length) },
    communities: { community, modularity: 0, count },
  };
}
