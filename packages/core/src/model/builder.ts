// Builds a Network one organisation and one flow at a time: what readers and tests use.
import type { AttributeValue, Attributes } from './attributes.js';
import { copyAttributes, createAttributes } from './attributes.js';
import { FlowTableBuilder } from './flow.js';
import { Network } from './network.js';
import type { Organisation } from './organisation.js';

export interface OrganisationInput {
  id: string;
  label?: string;
  type?: string;
  sector?: string;
  region?: string;
  pioneer?: boolean;
  themes?: string[];
  attributes?: Record<string, AttributeValue>;
}

export interface FlowInput {
  source: string;
  target: string;
  weight?: number;
  type?: string;
  date?: string;
  attributes?: Record<string, AttributeValue>;
}

export function makeOrganisation(input: OrganisationInput): Organisation {
  return {
    id: input.id,
    label: input.label ?? input.id,
    type: input.type ?? '',
    sector: input.sector ?? '',
    region: input.region ?? '',
    pioneer: input.pioneer ?? false,
    themes: input.themes ?? [],
    attributes: input.attributes ? copyAttributes(input.attributes) : createAttributes(),
  };
}

export class NetworkBuilder {
  private readonly organisations: Organisation[] = [];
  private readonly index = new Map<string, number>();
  private readonly flows: FlowTableBuilder;

  constructor(readonly directed = false, expectedFlows = 1024) {
    this.flows = new FlowTableBuilder(expectedFlows);
  }

  has(id: string): boolean {
    return this.index.has(id);
  }

  /** Adds an organisation; returns its index, or -1 when the id is already taken (the first one wins). */
  addOrganisation(input: OrganisationInput | Organisation): number {
    if (this.index.has(input.id)) return -1;
    const i = this.organisations.length;
    this.organisations.push(makeOrganisation(input));
    this.index.set(input.id, i);
    return i;
  }

  /** Index of an organisation, creating a bare one (label = id) when it is new. */
  ensureOrganisation(id: string): number {
    const found = this.index.get(id);
    return found ?? this.addOrganisation({ id });
  }

  /** Adds a flow; organisations it names are created when missing. Returns the flow number. */
  addFlow(input: FlowInput): number {
    const weight = input.weight ?? 1;
    checkWeight(weight, () => `flow "${input.source}" → "${input.target}"`);
    const source = this.ensureOrganisation(input.source);
    const target = this.ensureOrganisation(input.target);
    const flow = this.flows.add(source, target, weight, input.type ?? '', input.date);
    if (input.attributes) {
      for (const [name, value] of Object.entries(input.attributes)) this.flows.setAttribute(flow, name, value);
    }
    return flow;
  }

  /** Adds a flow by organisation indices (the fast path for readers). */
  addFlowByIndex(source: number, target: number, weight = 1, type = '', date?: string): number {
    const count = this.organisations.length;
    for (const end of [source, target]) {
      if (!Number.isInteger(end) || end < 0 || end >= count) {
        throw new RangeError(`knet: NetworkBuilder.addFlowByIndex: organisation index ${String(end)} is not one of the ${count} added so far.`);
      }
    }
    checkWeight(weight, () => `flow ${source} → ${target}`);
    return this.flows.add(source, target, weight, type, date);
  }

  setFlowAttribute(flow: number, name: string, value: AttributeValue | undefined): void {
    this.flows.setAttribute(flow, name, value);
  }

  organisationAt(i: number): Organisation {
    return this.organisations[i];
  }

  finish(): Network {
    return new Network({ directed: this.directed, organisations: this.organisations, flows: this.flows.finish() });
  }
}

/**
 * Every metric reads a weight as a tie's strength (SPEC: a positive number); a negative or zero one would turn
 * PageRank's walk and Burt's shares into nonsense without an error, so it is refused where it comes in. (Readers
 * skip such flows with a warning before they get here.)
 */
function checkWeight(weight: number, flow: () => string): void {
  if (typeof weight !== 'number' || !(weight > 0) || weight === Infinity) {
    throw new RangeError(`knet: ${flow()}: weight must be a positive number, got ${String(weight)}.`);
  }
}

/** Convenience for code and tests: a Network from plain records. */
export function createNetwork(input: {
  directed?: boolean;
  organisations?: OrganisationInput[];
  flows: FlowInput[];
}): Network {
  const builder = new NetworkBuilder(input.directed ?? false, input.flows.length);
  for (const organisation of input.organisations ?? []) builder.addOrganisation(organisation);
  for (const flow of input.flows) builder.addFlow(flow);
  return builder.finish();
}

export type { Attributes };
