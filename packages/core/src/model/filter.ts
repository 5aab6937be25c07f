// Sub-networks: keep some organisations and some flows, as a new Network (dashboard filters, as-of dates,
// time windows, broker dependence). Organisation objects and the flow dictionaries are shared, not copied.
import type { AttributeValue } from './attributes.js';
import { FlowTable } from './flow.js';
import { Network } from './network.js';
import type { Organisation } from './organisation.js';

export interface NetworkFilter {
  /** Keep flow number `flow` of the input (flows touching a removed organisation go regardless). */
  flow?: (flow: number) => boolean;
  /** Keep this organisation (and so its flows). */
  organisation?: (organisation: Organisation, index: number) => boolean;
}

export interface FilteredNetwork {
  network: Network;
  /** For each input organisation, its index in the new network, or -1 where it was removed. */
  organisationIndex: Int32Array;
  /** For each flow of the new network, its flow number in the input. */
  flowOrigin: Int32Array;
}

/** A new Network with the organisations and flows the filter keeps (everything when a test is missing). */
export function filterNetwork(network: Network, filter: NetworkFilter = {}): Network {
  return filterNetworkMapped(network, filter).network;
}

/** As `filterNetwork`, with the index maps needed to line results of the two networks up. */
export function filterNetworkMapped(network: Network, filter: NetworkFilter = {}): FilteredNetwork {
  if (!(network instanceof Network)) throw new TypeError('knet: filterNetwork: the first argument must be a Network.');
  const keepOrganisation = filter.organisation;
  const keepFlow = filter.flow;
  if (keepOrganisation !== undefined && typeof keepOrganisation !== 'function') {
    throw new TypeError('knet: filterNetwork: `organisation` must be a function (organisation, index) => boolean.');
  }
  if (keepFlow !== undefined && typeof keepFlow !== 'function') {
    throw new TypeError('knet: filterNetwork: `flow` must be a function (flow number) => boolean.');
  }

  const organisationIndex = new Int32Array(network.order).fill(-1);
  const organisations: Organisation[] = [];
  network.organisations.forEach((organisation, i) => {
    if (keepOrganisation && !keepOrganisation(organisation, i)) return;
    organisationIndex[i] = organisations.length;
    organisations.push(organisation);
  });

  const flows = network.flows;
  const kept: number[] = [];
  for (let f = 0; f < flows.count; f++) {
    if (organisationIndex[flows.source[f]] < 0 || organisationIndex[flows.target[f]] < 0) continue;
    if (keepFlow && !keepFlow(f)) continue;
    kept.push(f);
  }
  const flowOrigin = Int32Array.from(kept);
  const table = selectFlows(flows, flowOrigin, organisationIndex);
  return {
    network: new Network({ directed: network.directed, organisations, flows: table }),
    organisationIndex,
    flowOrigin,
  };
}

/** The rows `origin` of a flow table, with organisation numbers renumbered through `organisationIndex`. */
function selectFlows(flows: FlowTable, origin: Int32Array, organisationIndex: Int32Array): FlowTable {
  const m = origin.length;
  const source = new Int32Array(m);
  const target = new Int32Array(m);
  const weight = new Float64Array(m);
  const typeCode = new Uint32Array(m);
  const dateCode = new Uint32Array(m);
  for (let k = 0; k < m; k++) {
    const f = origin[k];
    source[k] = organisationIndex[flows.source[f]];
    target[k] = organisationIndex[flows.target[f]];
    weight[k] = flows.weight[f];
    typeCode[k] = flows.typeCode[f];
    dateCode[k] = flows.dateCode[f];
  }
  const attributes = new Map<string, (AttributeValue | undefined)[]>();
  for (const [name, column] of flows.attributes) {
    const selected = new Array<AttributeValue | undefined>(m);
    for (let k = 0; k < m; k++) selected[k] = column[origin[k]];
    attributes.set(name, selected);
  }
  // The type and date dictionaries are shared: codes keep their meaning, unused entries are harmless.
  return new FlowTable(m, source, target, weight, typeCode, flows.types, dateCode, flows.dates, attributes);
}

/** What `withoutGroup` removes: a test, or organisations whose field (or attribute) has one of the values. */
export type GroupSelector =
  | ((organisation: Organisation, index: number) => boolean)
  | { by: string; value: string | readonly string[] };

export interface WithoutGroup extends FilteredNetwork {
  /** Ids of the organisations removed, in input order. */
  removed: string[];
}

/**
 * The network without a group of organisations (and their flows), to see who still reaches whom without,
 * say, the funders: `withoutGroup(network, { by: 'type', value: 'funder' })`. Every other organisation stays,
 * isolated ones included, so metrics before and after are over the same people less the group.
 */
export function withoutGroup(network: Network, selector: GroupSelector): WithoutGroup {
  const inGroup = groupTest(selector);
  const removed: string[] = [];
  const result = filterNetworkMapped(network, {
    organisation: (organisation, i) => {
      if (!inGroup(organisation, i)) return true;
      removed.push(organisation.id);
      return false;
    },
  });
  return { ...result, removed };
}

function groupTest(selector: GroupSelector): (organisation: Organisation, index: number) => boolean {
  if (typeof selector === 'function') return selector;
  if (!selector || typeof selector.by !== 'string' || selector.by === '') {
    throw new TypeError("knet: withoutGroup: give a function or { by: 'type', value: 'funder' }.");
  }
  const values = new Set(typeof selector.value === 'string' ? [selector.value] : selector.value);
  if (values.size === 0) throw new TypeError('knet: withoutGroup: `value` names no group.');
  const by = selector.by;
  return (organisation) => values.has(organisationValue(organisation, by));
}

/** An organisation's value for a field or extra attribute, as text ('' when it has none). */
export function organisationValue(organisation: Organisation, field: string): string {
  switch (field) {
    case 'id':
    case 'label':
    case 'type':
    case 'sector':
    case 'region':
      return organisation[field];
    case 'pioneer':
      return String(organisation.pioneer);
    default: {
      const value = Object.prototype.hasOwnProperty.call(organisation.attributes, field)
        ? organisation.attributes[field]
        : undefined;
      return value === undefined ? '' : String(value);
    }
  }
}
