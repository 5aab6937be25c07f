// The dashboard's one store: what is loaded, its analysis, the view (the part a link keeps) and passing
// interaction (hover, brushed organisations). Panels read it and subscribe; only actions write it. No DOM.
import type { InputWarning, Network } from '@knet/core';
import type { IntroductionsPayload, ParallelPayload, PioneerIntroductionsPayload, SilosPayload, TrendPayload, WhatIfPayload } from '../workers/protocol.js';
import type { Analysis } from './analysis.js';
import type { Highlight } from './highlight.js';
import { defaultView, type ViewState } from './view-state.js';

export type Phase = 'idle' | 'loading' | 'analysing' | 'ready' | 'error';

export interface Status {
  phase: Phase;
  /** What is being done, in words ("reading the files", "betweenness, closeness and reach"). */
  stage: string;
  /** 0..1 within the current phase. */
  fraction: number;
}

export interface LoadedSource {
  /** Shown in the header: "Northfold (sample)", "nodes.csv + edges.csv". */
  title: string;
  /** URLs the network came from, kept in a shared link (absent for files from this computer). */
  nodesUrl?: string;
  edgesUrl?: string;
  fileUrl?: string;
  sample?: string;
  directed?: boolean;
}

export interface AppState {
  status: Status;
  source: LoadedSource | null;
  network: Network | null;
  warnings: InputWarning[];
  /** The last error, worded as the CLI words it ("knet: edges.csv line 4: ..."). */
  error: string | null;
  analysis: Analysis | null;
  view: ViewState;
  /** Organisation under the pointer (index), or null. */
  hovered: number | null;
  /** Organisations picked by brushing the scatter chart (indices), or null. */
  brushed: readonly number[] | null;
  /** The silo matrix for the current analysis and grouping, or null while it is computed. */
  silos: SilosPayload | null;
  /** Flows picked in the silo matrix (one cell), shown on the map; null = none. */
  highlight: Highlight | null;
  /** The trend charts' figures for the current filters, horizon and step, or null until asked for. */
  trend: TrendPayload | null;
  /** Exports replace names with pseudonyms (except organisations with consent). */
  anonymise: boolean;
  /** Id of the first organisation of a tie being proposed, while the second is picked; null otherwise. */
  proposing: string | null;
  /** The proposed ties' what-if on the current analysis, or null while computed (or with none proposed). */
  whatIf: WhatIfPayload | null;
  /** Suggested introductions for the selected organisation, or null while computed. */
  introductions: IntroductionsPayload | null;
  /** Suggested introductions for every weakly connected pioneer: null until asked for. */
  pioneerIntroductions: PioneerIntroductionsPayload | null;
  /** The chosen theme's parallel pioneers, or null while computed (or with no theme chosen). */
  parallel: ParallelPayload | null;
  /** Organisations on the path between two theme groups shown on the map (in path order), or null. */
  pickedPath: readonly number[] | null;
}

export type Listener = (state: AppState, previous: AppState) => void;

/** What belongs to one network's analysis and exploration: empty at the start and again for each new network. */
export function freshExploration(): Pick<
  AppState,
  'analysis' | 'hovered' | 'brushed' | 'silos' | 'highlight' | 'trend' | 'proposing' | 'whatIf' | 'introductions' | 'pioneerIntroductions' | 'parallel' | 'pickedPath'
> {
  return {
    analysis: null,
    hovered: null,
    brushed: null,
    silos: null,
    highlight: null,
    trend: null,
    proposing: null,
    whatIf: null,
    introductions: null,
    pioneerIntroductions: null,
    parallel: null,
    pickedPath: null,
  };
}

export class Store {
  private state: AppState;
  private readonly listeners = new Set<Listener>();

  constructor(view: ViewState = defaultView()) {
    this.state = {
      status: { phase: 'idle', stage: '', fraction: 0 },
      source: null,
      network: null,
      warnings: [],
      error: null,
      view,
      anonymise: false,
      ...freshExploration(),
    };
  }

  get(): AppState {
    return this.state;
  }

  update(patch: Partial<AppState>): void {
    const previous = this.state;
    this.state = { ...previous, ...patch };
    for (const listener of [...this.listeners]) listener(this.state, previous);
  }

  updateView(patch: Partial<ViewState>): void {
    this.update({ view: { ...this.state.view, ...patch } });
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Index of the selected organisation in the loaded network, or -1. */
  selectedIndex(): number {
    const { network, view } = this.state;
    if (!network || view.selected === null) return -1;
    return network.indexOf(view.selected);
  }
}

/** Calls `render` when `pick(state)` changes (by identity), and once now. */
export function watch<T>(store: Store, pick: (state: AppState) => T, render: (value: T, state: AppState) => void): () => void {
  let last = pick(store.get());
  render(last, store.get());
  return store.subscribe((state) => {
    const next = pick(state);
    if (Object.is(next, last)) return;
    last = next;
    render(next, state);
  });
}
