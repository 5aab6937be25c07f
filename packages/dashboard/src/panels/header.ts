// The top bar: the network's name and headline figures, the map/table switch, and the entry points for
// opening your own data and sharing what you found.
import type { Actions } from '../state/actions.js';
import type { AppState, Store } from '../state/store.js';
import type { ViewName } from '../state/view-state.js';
import { el } from './dom.js';
import { countOf, formatDate, formatPercent } from './format.js';
import { inTaskOfItsOwn } from '../tasks.js';

export function headerBar(store: Store, actions: Actions, tools: HTMLElement[]): HTMLElement {
  const title = el('span', { className: 'network-title' });
  const facts = el('span', { className: 'facts' });
  const switchButton = (view: ViewName, label: string) => {
    const button = el('button', { type: 'button', 'data-view': view, 'aria-pressed': 'false' }, label);
    button.addEventListener('click', () => actions.setView({ view }));
    return button;
  };
  const mapButton = switchButton('map', 'Map');
  const tableButton = switchButton('table', 'Table');
  const header = el(
    'header',
    { className: 'topbar' },
    el('h1', {}, el('span', { className: 'brand' }, 'knet'), title),
    facts,
    el('div', { className: 'view-switch', role: 'group', 'aria-label': 'View' }, mapButton, tableButton),
    el('div', { className: 'tools' }, ...tools),
  );
  const render = (state: AppState) => {
    title.textContent = state.source ? state.source.title : '';
    mapButton.setAttribute('aria-pressed', String(state.view.view === 'map'));
    tableButton.setAttribute('aria-pressed', String(state.view.view === 'table'));
    const analysis = state.analysis;
    if (!analysis) {
      facts.textContent = state.network ? countOf(state.network.order, 'organisation') : '';
      return;
    }
    const f = analysis.payload.facts;
    const parts = [
      countOf(f.organisations, 'organisation'),
      countOf(f.ties, 'tie'),
      countOf(f.pioneers, 'pioneer'),
      f.components > 1 ? `${formatPercent(f.largestShare)} in the main network` : 'one connected network',
    ];
    if (analysis.payload.asOf) parts.push(`as of ${formatDate(analysis.payload.asOf)}`);
    if (analysis.payload.filtered) parts.push('filtered');
    facts.textContent = parts.join(' · ');
  };
  // Not in the task that brought a big network (see tasks.ts).
  store.subscribe(inTaskOfItsOwn(render));
  render(store.get());
  return header;
}
