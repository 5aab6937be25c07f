// Actions: the only code that writes the store. Loading (files, URLs, samples) and analysing go through the
// worker client; each action words its failures the way the knet CLI does, so a message reads the same in both.
import { formatWarning, type InputWarning, type Network, type PseudonymEntry } from '@knet/core';
import { nextTask } from '../tasks.js';
import { AnalysisClient, AnalysisError, Superseded } from '../workers/analysis-client.js';
import type { NetworkSources, SourceFile } from '../workers/protocol.js';
import { Analysis } from './analysis.js';
import type { Filters } from './filters.js';
import { cellHighlight } from './highlight.js';
import { freshExploration, type LoadedSource, type Store } from './store.js';
import type { SiloGrouping, TimeStep, ViewState } from './view-state.js';
import { WeavingActions } from './weaving-actions.js';

/** The network as exports write it when "Anonymise exports" is on. */
export interface AnonymisedExport {
  network: Network;
  mapping: PseudonymEntry[];
  consentColumn: string | null;
  consented: number;
}

export const ACTION_DEFAULTS = {
  /** Filter edits within this many milliseconds are analysed once (typing a weight, ticking boxes). */
  analyseDelay: 250,
};

/** A warning as the CLI prints it on stderr. */
export function cliWarning(warning: InputWarning): string {
  return `knet: warning: ${formatWarning(warning)}`;
}

/** An error as the CLI prints it: input errors already name the file and line. */
export function cliError(error: unknown): string {
  if (error instanceof AnalysisError && error.isInputError) return `knet: ${error.message}`;
  const message = error instanceof Error ? error.message : String(error);
  return `knet: ${message.replace(/^knet( dashboard)?: /, '')}`;
}

export class Actions {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Pseudonyms for the loaded network, computed once when an export first needs them. */
  private pseudonyms: { network: Network; result: Promise<AnonymisedExport> } | null = null;
  /** What the trend in the store was computed for. */
  private trendKey = '';
  private trendNetwork: Network | null = null;

  /** Proposed ties, introductions and parallel pioneers (state/weaving-actions.ts). */
  readonly weaving: WeavingActions;

  constructor(private readonly store: Store, private readonly client = new AnalysisClient()) {
    this.weaving = new WeavingActions(store, client, (error) => this.store.update({ error: cliError(error) }));
  }

  /** Reads a network (files or fetched text) in the worker, then analyses it with the current view. */
  async load(sources: NetworkSources, source: LoadedSource): Promise<boolean> {
    const store = this.store;
    store.update({ status: { phase: 'loading', stage: 'reading the files', fraction: 0 }, error: null });
    try {
      const loaded = await this.client.load(sources, (stage, fraction) => this.progress('loading', stage, fraction));
      // Building the network and showing it: a task each (see tasks.ts).
      await nextTask();
      const { view } = store.get();
      // A link may name an organisation this network does not have: drop it rather than show nothing.
      const selected = view.selected !== null && loaded.network.indexOf(view.selected) >= 0 ? view.selected : null;
      // Likewise proposed ties and a theme from another network.
      const proposals = view.proposals.filter((tie) => tie.every((id) => loaded.network.indexOf(id) >= 0));
      const theme = loaded.network.organisations.some((o) => o.themes.includes(view.theme)) ? view.theme : '';
      store.update({
        network: loaded.network,
        warnings: loaded.warnings,
        source,
        ...freshExploration(),
        view: { ...view, selected, proposals, theme },
      });
    } catch (error) {
      store.update({ status: { phase: 'error', stage: '', fraction: 0 }, error: cliError(error) });
      return false;
    }
    await this.analyse();
    return true;
  }

  /** Fetches files by URL (a shared link's ?nodes=...&edges=..., or a bundled sample) and loads them. */
  async loadUrls(urls: { nodes?: string; edges?: string; file?: string; directed?: boolean }, source: LoadedSource): Promise<boolean> {
    this.store.update({ status: { phase: 'loading', stage: 'downloading', fraction: 0 }, error: null });
    try {
      const fetchOne = async (url: string | undefined): Promise<SourceFile | undefined> => {
        if (!url) return undefined;
        let response: Response;
        try {
          response = await fetch(url);
        } catch {
          throw new Error(`could not download ${url} (the address is unreachable, or the server does not allow it to be read from this page)`);
        }
        if (!response.ok) throw new Error(`could not download ${url}: ${response.status} ${response.statusText}`.trim());
        return { name: fileName(url), content: await response.blob() };
      };
      const [nodes, edges, file] = await Promise.all([fetchOne(urls.nodes), fetchOne(urls.edges), fetchOne(urls.file)]);
      return await this.load({ nodes, edges, file, directed: urls.directed }, source);
    } catch (error) {
      this.store.update({ status: { phase: 'error', stage: '', fraction: 0 }, error: cliError(error) });
      return false;
    }
  }

  /** Recomputes every metric for the filtered network and the horizon in the view. */
  async analyse(): Promise<void> {
    const { network, view } = this.store.get();
    if (!network) return;
    this.progress('analysing', 'starting', 0);
    try {
      const payload = await this.client.analyse(view.filters, view.horizon, view.asOf, (stage, fraction) => this.progress('analysing', stage, fraction));
      const current = this.store.get().network;
      if (current !== network) return;
      this.store.update({ analysis: new Analysis(network, payload), silos: null, highlight: null, status: { phase: 'ready', stage: '', fraction: 1 } });
      void this.loadSilos();
      void this.loadTrend();
      this.weaving.refresh();
    } catch (error) {
      if (error instanceof Superseded) return;
      this.store.update({ status: { phase: 'error', stage: '', fraction: 0 }, error: cliError(error) });
    }
  }

  select(id: string | null): void {
    const changed = id !== this.store.get().view.selected;
    this.store.updateView({ selected: id });
    if (changed) void this.weaving.loadIntroductions();
  }

  /** An organisation chosen on the map or in the search: the other end of a tie being proposed (true), else the selection. */
  choose(id: string): boolean {
    if (this.weaving.choose(id)) return true;
    this.select(id);
    return false;
  }

  hover(index: number | null): void {
    if (this.store.get().hovered !== index) this.store.update({ hovered: index });
  }

  brush(indices: readonly number[] | null): void {
    this.store.update({ brushed: indices && indices.length ? indices : null });
  }

  /** View changes that need no new analysis (colour, size, charts, table, view). */
  setView(patch: Partial<Omit<ViewState, 'filters' | 'horizon' | 'asOf' | 'siloGroup' | 'timeStep'>>): void {
    this.store.updateView(patch);
    if (patch.lower === 'trends') void this.loadTrend();
  }

  setTimeStep(timeStep: TimeStep): void {
    this.store.updateView({ timeStep });
    void this.loadTrend();
  }

  /**
   * The trend charts' figures, computed only while the "Over time" tab shows (a trend is one analysis per
   * period) and again only when the filters, horizon or step change.
   */
  async loadTrend(): Promise<void> {
    const { network, view, trend } = this.store.get();
    if (!network || view.lower !== 'trends') return;
    const key = JSON.stringify([view.filters, view.horizon, view.timeStep]);
    if (trend && this.trendKey === key && this.trendNetwork === network) return;
    this.trendKey = key;
    this.trendNetwork = network;
    this.store.update({ trend: null });
    try {
      const result = await this.client.trend(view.filters, view.horizon, view.timeStep);
      if (this.trendKey === key && this.store.get().network === network) this.store.update({ trend: result });
    } catch (error) {
      this.store.update({ error: cliError(error) });
    }
  }

  /** The silo matrix for the current analysis and grouping (from the worker; a stale answer is dropped). */
  async loadSilos(): Promise<void> {
    const { analysis, view } = this.store.get();
    if (!analysis) return;
    try {
      const silos = await this.client.silos(view.siloGroup);
      const now = this.store.get();
      if (now.analysis !== analysis || now.view.siloGroup !== view.siloGroup) return;
      this.store.update({ silos, highlight: null });
    } catch (error) {
      this.store.update({ error: cliError(error) });
    }
  }

  setSiloGroup(siloGroup: SiloGrouping): void {
    this.store.update({ view: { ...this.store.get().view, siloGroup }, silos: null, highlight: null });
    void this.loadSilos();
  }

  /** Shows one silo-matrix cell's flows on the map (the same cell again, or null, clears it). */
  highlightCell(cell: { row: number; column: number } | null, name: (group: string) => string = (group) => group): void {
    const { network, silos, highlight } = this.store.get();
    if (!cell || !network || !silos || (highlight && highlight.row === cell.row && highlight.column === cell.column)) {
      this.store.update({ highlight: null });
      return;
    }
    this.store.update({ highlight: cellHighlight(network, silos, cell.row, cell.column, name) });
  }

  /** The network as of a date ('' = every flow): recomputed now, or after a short pause while dragging. */
  setAsOf(asOf: string, options: { now?: boolean } = {}): Promise<void> {
    this.store.updateView({ asOf });
    if (options.now) {
      clearTimeout(this.timer);
      return this.analyse();
    }
    this.scheduleAnalysis();
    return Promise.resolve();
  }

  setAnonymise(anonymise: boolean): void {
    this.store.update({ anonymise });
  }

  /** Pseudonyms for the loaded network (computed in the worker, once per network). */
  /** The report file (knet report's) of the whole network, with pseudonyms when "Anonymise exports" is on. */
  report(): Promise<string> {
    const { network, view, anonymise, source } = this.store.get();
    if (!network) return Promise.reject(new Error('nothing to export yet: no network is loaded'));
    return this.client.report(view.horizon, anonymise, source?.title ?? 'the network');
  }

  anonymised(): Promise<AnonymisedExport> {
    const network = this.store.get().network;
    if (!network) return Promise.reject(new Error('nothing to export yet: no network is loaded'));
    if (this.pseudonyms?.network !== network) this.pseudonyms = { network, result: this.client.anonymise() };
    return this.pseudonyms.result;
  }

  setFilters(patch: Partial<Filters>): void {
    const { view } = this.store.get();
    this.store.updateView({ filters: { ...view.filters, ...patch } });
    this.scheduleAnalysis();
  }

  setHorizon(horizon: number): void {
    this.store.updateView({ horizon });
    this.scheduleAnalysis();
  }

  dispose(): void {
    this.client.terminate();
  }

  private scheduleAnalysis(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.analyse(), ACTION_DEFAULTS.analyseDelay);
  }

  private progress(phase: 'loading' | 'analysing', stage: string, fraction: number): void {
    this.store.update({ status: { phase, stage, fraction } });
  }
}

function fileName(url: string): string {
  try {
    const path = new URL(url, globalThis.location?.href ?? 'http://localhost/').pathname;
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || url;
  } catch {
    return url;
  }
}
