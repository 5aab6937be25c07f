// The status line: progress while reading and computing (a real <progress> for screen readers), the error
// that stopped a load, and the input warnings, each line worded exactly as the knet CLI prints it.
import { cliWarning } from '../state/actions.js';
import type { AppState, Store } from '../state/store.js';
import { el, replace } from './dom.js';

export function statusPanel(store: Store): HTMLElement {
  const stage = el('span', { className: 'stage' });
  const bar = el('progress', { max: '1', value: '0', 'aria-label': 'Progress' });
  const busy = el('div', { className: 'busy', hidden: true }, stage, bar);
  const error = el('div', { className: 'error', role: 'alert', hidden: true });
  const warnings = el('details', { className: 'warnings', hidden: true });
  // Big networks get estimated path metrics (see WORKER_DEFAULTS.exactUpTo): the figures say so.
  const estimate = el('p', { className: 'hint estimate', hidden: true });
  const region = el('div', { className: 'status', role: 'status', 'aria-live': 'polite' }, busy, error, estimate, warnings);

  let lastWarnings: unknown = null;
  const render = (state: AppState) => {
    const { status } = state;
    const working = status.phase === 'loading' || status.phase === 'analysing';
    busy.hidden = !working;
    if (working) {
      stage.textContent = `${status.phase === 'loading' ? 'Reading' : 'Computing'}: ${status.stage}…`;
      bar.value = Math.max(0, Math.min(1, status.fraction));
    }
    const paths = state.analysis?.payload.paths;
    estimate.hidden = !paths || paths.exact;
    if (paths && !paths.exact) {
      estimate.textContent = `Betweenness, closeness and harmonic centrality estimated from ${paths.sources.toLocaleString('en-GB')} sampled organisations (a network this big would take too long to search from every one); reach and isolation are exact.`;
    }
    error.hidden = state.error === null;
    if (state.error !== null) replace(error, el('strong', {}, 'Could not open this network. '), el('code', {}, state.error));
    if (state.warnings !== lastWarnings) {
      lastWarnings = state.warnings;
      warnings.hidden = state.warnings.length === 0;
      const total = state.warnings.reduce((sum, warning) => sum + warning.count, 0);
      replace(
        warnings,
        el('summary', {}, `${total} input ${total === 1 ? 'warning' : 'warnings'}: the valid rows were kept`),
        el('ul', { className: 'warning-list', 'aria-label': 'Input warnings' }, ...state.warnings.map((warning) => el('li', {}, el('code', {}, cliWarning(warning))))),
      );
      warnings.open = state.warnings.length > 0;
    }
  };
  store.subscribe(render);
  render(store.get());
  return region;
}
