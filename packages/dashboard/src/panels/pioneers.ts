// The pioneers panel: weakly connected pioneers, most isolated first, each with its isolation and first
// reason. An accessible list (name "Weakly connected pioneers") that works by keyboard without the map.
import type { Actions } from '../state/actions.js';
import type { AppState, Store } from '../state/store.js';
import { el, replace } from './dom.js';
import { formatPercent } from './format.js';
import { pioneerIntroductionsBlock } from './introductions.js';
import { rovingFocus, setTabStop } from './roving.js';
import { inTaskOfItsOwn } from '../tasks.js';

export function pioneersPanel(store: Store, actions: Actions): HTMLElement {
  const heading = el('h2', { id: 'pioneers-heading' }, 'Weakly connected pioneers');
  const intro = el('p', { className: 'hint' });
  const toggle = el('input', { type: 'checkbox', id: 'all-weak' });
  toggle.addEventListener('change', () => actions.setView({ allWeak: toggle.checked }));
  const list = el('ul', { className: 'pioneer-list', 'aria-label': 'Weakly connected pioneers' });
  rovingFocus(list);
  const panel = el(
    'section',
    { className: 'panel', 'aria-labelledby': 'pioneers-heading' },
    heading,
    intro,
    el('label', { className: 'check' }, toggle, ' Every weakly connected organisation, not only pioneers'),
    list,
    pioneerIntroductionsBlock(store, actions),
  );

  let last: { analysis: unknown; allWeak: boolean; selected: string | null } | null = null;
  /** The entries' buttons as last built, by organisation index. */
  let built = new Map<number, HTMLElement>();
  const render = (state: AppState) => {
    const { analysis, network, view } = state;
    if (last && last.analysis === analysis && last.allWeak === view.allWeak && last.selected === view.selected) return;
    const onlySelection = last !== null && last.analysis === analysis && last.allWeak === view.allWeak && analysis !== null && network !== null;
    last = { analysis, allWeak: view.allWeak, selected: view.selected };
    if (onlySelection) return markSelected(store.selectedIndex());
    toggle.checked = view.allWeak;
    const name = view.allWeak ? 'Weakly connected organisations' : 'Weakly connected pioneers';
    heading.textContent = name;
    list.setAttribute('aria-label', name);
    if (!analysis || !network) {
      intro.textContent = state.status.phase === 'error' ? '' : 'Computing…';
      list.replaceChildren();
      return;
    }
    const entries = analysis.weak(view.allWeak);
    const median = analysis.payload.facts.medianReach;
    intro.textContent = entries.length
      ? `${entries.length} ${view.allWeak ? plural(entries.length, 'organisation') : plural(entries.length, 'pioneer')} outside the main network or reaching at most half as many organisations as the typical one (median reach ${formatPercent(median)} within ${analysis.horizon} steps). Most isolated first.`
      : `No ${view.allWeak ? 'organisation' : 'pioneer'} is weakly connected in this network${analysis.payload.filtered ? ' (with these filters)' : ''}.`;
    const selected = store.selectedIndex();
    const items = entries.map((entry) => {
      const organisation = network.organisations[entry.index];
      const reason = entry.reasons[0]?.text ?? '';
      const button = el(
        'button',
        {
          type: 'button',
          className: 'pioneer-entry',
          'aria-current': entry.index === selected ? 'true' : undefined,
          'data-id': organisation.id,
        },
        el('span', { className: 'entry-name' }, organisation.label),
        el('span', { className: 'entry-figure' }, `${formatPercent(entry.isolation)} out of reach`),
        reason ? el('span', { className: 'entry-reason' }, reason) : null,
      );
      button.addEventListener('click', () => actions.select(organisation.id));
      return el('li', {}, button);
    });
    replace(list, ...items);
    const buttons = items.map((item) => item.firstElementChild as HTMLElement);
    built = new Map(entries.map((entry, k) => [entry.index, buttons[k]]));
    const current = entries.findIndex((entry) => entry.index === selected);
    if (buttons.length) setTabStop(buttons, Math.max(0, current));
  };
  // A new selection marks one entry instead of rebuilding thousands (a big network's list).
  const markSelected = (selected: number) => {
    for (const button of list.querySelectorAll('[aria-current="true"]')) button.removeAttribute('aria-current');
    built.get(selected)?.setAttribute('aria-current', 'true');
    if (built.size) setTabStop([...built.values()], Math.max(0, [...built.keys()].indexOf(selected)));
  };
  // Thousands of entries on a big network: not in the task that brought the analysis (see tasks.ts).
  store.subscribe(inTaskOfItsOwn((state) => render(state)));
  render(store.get());
  return panel;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
