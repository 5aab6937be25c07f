// E-I index (Krackhardt and Stern): do ties stay inside groups (−1) or cross them (+1)? For a grouping
// attribute (type, sector, region) or any function of the organisation, overall and for each group.
import { csrOf } from '../../engine/csr.js';
import { checkNetwork } from '../../engine/guard.js';
import type { Network } from '../../model/network.js';
import { GROUPING_FIELDS, type GroupingField, type Organisation } from '../../model/organisation.js';

/** A grouping field, or a function giving each organisation's group ('' or undefined: no group). */
export type Grouping = GroupingField | ((organisation: Organisation, index: number) => string | undefined);

export interface EiGroup {
  /** The attribute value. */
  readonly group: string;
  readonly organisations: number;
  /** Ties with both ends in the group. */
  readonly internal: number;
  /** Ties with one end in the group and the other in another group. */
  readonly external: number;
  /** (external − internal) / (external + internal); NaN for a group with no ties. */
  readonly ei: number;
}

export interface EiIndexResult {
  /** (external − internal) / (external + internal) over every counted tie; NaN when none is counted. */
  readonly overall: number;
  readonly internal: number;
  readonly external: number;
  /** Largest group first (ties: by name). */
  readonly groups: readonly EiGroup[];
  /** Organisations with no group value, and the ties left out because one of their ends is such an organisation. */
  readonly unassigned: { readonly organisations: number; readonly ties: number };
}

/**
 * E-I over ties: distinct pairs (ordered pairs when directed, as UCINET counts arcs), self-loops and repeats
 * left out by the merged view. Ties touching an organisation with no group value are left out and counted.
 */
export function eiIndex(network: Network, grouping: Grouping): EiIndexResult {
  checkNetwork(network, 'eiIndex');
  const groupOf = groupReader(grouping);
  const n = network.order;

  // Dense group ids; -1 for no group.
  const names: string[] = [];
  const ids = new Map<string, number>();
  const group = new Int32Array(n);
  let unassignedOrganisations = 0;
  network.organisations.forEach((organisation, v) => {
    const raw = groupOf(organisation, v);
    const name = raw === undefined || raw === null ? '' : String(raw);
    if (name === '') {
      group[v] = -1;
      unassignedOrganisations++;
      return;
    }
    let id = ids.get(name);
    if (id === undefined) {
      ids.set(name, (id = names.length));
      names.push(name);
    }
    group[v] = id;
  });

  const k = names.length;
  const organisations = new Float64Array(k);
  const internal = new Float64Array(k);
  const external = new Float64Array(k);
  for (let v = 0; v < n; v++) if (group[v] >= 0) organisations[group[v]]++;
  const csr = csrOf(network);
  const { offsets, neighbours } = csr.out;
  let unassignedTies = 0;
  let allInternal = 0;
  let allExternal = 0;
  for (let v = 0; v < n; v++) {
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      const u = neighbours[e];
      if (!csr.directed && u < v) continue; // each undirected pair once
      const a = group[v];
      const b = group[u];
      if (a < 0 || b < 0) unassignedTies++;
      else if (a === b) {
        internal[a]++;
        allInternal++;
      } else {
        external[a]++;
        external[b]++;
        allExternal++;
      }
    }
  }

  const groups: EiGroup[] = names.map((name, g) => ({
    group: name,
    organisations: organisations[g],
    internal: internal[g],
    external: external[g],
    ei: ratio(external[g], internal[g]),
  }));
  groups.sort((x, y) => y.organisations - x.organisations || (x.group < y.group ? -1 : x.group > y.group ? 1 : 0));
  return {
    overall: ratio(allExternal, allInternal),
    internal: allInternal,
    external: allExternal,
    groups,
    unassigned: { organisations: unassignedOrganisations, ties: unassignedTies },
  };
}

function ratio(external: number, internal: number): number {
  const total = external + internal;
  return total === 0 ? Number.NaN : (external - internal) / total;
}

function groupReader(grouping: Grouping): (organisation: Organisation, index: number) => string | undefined {
  if (typeof grouping === 'function') return grouping;
  if ((GROUPING_FIELDS as readonly string[]).includes(grouping as string)) {
    return (organisation) => organisation[grouping as GroupingField];
  }
  throw new Error(
    `knet: eiIndex: group by ${GROUPING_FIELDS.map((field) => `'${field}'`).join(', ')} or a function of the organisation; got ${String(grouping)}.`,
  );
}
