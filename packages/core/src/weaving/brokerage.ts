// Gould-Fernandez brokerage: for each organisation, how often it sits on an open two-path a -> b -> c
// (a != c, no flow a -> c), split into five roles by the groups of a, b and c, as statnet's sna::brokerage.
import { csrOf } from '../engine/csr.js';
import { Network } from '../model/network.js';
import type { Organisation } from '../model/organisation.js';
import { organisationValue } from '../model/filter.js';
import { brokerageExpectation, type BrokerageExpectation } from './brokerage-expected.js';

/**
 * The five roles, in sna's column order. With b the broker on a -> b -> c:
 * coordinator (w_I) a, b, c all in one group; itinerant or consultant (w_O) a and c in one group, b in
 * another; representative (b_IO) a in b's group, c outside it; gatekeeper (b_OI) a outside, c in b's
 * group; liaison (b_O) a, b, c in three different groups.
 */
export const BROKERAGE_ROLES = ['coordinator', 'itinerant', 'representative', 'gatekeeper', 'liaison'] as const;
export type BrokerageRole = (typeof BROKERAGE_ROLES)[number];

/** One value per role, plus the total over the five. */
export type RoleRecord<T> = Record<BrokerageRole | 'total', T>;

/** sna::brokerage's column names, for readers who know that output. */
export const SNA_ROLE_NAMES: RoleRecord<string> = {
  coordinator: 'w_I',
  itinerant: 'w_O',
  representative: 'b_IO',
  gatekeeper: 'b_OI',
  liaison: 'b_O',
  total: 't',
};

/**
 * How organisations are grouped: a field ('type', 'sector', 'region') or extra attribute by name, a
 * function organisation -> group (e.g. its community), or one group per organisation in an array.
 */
export type BrokerageGrouping =
  | string
  | ((organisation: Organisation, index: number) => string | number)
  | ArrayLike<string | number>;

export const BROKERAGE_DEFAULTS = {
  /** The grouping attribute. Organisations without a value form one group, named ''. */
  by: 'type' as BrokerageGrouping,
  /** Also compute sna's expected counts, standard deviations and z-scores under a random graph. */
  expected: true,
};
export type BrokerageOptions = Partial<typeof BROKERAGE_DEFAULTS>;

export interface Brokerage {
  directed: boolean;
  /** The grouping's name ('type', 'sector'...), or 'custom' for a function or array. */
  by: string;
  /** Group names in order of first appearance; `group[v]` indexes this list. */
  groups: string[];
  group: Int32Array;
  /** Organisations per group. */
  groupSizes: number[];
  /** Per organisation (aligned with network.organisations), the number of two-paths it brokers in each role. */
  counts: RoleRecord<Float64Array>;
  /** The same summed over all organisations. */
  totals: RoleRecord<number>;
  /** sna's expectations and z-scores (when `expected` is on). */
  expected?: BrokerageExpectation;
}

/**
 * Gould-Fernandez brokerage roles of every organisation. Works on the merged ties (repeated flows count
 * once, self-loops never). Undirected networks: each tie counts both ways, as sna reads a symmetric
 * matrix, so an open path a - b - c is brokered twice (a -> b -> c and c -> b -> a): coordinator,
 * itinerant and liaison counts are twice the number of open pairs, and representative always equals
 * gatekeeper (each mixed pair is one of each), so the two collapse into one "boundary" role.
 */
export function brokerage(network: Network, options: BrokerageOptions = {}): Brokerage {
  if (!(network instanceof Network)) throw new TypeError('knet: brokerage: the first argument must be a Network.');
  const { by, expected } = { ...BROKERAGE_DEFAULTS, ...options };
  const { groups, group, name } = groupOrganisations(network, by);
  const counts = countRoles(network, group);
  const totals = {} as RoleRecord<number>;
  for (const role of [...BROKERAGE_ROLES, 'total'] as const) totals[role] = counts[role].reduce((s, x) => s + x, 0);
  const groupSizes = new Array<number>(groups.length).fill(0);
  for (const g of group) groupSizes[g]++;
  const csr = csrOf(network);
  return {
    directed: network.directed,
    by: name,
    groups,
    group,
    groupSizes,
    counts,
    totals,
    expected: expected
      ? brokerageExpectation({ n: csr.n, arcs: csr.out.offsets[csr.n], group, groupSizes, counts, totals })
      : undefined,
  };
}

/** Role counts per organisation, from the CSR view (an ego-by-ego walk like sna's brokerage_R). */
function countRoles(network: Network, group: Int32Array): RoleRecord<Float64Array> {
  const { n, out } = csrOf(network);
  const { offsets, neighbours } = out;
  const coordinator = new Float64Array(n);
  const itinerant = new Float64Array(n);
  const representative = new Float64Array(n);
  const gatekeeper = new Float64Array(n);
  const liaison = new Float64Array(n);
  // linked[k] === a means a -> k is a tie: one stamp per source instead of a lookup per two-path.
  const linked = new Int32Array(n).fill(-1);
  for (let a = 0; a < n; a++) {
    const start = offsets[a];
    const end = offsets[a + 1];
    if (start === end) continue;
    for (let e = start; e < end; e++) linked[neighbours[e]] = a;
    const ga = group[a];
    for (let e = start; e < end; e++) {
      const b = neighbours[e];
      const gb = group[b];
      for (let f = offsets[b]; f < offsets[b + 1]; f++) {
        const c = neighbours[f];
        if (c === a || linked[c] === a) continue;
        const gc = group[c];
        if (ga === gb) {
          if (gb === gc) coordinator[b]++;
          else representative[b]++;
        } else if (gb === gc) gatekeeper[b]++;
        else if (ga === gc) itinerant[b]++;
        else liaison[b]++;
      }
    }
  }
  const total = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    total[v] = coordinator[v] + itinerant[v] + representative[v] + gatekeeper[v] + liaison[v];
  }
  return { coordinator, itinerant, representative, gatekeeper, liaison, total };
}

/** Group index per organisation, groups numbered in order of first appearance. */
export function groupOrganisations(
  network: Network,
  by: BrokerageGrouping,
): { groups: string[]; group: Int32Array; name: string } {
  const n = network.order;
  let keyOf: (i: number) => string;
  let name = 'custom';
  if (typeof by === 'string') {
    if (by === '') throw new TypeError('knet: brokerage: `by` must name a grouping attribute such as "type".');
    const known = by === 'type' || by === 'sector' || by === 'region' || by === 'pioneer';
    if (!known && n > 0 && !network.organisations.some((o) => Object.prototype.hasOwnProperty.call(o.attributes, by))) {
      throw new TypeError(`knet: brokerage: no organisation has a "${by}" attribute to group by.`);
    }
    name = by;
    keyOf = (i) => organisationValue(network.organisations[i], by);
  } else if (typeof by === 'function') {
    keyOf = (i) => String(by(network.organisations[i], i));
  } else if (by && typeof by === 'object' && typeof by.length === 'number') {
    if (by.length !== n) {
      throw new TypeError(`knet: brokerage: the grouping array has ${by.length} entries for ${n} organisations.`);
    }
    keyOf = (i) => String(by[i]);
  } else {
    throw new TypeError('knet: brokerage: `by` must be an attribute name, a function or an array of groups.');
  }
  const index = new Map<string, number>();
  const groups: string[] = [];
  const group = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const key = keyOf(i);
    let g = index.get(key);
    if (g === undefined) {
      g = groups.length;
      groups.push(key);
      index.set(key, g);
    }
    group[i] = g;
  }
  return { groups, group, name };
}
