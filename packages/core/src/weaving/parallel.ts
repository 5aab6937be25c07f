// Parallel pioneers: per theme, the organisations working on it grouped so that no two groups can reach each
// other within the horizon (working on the same idea alone), with the shortest existing path between groups.
import { csrOf } from '../engine/csr.js';
import { HorizonSearch } from '../engine/horizon-search.js';
import { checkNetwork, checkWhole } from '../engine/guard.js';
import { REPORT_DEFAULTS } from '../metrics/report.js';
import type { Network } from '../model/network.js';
import type { Organisation } from '../model/organisation.js';

export const PARALLEL_DEFAULTS = {
  horizon: REPORT_DEFAULTS.horizon,
  /** Only this theme (matched ignoring case); undefined: every theme. */
  theme: undefined as string | undefined,
};

export type ParallelOptions = typeof PARALLEL_DEFAULTS;

export interface ThemeGroup {
  /** Organisation indices, in input order. */
  readonly members: readonly number[];
  readonly organisations: readonly Organisation[];
}

export interface GroupPath {
  /** Positions in the theme's `groups`. */
  readonly from: number;
  readonly to: number;
  /** Steps on the shortest path between any member of one and any member of the other; null: no path. */
  readonly steps: number | null;
  /** That path, ends included (empty when there is none). */
  readonly path: readonly Organisation[];
}

export interface ParallelTheme {
  readonly theme: string;
  /** Organisations working on the theme. */
  readonly count: number;
  /** Largest first. One group means everyone on the theme is within reach of each other. */
  readonly groups: readonly ThemeGroup[];
  /** Every pair of groups, nearest first. */
  readonly paths: readonly GroupPath[];
}

/**
 * Two organisations on a theme are in the same group when a chain of them, each within `horizon` steps of
 * the next, joins them (direction ignored: knowing of each other is what matters). Themes with the most
 * groups come first.
 */
export function parallelPioneers(network: Network, options: Partial<ParallelOptions> = {}): ParallelTheme[] {
  checkNetwork(network, 'parallel');
  const { horizon, theme } = { ...PARALLEL_DEFAULTS, ...options };
  checkWhole(horizon, 'parallel', 'horizon', 1);
  if (theme !== undefined && typeof theme !== 'string') throw new Error(`knet: parallel: theme must be a theme name, got ${String(theme)}.`);
  const byTheme = membersByTheme(network);
  let themes = [...byTheme.keys()];
  if (theme !== undefined) {
    const wanted = theme.trim().toLowerCase();
    themes = themes.filter((name) => name.toLowerCase() === wanted);
    if (themes.length === 0) throw new Error(`knet: parallel: no organisation works on the theme "${theme}".`);
  }
  const search = new HorizonSearch(csrOf(network).undirected);
  return themes
    .map((name) => themeGroups(network, search, name, byTheme.get(name)!, horizon))
    .sort((a, b) => b.groups.length - a.groups.length || b.count - a.count || (a.theme < b.theme ? -1 : 1));
}

function membersByTheme(network: Network): Map<string, number[]> {
  const byTheme = new Map<string, number[]>();
  network.organisations.forEach((organisation, v) => {
    for (const theme of new Set(organisation.themes)) {
      const members = byTheme.get(theme);
      if (members) members.push(v);
      else byTheme.set(theme, [v]);
    }
  });
  return byTheme;
}

function themeGroups(network: Network, search: HorizonSearch, theme: string, members: number[], horizon: number): ParallelTheme {
  // Union-find over the theme's members: joined when one reaches the other within the horizon.
  const parent = members.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const position = new Map(members.map((v, i) => [v, i]));
  members.forEach((v, i) => {
    search.search(v, horizon);
    for (const u of search.reached()) {
      const j = position.get(u);
      if (j !== undefined) parent[find(j)] = find(i);
    }
  });
  const grouped = new Map<number, number[]>();
  members.forEach((v, i) => {
    const root = find(i);
    const group = grouped.get(root);
    if (group) group.push(v);
    else grouped.set(root, [v]);
  });
  const groups = [...grouped.values()]
    .sort((a, b) => b.length - a.length || a[0] - b[0])
    .map((group) => ({ members: group, organisations: group.map((v) => network.organisations[v]) }));
  return { theme, count: members.length, groups, paths: pathsBetween(network, groups) };
}

/** One unbounded search per group, from all its members at once, gives its shortest path to every other group. */
function pathsBetween(network: Network, groups: readonly ThemeGroup[]): GroupPath[] {
  const n = network.order;
  const groupOf = new Int32Array(n).fill(-1);
  groups.forEach((group, g) => group.members.forEach((v) => (groupOf[v] = g)));
  const { offsets, neighbours } = csrOf(network).undirected;
  const previous = new Int32Array(n);
  const steps = new Int32Array(n);
  const queue = new Int32Array(n);
  const paths: GroupPath[] = [];
  for (let g = 0; g < groups.length - 1; g++) {
    steps.fill(-1);
    let head = 0;
    let tail = 0;
    for (const v of groups[g].members) {
      steps[v] = 0;
      previous[v] = -1;
      queue[tail++] = v;
    }
    const found = new Map<number, number>();
    while (head < tail) {
      const v = queue[head++];
      const other = groupOf[v];
      // The first member of another group met is its nearest (BFS order), ties broken by search order.
      if (other > g && !found.has(other)) found.set(other, v);
      for (let k = offsets[v]; k < offsets[v + 1]; k++) {
        const u = neighbours[k];
        if (steps[u] < 0) {
          steps[u] = steps[v] + 1;
          previous[u] = v;
          queue[tail++] = u;
        }
      }
    }
    for (let h = g + 1; h < groups.length; h++) {
      const end = found.get(h);
      if (end === undefined) {
        paths.push({ from: g, to: h, steps: null, path: [] });
        continue;
      }
      const path: Organisation[] = [];
      for (let v = end; v >= 0; v = previous[v]) path.unshift(network.organisations[v]);
      paths.push({ from: g, to: h, steps: steps[end], path });
    }
  }
  return paths.sort((a, b) => (a.steps ?? Infinity) - (b.steps ?? Infinity) || a.from - b.from || a.to - b.to);
}
