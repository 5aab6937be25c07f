// The view a link reopens: selected organisation, colour, size, filters, horizon, charts, table sort, the
// silo matrix's grouping, the date the network is shown as of, the proposed ties and the theme looked at.
// Encoded into the query string (only what differs from the defaults) and decoded defensively: a bad value
// in a shared link falls back to the default instead of breaking the page.
import { type MetricColumnId, METRIC_COLUMNS, parseFlowDate } from '@knet/core';
import { emptyFilters, type Filters } from './filters.js';
import { decodeProposal, encodeProposal, type Proposal, withProposal } from './proposals.js';

export const COLOUR_CHOICES = ['type', 'sector', 'region', 'community', 'component'] as const;
export type ColourBy = (typeof COLOUR_CHOICES)[number];
export type SizeBy = MetricColumnId | 'none';
export type ViewName = 'map' | 'table';
/** Groupings the silo matrix can compare. */
export const SILO_CHOICES = ['type', 'sector', 'region', 'community'] as const;
export type SiloGrouping = (typeof SILO_CHOICES)[number];
export const TIME_STEPS = ['year', 'quarter'] as const;
export type TimeStep = (typeof TIME_STEPS)[number];
/** What the strip under the map shows. */
export const LOWER_CHOICES = ['charts', 'silos', 'trends', 'parallel'] as const;
export type LowerPanel = (typeof LOWER_CHOICES)[number];

export interface ViewState {
  /** Id of the selected organisation, or null. */
  selected: string | null;
  colourBy: ColourBy;
  sizeBy: SizeBy;
  /** Steps counted by reach and isolation. */
  horizon: number;
  /** Every weakly connected organisation, not only pioneers. */
  allWeak: boolean;
  filters: Filters;
  view: ViewName;
  /** The metric drawn in the distribution chart. */
  chartMetric: MetricColumnId;
  scatterX: MetricColumnId;
  scatterY: MetricColumnId;
  /** Table sort: a column id ('label', a field or a metric) and direction. */
  sortBy: string;
  sortDescending: boolean;
  /** The silo matrix compares groups of this kind. */
  siloGroup: SiloGrouping;
  /** The network as it stood on this day (ISO; only flows observed by then), '' = every flow. */
  asOf: string;
  /** Steps of the time slider and the trend charts. */
  timeStep: TimeStep;
  lower: LowerPanel;
  /** Ties proposed for the what-if (pairs of ids), in the order they were proposed. */
  proposals: readonly Proposal[];
  /** The theme whose parallel pioneers are shown ('' = none). */
  theme: string;
}

export const VIEW_DEFAULTS: Readonly<ViewState> = Object.freeze({
  selected: null,
  colourBy: 'type',
  sizeBy: 'betweenness',
  horizon: 2,
  allWeak: false,
  filters: emptyFilters(),
  view: 'map',
  chartMetric: 'reach',
  scatterX: 'degree',
  scatterY: 'reach',
  sortBy: 'isolation',
  sortDescending: true,
  siloGroup: 'type',
  asOf: '',
  timeStep: 'year',
  lower: 'charts',
  proposals: [],
  theme: '',
} satisfies ViewState);

export function defaultView(): ViewState {
  return { ...VIEW_DEFAULTS, filters: emptyFilters() };
}

const METRIC_IDS = new Set<string>(METRIC_COLUMNS.map((column) => column.id));
const HORIZON_MAX = 10;

/** Query-string keys; the data source keys (nodes, edges, sample) belong to the loader. */
const KEYS = {
  selected: 'org',
  colourBy: 'colour',
  sizeBy: 'size',
  horizon: 'horizon',
  allWeak: 'all',
  view: 'view',
  chartMetric: 'chart',
  scatterX: 'x',
  scatterY: 'y',
  sortBy: 'sort',
  sortDescending: 'desc',
  types: 'type',
  sectors: 'sector',
  regions: 'region',
  flowTypes: 'flow',
  from: 'from',
  to: 'to',
  minWeight: 'minweight',
  siloGroup: 'silo',
  asOf: 'asof',
  timeStep: 'by',
  lower: 'panel',
  proposals: 'tie',
  theme: 'theme',
} as const;

export const VIEW_KEYS: readonly string[] = Object.values(KEYS);

/** Writes the view into `params` (keys it owns are replaced; other keys, e.g. nodes and edges, are kept). */
export function encodeView(view: ViewState, params = new URLSearchParams()): URLSearchParams {
  for (const key of VIEW_KEYS) params.delete(key);
  const d = VIEW_DEFAULTS;
  if (view.selected !== null) params.set(KEYS.selected, view.selected);
  if (view.colourBy !== d.colourBy) params.set(KEYS.colourBy, view.colourBy);
  if (view.sizeBy !== d.sizeBy) params.set(KEYS.sizeBy, view.sizeBy);
  if (view.horizon !== d.horizon) params.set(KEYS.horizon, String(view.horizon));
  if (view.allWeak !== d.allWeak) params.set(KEYS.allWeak, '1');
  if (view.view !== d.view) params.set(KEYS.view, view.view);
  if (view.chartMetric !== d.chartMetric) params.set(KEYS.chartMetric, view.chartMetric);
  if (view.scatterX !== d.scatterX) params.set(KEYS.scatterX, view.scatterX);
  if (view.scatterY !== d.scatterY) params.set(KEYS.scatterY, view.scatterY);
  if (view.sortBy !== d.sortBy) params.set(KEYS.sortBy, view.sortBy);
  if (view.sortDescending !== d.sortDescending) params.set(KEYS.sortDescending, view.sortDescending ? '1' : '0');
  if (view.siloGroup !== d.siloGroup) params.set(KEYS.siloGroup, view.siloGroup);
  if (view.asOf !== d.asOf) params.set(KEYS.asOf, view.asOf);
  if (view.timeStep !== d.timeStep) params.set(KEYS.timeStep, view.timeStep);
  if (view.lower !== d.lower) params.set(KEYS.lower, view.lower);
  for (const tie of view.proposals) params.append(KEYS.proposals, encodeProposal(tie));
  if (view.theme !== d.theme) params.set(KEYS.theme, view.theme);
  const f = view.filters;
  // Repeated keys, not a joined list: values may contain commas.
  for (const value of f.types) params.append(KEYS.types, value);
  for (const value of f.sectors) params.append(KEYS.sectors, value);
  for (const value of f.regions) params.append(KEYS.regions, value);
  for (const value of f.flowTypes) params.append(KEYS.flowTypes, value);
  if (f.from) params.set(KEYS.from, f.from);
  if (f.to) params.set(KEYS.to, f.to);
  if (f.minWeight > 0) params.set(KEYS.minWeight, String(f.minWeight));
  return params;
}

/** Reads a view from a query string; anything missing or invalid takes its default. */
export function decodeView(params: URLSearchParams): ViewState {
  const view = defaultView();
  const get = (key: string) => params.get(key);
  const selected = get(KEYS.selected);
  if (selected !== null && selected !== '') view.selected = selected;
  const colour = get(KEYS.colourBy);
  if (colour && (COLOUR_CHOICES as readonly string[]).includes(colour)) view.colourBy = colour as ColourBy;
  const size = get(KEYS.sizeBy);
  if (size && (size === 'none' || METRIC_IDS.has(size))) view.sizeBy = size as SizeBy;
  const horizon = Number(get(KEYS.horizon));
  if (Number.isInteger(horizon) && horizon >= 1 && horizon <= HORIZON_MAX) view.horizon = horizon;
  if (get(KEYS.allWeak) === '1') view.allWeak = true;
  if (get(KEYS.view) === 'table') view.view = 'table';
  view.chartMetric = metricOr(get(KEYS.chartMetric), view.chartMetric);
  view.scatterX = metricOr(get(KEYS.scatterX), view.scatterX);
  view.scatterY = metricOr(get(KEYS.scatterY), view.scatterY);
  const sort = get(KEYS.sortBy);
  if (sort) view.sortBy = sort;
  const descending = get(KEYS.sortDescending);
  if (descending === '0' || descending === '1') view.sortDescending = descending === '1';
  view.siloGroup = choiceOr(SILO_CHOICES, get(KEYS.siloGroup), view.siloGroup);
  const asOf = get(KEYS.asOf);
  if (asOf && parseFlowDate(asOf)) view.asOf = asOf;
  view.timeStep = choiceOr(TIME_STEPS, get(KEYS.timeStep), view.timeStep);
  view.lower = choiceOr(LOWER_CHOICES, get(KEYS.lower), view.lower);
  for (const value of params.getAll(KEYS.proposals)) {
    const tie = decodeProposal(value);
    if (tie) view.proposals = withProposal(view.proposals, tie);
  }
  view.theme = get(KEYS.theme) ?? '';
  const f = view.filters;
  f.types = params.getAll(KEYS.types);
  f.sectors = params.getAll(KEYS.sectors);
  f.regions = params.getAll(KEYS.regions);
  f.flowTypes = params.getAll(KEYS.flowTypes);
  f.from = get(KEYS.from) ?? '';
  f.to = get(KEYS.to) ?? '';
  const minWeight = Number(get(KEYS.minWeight));
  if (Number.isFinite(minWeight) && minWeight > 0) f.minWeight = minWeight;
  return view;
}

export { HORIZON_MAX };

function choiceOr<T extends string>(choices: readonly T[], value: string | null, fallback: T): T {
  return value !== null && (choices as readonly string[]).includes(value) ? (value as T) : fallback;
}

function metricOr(value: string | null, fallback: MetricColumnId): MetricColumnId {
  return value !== null && METRIC_IDS.has(value) ? (value as MetricColumnId) : fallback;
}
