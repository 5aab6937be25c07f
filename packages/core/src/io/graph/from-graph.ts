// A Network from a graph file's nodes and edges (GEXF, GraphML, graphology JSON), with the CSV policy:
// node attributes label/type/sector/region/pioneer/themes fill the organisation's fields and edge attributes
// weight/type/date the flow's; everything else is kept as an attribute; the same warnings, without lines.
import type { AttributeValue } from '../../model/attributes.js';
import { parseFlag, parseNumber, parseThemes } from '../../model/attributes.js';
import type { Network } from '../../model/network.js';
import { NetworkAssembler } from '../assemble.js';
import { DirectionTally } from '../direction.js';
import { isIsoDate } from '../iso-date.js';
import { KnetInputError, type WarningCollector } from '../problems.js';
import { edgeEnds, warn, warnUnknown } from '../wording.js';
import { SAFE_PREFIX } from './safe-names.js';

export interface GraphNode {
  key: string;
  attributes: Readonly<Record<string, unknown>>;
}

export interface GraphEdge {
  source: string;
  target: string;
  attributes: Readonly<Record<string, unknown>>;
  undirected: boolean;
}

export interface GraphInput {
  file: string;
  nodes: Iterable<GraphNode>;
  edges: Iterable<GraphEdge>;
  /** What the file declares for edges without their own direction (used when it has no edges). */
  declaredDirected: boolean;
  /** Ids named by edges removed before parsing (an end missing): organisations when the file declares no nodes. */
  idsOfSkippedEdges?: readonly string[];
  /** Expected edge count, to size the flow columns. */
  size?: number;
}

const NODE_FIELDS = new Set(['label', 'type', 'sector', 'region', 'pioneer', 'themes']);
const EDGE_FIELDS = new Set(['weight', 'type', 'date']);

export function networkFromGraph(input: GraphInput, forceDirected: boolean, warnings: WarningCollector): Network {
  const { file } = input;
  const assembler = new NetworkAssembler(input.size ?? 1024, warnings);
  assembler.setFlowOrigin({ file });
  let nodes = 0;
  for (const node of input.nodes) {
    nodes++;
    const fields = splitFields(node.attributes, NODE_FIELDS);
    const id = String(node.key);
    if (id.trim() === '') {
      warn(warnings, 'missing-id', { file });
      continue;
    }
    if (assembler.indexOf(id) >= 0) {
      warn(warnings, 'duplicate-organisation', { file, value: id });
      continue;
    }
    const organisation = assembler.addOrganisation({
      id,
      label: fields.label === undefined || fields.label === '' ? id : String(fields.label),
      type: text(fields.type),
      sector: text(fields.sector),
      region: text(fields.region),
      pioneer: flag(fields.pioneer, () => warn(warnings, 'bad-flag', { file, value: String(fields.pioneer) })),
      themes: Array.isArray(fields.themes) ? parseThemes(fields.themes.join(';')) : parseThemes(text(fields.themes)),
    });
    for (const [name, value] of fields.rest) assembler.setOrganisationAttribute(organisation, name, value);
  }
  const declared = assembler.organisationCount;
  const created = () => assembler.organisationCount - declared;
  // A file that declares no nodes is read like edges.csv alone: the ids its edges name are the organisations,
  // those of skipped edges too. Otherwise, as with a nodes file, only kept edges add (reported) organisations.
  const edgesOnly = nodes === 0;
  const direction = new DirectionTally('the file');
  for (const edge of input.edges) {
    const fields = splitFields(edge.attributes, EDGE_FIELDS);
    const sourceId = String(edge.source);
    const targetId = String(edge.target);
    const blankSource = sourceId.trim() === '';
    if (edgesOnly) {
      if (!blankSource) assembler.ensureOrganisation(sourceId);
      if (targetId.trim() !== '') assembler.ensureOrganisation(targetId);
    }
    if (blankSource || targetId.trim() === '') {
      warn(warnings, 'missing-id', { file, value: edgeEnds(sourceId, targetId) });
      continue;
    }
    const weight = edgeWeight(fields.weight);
    if (weight === undefined) {
      warn(warnings, 'bad-weight', { file, value: String(fields.weight) });
      continue;
    }
    let date = fields.date === undefined || fields.date === null ? undefined : String(fields.date).trim() || undefined;
    if (date !== undefined && !isIsoDate(date)) {
      warn(warnings, 'bad-date', { file, value: date });
      date = undefined;
    }
    const source = assembler.ensureOrganisation(sourceId);
    const target = assembler.ensureOrganisation(targetId);
    if (!edgesOnly && (source >= declared || target >= declared)) warnUnknown(warnings, created, file, { file, value: source >= declared ? sourceId : targetId });
    if (source === target) warn(warnings, 'self-loop', { file, value: assembler.idOf(source) });
    const flow = assembler.addFlow(source, target, weight, text(fields.type), date, 0);
    direction.see(edge.undirected ? 'undirected' : 'directed', flow, source === target, () => ({ file, value: `${sourceId} - ${targetId}` }));
    for (const [name, value] of fields.rest) assembler.setFlowAttribute(flow, name, value);
  }
  if (edgesOnly) for (const id of input.idsOfSkippedEdges ?? []) assembler.ensureOrganisation(id);
  if (assembler.organisationCount === 0) throw new KnetInputError('no-rows', { file }, 'this file holds no organisations (no nodes).');
  const options = direction.isDirection ? { ...direction.resolve(forceDirected, warnings), dropTypes: false } : { directed: forceDirected || input.declaredDirected };
  return assembler.finish(options);
}

interface SplitFields {
  [field: string]: unknown;
  rest: [string, AttributeValue][];
}

// Field names match whatever their case (GraphML keys from other tools say "Label"), the exact lowercase
// name first: a file with both `label` and `Label` keeps `Label` as an attribute.
function splitFields(attributes: Readonly<Record<string, unknown>>, known: ReadonlySet<string>): SplitFields {
  const fields: SplitFields = Object.create(null);
  fields.rest = [];
  const names = Object.keys(attributes).map((raw) => ({ raw, name: raw.startsWith(SAFE_PREFIX) ? raw.slice(SAFE_PREFIX.length) : raw }));
  const taken = new Set<string>();
  for (const { name } of names) if (known.has(name)) taken.add(name);
  for (const { raw, name } of names) {
    const value = attributes[raw];
    const lower = name.toLowerCase();
    const isField = known.has(name) || (known.has(lower) && !taken.has(lower) && !(lower in fields));
    if (isField && !(lower in fields)) {
      fields[lower] = value;
      continue;
    }
    const kept = attributeValue(value);
    if (kept !== undefined) fields.rest.push([name, kept]);
  }
  return fields;
}

/** Scalars are kept as they are; lists are joined with ';' and other structures kept as JSON text. */
function attributeValue(value: unknown): AttributeValue | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(String).join(';');
  return JSON.stringify(value);
}

function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value).trim();
}

function flag(value: unknown, onBad: () => void): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  const parsed = parseFlag(String(value));
  if (parsed === undefined) onBad();
  return parsed ?? false;
}

function edgeWeight(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return 1;
  const number = typeof value === 'number' ? value : parseNumber(String(value));
  return number !== undefined && Number.isFinite(number) && number > 0 ? number : undefined;
}
