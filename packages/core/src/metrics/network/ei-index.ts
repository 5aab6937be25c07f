// E-I index (Krackhardt and Stern): do ties stay inside groups (−1) or cross them (+1)? For a grouping
// attribute (type, sector, region) or any function of the organisation, overall and for each group.
import { csrOf } from '../../engine/csr.js';
import { checkNetwork } from '../../engine/guard.js';
import { organisationValue } from '../../model/filter.js';
import type { Network } from '../../model/network.js';
import { GROUPING_FIELDS, type GroupingField, type Organisation } from '../../model/organisation.js';

/**
 * A grouping field, another column by name, or a function giving each organisation's group ('' or
 * undefined: no group).
 */
export type Grouping = GroupingField | (string & {}) | ((organisation: Organisation, index: number) => string | undefined);

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
  const n = network.order;
  const { names, group, unassigned: unassignedOrganisations } = groupIds(network, grouping, 'eiIndex');

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

/** Groups as dense ids (in order of first appearance), -1 for an organisation with no group value. */
export interface GroupIds {
  readonly names: readonly string[];
  readonly group: Int32Array;
  /** Organisations with no group value. */
  readonly unassigned: number;
}

/** Shared by the E-I indices and the group matrix, so every view of the silos groups the same way. */
export function groupIds(network: Network, grouping: Grouping, caller: string): GroupIds {
  const groupOf = groupReader(network, grouping, caller);
  const names: string[] = [];
  const ids = new Map<string, number>();
  const group = new Int32Array(network.order);
  let unassigned = 0;
  network.organisations.forEach((organisation, v) => {
    const raw = groupOf(organisation, v);
    const name = raw === undefined || raw === null ? '' : String(raw);
    if (name === '') {
      group[v] = -1;
      unassigned++;
      return;
    }
    let id = ids.get(name);
    if (id === undefined) {
      ids.set(name, (id = names.length));
      names.push(name);
    }
    group[v] = id;
  });
  return { names, group, unassigned };
}

function groupReader(network: Network, grouping: Grouping, caller: string): (organisation: Organisation, index: number) => string | undefined {
  if (typeof grouping === 'function') return grouping;
  if ((GROUPING_FIELDS as readonly string[]).includes(grouping as string)) {
    return (organisation) => organisation[grouping as GroupingField];
  }
  // Any other column of the nodes file, when at least one organisation has it.
  if (typeof grouping === 'string' && grouping !== '' && network.organisations.some((o) => Object.prototype.hasOwnProperty.call(o.attributes, grouping))) {
    return (organisation) => organisationValue(organisation, grouping);
  }
  throw new Error(
    `knet: ${caller}: group by ${GROUPING_FIELDS.map((field) => `'${field}'`).join(', ')}, another column the organisations have, or a function of the organisation; got ${String(grouping)}.`,
  );
}
