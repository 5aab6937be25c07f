// Keeps the address bar in step with the view, so a copied link reopens the same view: the data source
// (sample or ?nodes=URL&edges=URL) plus selection, colour, size, filters, horizon, charts and table sort.
import type { Store } from './state/store.js';
import { decodeView, encodeView, type ViewState } from './state/view-state.js';

export interface UrlSource {
  nodes?: string;
  edges?: string;
  file?: string;
  directed: boolean;
  sample: string;
}

export const URL_DEFAULTS = { sample: 'northfold' };

/** What the page was opened with: its data source and its view. */
export function readLocation(search = location.search): { source: UrlSource; view: ViewState } {
  const params = new URLSearchParams(search);
  const sample = params.get('sample');
  return {
    source: {
      nodes: params.get('nodes') || undefined,
      edges: params.get('edges') || undefined,
      file: params.get('file') || undefined,
      directed: params.get('directed') === '1',
      sample: sample && /^[a-z0-9-]+$/.test(sample) ? sample : URL_DEFAULTS.sample,
    },
    view: decodeView(params),
  };
}

/** The query string for a source and a view (files from this computer cannot be linked, so only the view is kept). */
export function linkQuery(source: { nodesUrl?: string; edgesUrl?: string; fileUrl?: string; sample?: string; directed?: boolean } | null, view: ViewState): string {
  const params = new URLSearchParams();
  if (source?.nodesUrl) params.set('nodes', source.nodesUrl);
  if (source?.edgesUrl) params.set('edges', source.edgesUrl);
  if (source?.fileUrl) params.set('file', source.fileUrl);
  if (source?.sample && source.sample !== URL_DEFAULTS.sample) params.set('sample', source.sample);
  if (source?.directed) params.set('directed', '1');
  encodeView(view, params);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Rewrites the address (replaceState: no history entry per click) whenever the view or source changes. */
export function syncUrl(store: Store): void {
  store.subscribe((state, previous) => {
    if (state.view === previous.view && state.source === previous.source) return;
    const query = linkQuery(state.source, state.view);
    if (query !== location.search) history.replaceState(null, '', `${location.pathname}${query}${location.hash}`);
  });
}
