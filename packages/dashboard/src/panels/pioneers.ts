// The pioneers panel: weakly connected pioneers, most isolated first, each with its isolation and first
// reason. An accessible list (name "Weakly connected pioneers") that works by keyboard without the map.
// A big network has thousands: the list shows the most isolated first, a page at a time, because laying
// out 7,000 elements at once blocks the page for a fifth of a second.
import type { Actions } from '../state/actions.js';
import type { AppState, Store } from '../state/store.js';
import type { Network } from '@knet/core';
import type { WeakPayload } from '../workers/protocol.js';
import { append, el } from './dom.js';
import { formatPercent } from './format.js';
import { pioneerIntroductionsBlock } from './introductions.js';
import { rovingFocus, setTabStop } from './roving.js';
import { inTaskOfItsOwn } from '../tasks.js';

export const PIONEERS_DEFAULTS = {
  /** Entries shown at first, and added by each press of "Show more". */
  pageSize: 100,
};

export function pioneersPanel(store: Store, actions: Actions, settings = PIONEERS_DEFAULTS): HTMLElement {
  const heading = el('h2', { id: 'pioneers-heading' }, 'Weakly connected pioneers');
  const intro = el('p', { className: 'hint' });
  const toggle = el('input', { type: 'checkbox', id: 'all-weak' });
  toggle.addEventListener('change', () => actions.setView({ allWeak: toggle.checked }));
  const list = el('ul', { className: 'pioneer-list', 'aria-label': 'Weakly connected pioneers' });
  rovingFocus(list);
  const more = el('button', { type: 'button', className: 'action small show-more', hidden: true });
  const panel = el(
    'section',
    { className: 'panel', 'aria-labelledby': 'pioneers-heading' },
    heading,
    intro,
    el('label', { className: 'check' }, toggle, ' Every weakly connected organisation, not only pioneers'),
    list,
    more,
    pioneerIntroductionsBlock(store, actions),
  );

  let last: { analysis: unknown; allWeak: boolean; selected: string | null } | null = null;
  /** The list's entries, most isolated first (the first pages of them are built). */
  let entries: WeakPayload[] = [];
  /** The entries' buttons built so far, by organisation index. */
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
    entries = analysis && network ? analysis.weak(view.allWeak) : [];
    list.replaceChildren();
    built = new Map();
    if (!analysis || !network) {
      intro.textContent = state.status.phase === 'error' ? '' : 'Computing…';
      more.hidden = true;
      return;
    }
    const median = analysis.payload.facts.medianReach;
    intro.textContent = entries.length
      ? `${entries.length} ${view.allWeak ? plural(entries.length, 'organisation') : plural(entries.length, 'pioneer')} outside the main network or reaching at most half as many organisations as the typical one (median reach ${formatPercent(median)} within ${analysis.horizon} steps). Most isolated first.`
      : `No ${view.allWeak ? 'organisation' : 'pioneer'} is weakly connected in this network${analysis.payload.filtered ? ' (with these filters)' : ''}.`;
    showMore(false);
  };
  const entryButton = (entry: WeakPayload, network: Network, selected: number) => {
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
    return button;
  };
  /** Appends the next page of entries; `focusFirst` moves the focus to the first new one (after "Show more"). */
  const showMore = (focusFirst: boolean) => {
    const network = store.get().network;
    if (!network) return;
    const selected = store.selectedIndex();
    const from = built.size;
    const page = entries.slice(from, from + settings.pageSize);
    const buttons = page.map((entry) => entryButton(entry, network, selected));
    append(list, ...buttons.map((button) => el('li', {}, button)));
    page.forEach((entry, k) => built.set(entry.index, buttons[k]));
    const left = entries.length - built.size;
    more.hidden = left === 0;
    more.textContent = `Show ${Math.min(left, settings.pageSize)} more (${left} not shown)`;
    const all = [...built.values()];
    const current = [...built.keys()].indexOf(selected);
    if (all.length) setTabStop(all, focusFirst ? from : Math.max(0, current));
    if (focusFirst) buttons[0]?.focus();
  };
  more.addEventListener('click', () => showMore(true));
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
