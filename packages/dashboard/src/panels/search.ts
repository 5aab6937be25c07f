// Search by name: a type-ahead combobox (WAI-ARIA 1.2 pattern). Matches at the start of a word come
// first; Enter or a click selects the organisation on the map and opens its panel.
import type { Network } from '@knet/core';
import type { Actions } from '../state/actions.js';
import type { Store } from '../state/store.js';
import { el, replace, uid } from './dom.js';

export const SEARCH_DEFAULTS = {
  /** Suggestions shown at once. */
  limit: 8,
};

/** Organisations whose label or id contains the query, best matches first (pure, for tests). */
export function searchOrganisations(network: Network, query: string, limit = SEARCH_DEFAULTS.limit): number[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [];
  const scored: { index: number; score: number }[] = [];
  network.organisations.forEach((organisation, index) => {
    const label = organisation.label.toLowerCase();
    const at = label.indexOf(needle);
    let score = -1;
    if (at === 0) score = 0;
    else if (at > 0 && /[\s\-'"(]/.test(label[at - 1])) score = 1;
    else if (at > 0) score = 2;
    else if (organisation.id.toLowerCase().includes(needle)) score = 3;
    if (score >= 0) scored.push({ index, score });
  });
  scored.sort((a, b) => a.score - b.score || network.organisations[a.index].label.length - network.organisations[b.index].label.length || a.index - b.index);
  return scored.slice(0, limit).map((entry) => entry.index);
}

export function searchBox(store: Store, actions: Actions): HTMLElement {
  const inputId = uid('search');
  const listId = uid('search-list');
  const input = el('input', {
    id: inputId,
    type: 'search',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    placeholder: 'Name of an organisation',
  });
  const list = el('ul', { id: listId, role: 'listbox', className: 'suggestions', 'aria-label': 'Matching organisations', hidden: true });
  let matches: number[] = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const choose = (index: number) => {
    const network = store.get().network;
    if (!network) return;
    // Ending a proposed tie selects nothing, so the box does not keep the name.
    input.value = actions.choose(network.organisations[index].id) ? '' : network.organisations[index].label;
    close();
  };
  const highlight = (at: number) => {
    active = at;
    [...list.children].forEach((option, k) => option.setAttribute('aria-selected', String(k === at)));
    if (at >= 0) input.setAttribute('aria-activedescendant', `${listId}-${at}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const suggest = () => {
    const network = store.get().network;
    matches = network ? searchOrganisations(network, input.value) : [];
    if (!network || matches.length === 0) {
      replace(list, input.value.trim() && network ? el('li', { className: 'empty', role: 'option', 'aria-disabled': 'true' }, 'No organisation matches') : null);
      list.hidden = !input.value.trim() || !network;
      input.setAttribute('aria-expanded', String(!list.hidden));
      return;
    }
    replace(list, ...matches.map((index, k) => {
      const organisation = network.organisations[index];
      const option = el('li', { id: `${listId}-${k}`, role: 'option', 'aria-selected': 'false' }, organisation.label, organisation.type ? el('span', { className: 'hint' }, ` ${organisation.type.replace(/_/g, ' ')}`) : null);
      // mousedown, not click: the input's blur would close the list first.
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        choose(index);
      });
      return option;
    }));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(-1);
  };

  input.addEventListener('input', suggest);
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && matches.length) {
      event.preventDefault();
      if (list.hidden) suggest();
      highlight(Math.min(matches.length - 1, active + 1));
    } else if (event.key === 'ArrowUp' && matches.length) {
      event.preventDefault();
      highlight(Math.max(0, active - 1));
    } else if (event.key === 'Enter') {
      if (matches.length) {
        event.preventDefault();
        choose(matches[Math.max(0, active)]);
      }
    } else if (event.key === 'Escape') {
      close();
    }
  });

  return el(
    'section',
    { className: 'panel search', 'aria-labelledby': `${inputId}-heading` },
    el('h2', { id: `${inputId}-heading` }, el('label', { for: inputId }, 'Find an organisation')),
    el('div', { className: 'combo' }, input, list),
  );
}
