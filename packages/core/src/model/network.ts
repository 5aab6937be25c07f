// The Network: organisations and the flows between them. Organisations are numbered 0..n-1 in the order
// they were read; metrics return arrays aligned with that numbering. `toGraph()` gives the graphology view
// (repeated flows merged, weights summed) for rendering, layouts and GEXF/GraphML.
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type { AbstractGraph as Graph } from 'graphology-types';
import type { Attributes } from './attributes.js';
import { createAttributes, setAttribute } from './attributes.js';
import type { KnowledgeFlow } from './flow.js';
import { FlowTable } from './flow.js';
import type { Organisation } from './organisation.js';

export class Network {
  readonly directed: boolean;
  readonly organisations: readonly Organisation[];
  readonly flows: FlowTable;
  private readonly index: Map<string, number>;
  private graph: Graph | undefined;

  /**
   * `index`, when given, maps each organisation's id to its position in `organisations`: a caller that
   * receives the organisations in pieces can build it piece by piece (the dashboard does, so 100,000 ids
   * are not hashed in one task of the page).
   */
  constructor(init: { directed: boolean; organisations: readonly Organisation[]; flows: FlowTable; index?: Map<string, number> }) {
    this.directed = init.directed;
    this.organisations = init.organisations;
    this.flows = init.flows;
    if (init.index) this.index = init.index;
    else {
      this.index = new Map();
      init.organisations.forEach((organisation, i) => this.index.set(organisation.id, i));
    }
    if (this.index.size !== init.organisations.length) {
      throw new Error('knet: Network: organisation ids must be unique.');
    }
  }

  /** Number of organisations (n). */
  get order(): number {
    return this.organisations.length;
  }

  /** Index of the organisation with this id, or -1. */
  indexOf(id: string): number {
    return this.index.get(id) ?? -1;
  }

  organisation(id: string): Organisation | undefined {
    const i = this.index.get(id);
    return i === undefined ? undefined : this.organisations[i];
  }

  /** The object view of flow number `i`. */
  flow(i: number): KnowledgeFlow {
    const flows = this.flows;
    return {
      source: this.organisations[flows.source[i]].id,
      target: this.organisations[flows.target[i]].id,
      weight: flows.weight[i],
      type: flows.type(i),
      date: flows.date(i),
      attributes: flows.attributesOf(i),
    };
  }

  *eachFlow(): IterableIterator<KnowledgeFlow> {
    for (let i = 0; i < this.flows.count; i++) yield this.flow(i);
  }

  /**
   * The graphology graph (built once, then cached; do not mutate it). Node attributes: the organisation's
   * fields and extra attributes side by side. Edges: one per pair (per direction when directed), with
   * `weight` summed, `flows` counted, `type` the distinct types joined by ';' and `date` the earliest.
   * Self-loops are kept as edges; metrics ignore them.
   */
  toGraph(): Graph {
    if (!this.graph) this.graph = buildGraph(this);
    return this.graph;
  }
}

export interface OrganisationNodeAttributes extends Attributes {}

function buildGraph(network: Network): Graph {
  // Named classes: graphology's default export is a namespace under NodeNext typing.
  const options = { multi: false, allowSelfLoops: true };
  const graph: Graph = network.directed ? new DirectedGraph(options) : new UndirectedGraph(options);
  for (const organisation of network.organisations) {
    graph.addNode(organisation.id, organisationToAttributes(organisation));
  }
  const { flows, organisations } = network;
  for (let i = 0; i < flows.count; i++) {
    const source = organisations[flows.source[i]].id;
    const target = organisations[flows.target[i]].id;
    const type = flows.type(i);
    const date = flows.date(i);
    const existing = graph.edge(source, target);
    if (existing === undefined) {
      const attributes = flows.attributesOf(i);
      setAttribute(attributes, 'weight', flows.weight[i]);
      setAttribute(attributes, 'flows', 1);
      if (type) setAttribute(attributes, 'type', type);
      if (date) setAttribute(attributes, 'date', date);
      graph.addEdge(source, target, attributes);
      continue;
    }
    const attributes = graph.getEdgeAttributes(existing);
    attributes.weight = (attributes.weight as number) + flows.weight[i];
    attributes.flows = (attributes.flows as number) + 1;
    if (type) {
      const known = attributes.type ? String(attributes.type).split(';') : [];
      if (!known.includes(type)) attributes.type = [...known, type].join(';');
    }
    if (date && (!attributes.date || date < String(attributes.date))) attributes.date = date;
  }
  return graph;
}

/** Flattens an organisation into graphology node attributes (themes joined by ';' for file formats). */
export function organisationToAttributes(organisation: Organisation): Attributes {
  const attributes = createAttributes();
  for (const [name, value] of Object.entries(organisation.attributes)) setAttribute(attributes, name, value);
  setAttribute(attributes, 'label', organisation.label);
  if (organisation.type) setAttribute(attributes, 'type', organisation.type);
  if (organisation.sector) setAttribute(attributes, 'sector', organisation.sector);
  if (organisation.region) setAttribute(attributes, 'region', organisation.region);
  setAttribute(attributes, 'pioneer', organisation.pioneer);
  if (organisation.themes.length) setAttribute(attributes, 'themes', organisation.themes.join(';'));
  return attributes;
}
