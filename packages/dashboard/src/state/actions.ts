// Actions: the only code that writes the store. Loading (files, URLs, samples) and analysing go through the
// worker client; each action words its failures the way the knet CLI does, so a message reads the same in both.
import { formatWarning, type InputWarning } from '@knet/core';
import { AnalysisClient, AnalysisError, Superseded } from '../workers/analysis-client.js';
import type { NetworkSources, SourceFile } from '../workers/protocol.js';
import { Analysis } from './analysis.js';
import type { Filters } from './filters.js';
import type { LoadedSource, Store } from './store.js';
import type { ViewState } from './view-state.js';

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

  constructor(private readonly store: Store, private readonly client = new AnalysisClient()) {}

  /** Reads a network (files or fetched text) in the worker, then analyses it with the current view. */
  async load(sources: NetworkSources, source: LoadedSource): Promise<boolean> {
    const store = this.store;
    store.update({ status: { phase: 'loading', stage: 'reading the files', fraction: 0 }, error: null });
    try {
      const loaded = await this.client.load(sources, (stage, fraction) => this.progress('loading', stage, fraction));
      const { view } = store.get();
      // A link may name an organisation this network does not have: drop it rather than show nothing.
      const selected = view.selected !== null && loaded.network.indexOf(view.selected) >= 0 ? view.selected : null;
      store.update({
        network: loaded.network,
        warnings: loaded.warnings,
        source,
        analysis: null,
        hovered: null,
        brushed: null,
        view: { ...view, selected },
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
      const payload = await this.client.analyse(view.filters, view.horizon, (stage, fraction) => this.progress('analysing', stage, fraction));
      const current = this.store.get().network;
      if (current !== network) return;
      this.store.update({ analysis: new Analysis(network, payload), status: { phase: 'ready', stage: '', fraction: 1 } });
    } catch (error) {
      if (error instanceof Superseded) return;
      this.store.update({ status: { phase: 'error', stage: '', fraction: 0 }, error: cliError(error) });
    }
  }

  select(id: string | null): void {
    this.store.updateView({ selected: id });
  }

  hover(index: number | null): void {
    if (this.store.get().hovered !== index) this.store.update({ hovered: index });
  }

  brush(indices: readonly number[] | null): void {
    this.store.update({ brushed: indices && indices.length ? indices : null });
  }

  /** View changes that need no new analysis (colour, size, charts, table, view). */
  setView(patch: Partial<Omit<ViewState, 'filters' | 'horizon'>>): void {
    this.store.updateView(patch);
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
