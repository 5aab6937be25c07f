// The strip under the map: tabs for the charts, the silo matrix, the trends over time and parallel work on
// a theme (the WAI-ARIA tabs pattern: arrow keys move between tabs, the chosen one is kept in the link).
import type { Actions } from '../state/actions.js';
import type { Store } from '../state/store.js';
import { type LowerPanel, LOWER_CHOICES } from '../state/view-state.js';
import { el } from './dom.js';

const TAB_WORDS: Record<LowerPanel, string> = { charts: 'Distributions', silos: 'Silos', trends: 'Over time', parallel: 'Parallel work' };

export function lowerStrip(store: Store, actions: Actions, panels: Record<LowerPanel, HTMLElement>): HTMLElement {
  const tabs = LOWER_CHOICES.map((choice) => {
    const tab = el('button', { type: 'button', role: 'tab', id: `tab-${choice}`, 'aria-controls': `tabpanel-${choice}` }, TAB_WORDS[choice]);
    tab.addEventListener('click', () => actions.setView({ lower: choice }));
    return tab;
  });
  const list = el('div', { className: 'tabs', role: 'tablist', 'aria-label': 'Under the map' }, ...tabs);
  list.addEventListener('keydown', (event) => {
    const at = tabs.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = (at + step + tabs.length) % tabs.length;
    actions.setView({ lower: LOWER_CHOICES[next] });
    tabs[next].focus();
  });
  const holders = LOWER_CHOICES.map((choice) =>
    el('div', { role: 'tabpanel', id: `tabpanel-${choice}`, 'aria-labelledby': `tab-${choice}`, className: 'tabpanel' }, panels[choice]),
  );
  let last: LowerPanel | null = null;
  const render = () => {
    const lower = store.get().view.lower;
    if (lower === last) return;
    last = lower;
    LOWER_CHOICES.forEach((choice, k) => {
      const on = choice === lower;
      tabs[k].setAttribute('aria-selected', String(on));
      tabs[k].tabIndex = on ? 0 : -1;
      holders[k].hidden = !on;
    });
  };
  store.subscribe(render);
  render();
  return el('div', { className: 'lower' }, list, ...holders);
}
