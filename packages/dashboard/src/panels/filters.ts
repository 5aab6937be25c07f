// The filters panel: organisation type, sector and region; flow type, date range and minimum weight; and
// the horizon that reach and isolation count in. Every metric is recomputed for the filtered network.
import type { Network } from '@knet/core';
import type { Actions } from '../state/actions.js';
import { dateBound, type Filters, filtersActive, codeCounts, valueCounts } from '../state/filters.js';
import type { AppState, Store } from '../state/store.js';
import { HORIZON_MAX } from '../state/view-state.js';
import { el, replace, uid } from './dom.js';
import { countOf, formatCount } from './format.js';
import { inTaskOfItsOwn } from '../tasks.js';

export const FILTER_PANEL_DEFAULTS = {
  /** Values listed per field (most common first); rarer values stay reachable through a shared link. */
  maxChoices: 40,
};

type ListField = 'types' | 'sectors' | 'regions' | 'flowTypes';

const FIELDS: { field: ListField; legend: string }[] = [
  { field: 'types', legend: 'Organisation type' },
  { field: 'sectors', legend: 'Sector' },
  { field: 'regions', legend: 'Region' },
  { field: 'flowTypes', legend: 'Flow type' },
];

export function filtersPanel(store: Store, actions: Actions): HTMLElement {
  const groups = new Map<ListField, HTMLElement>();
  const fieldsets = FIELDS.map(({ field, legend }) => {
    const body = el('div', { className: 'choices' });
    groups.set(field, body);
    return el('details', { className: 'filter-group' }, el('summary', {}, legend, el('span', { className: 'chosen', 'data-field': field })), el('fieldset', {}, el('legend', { className: 'visually-hidden' }, legend), body));
  });

  const fromId = uid('from');
  const toId = uid('to');
  const weightId = uid('weight');
  const horizonId = uid('horizon');
  const from = el('input', { id: fromId, type: 'text', inputmode: 'numeric', placeholder: 'e.g. 2012', size: '10', 'aria-describedby': `${fromId}-hint` });
  const to = el('input', { id: toId, type: 'text', inputmode: 'numeric', placeholder: 'e.g. 2015-06', size: '10', 'aria-describedby': `${fromId}-hint` });
  const dateHint = el('p', { className: 'hint', id: `${fromId}-hint` }, 'Year, year-month or full date. Flows with no date are left out once a range is set.');
  const onDate = (input: HTMLInputElement, side: 'from' | 'to') => {
    const value = input.value.trim();
    const valid = value === '' || dateBound(value, side) !== undefined;
    input.setAttribute('aria-invalid', String(!valid));
    if (valid) actions.setFilters(side === 'from' ? { from: value } : { to: value });
  };
  from.addEventListener('change', () => onDate(from, 'from'));
  to.addEventListener('change', () => onDate(to, 'to'));
  const weight = el('input', { id: weightId, type: 'number', min: '0', step: 'any', value: '0' });
  weight.addEventListener('change', () => {
    const value = Number(weight.value);
    actions.setFilters({ minWeight: Number.isFinite(value) && value > 0 ? value : 0 });
  });
  const horizon = el('input', { id: horizonId, type: 'number', min: '1', max: String(HORIZON_MAX), step: '1', 'aria-describedby': `${horizonId}-hint` });
  horizon.addEventListener('change', () => {
    const value = Number(horizon.value);
    if (Number.isInteger(value) && value >= 1 && value <= HORIZON_MAX) actions.setHorizon(value);
  });
  const clear = el('button', { type: 'button', className: 'action' }, 'Clear filters');
  clear.addEventListener('click', () => actions.setFilters({ types: [], sectors: [], regions: [], flowTypes: [], from: '', to: '', minWeight: 0 }));
  const summary = el('p', { className: 'hint', 'aria-live': 'polite' });

  const panel = el(
    'section',
    { className: 'panel filters', 'aria-labelledby': 'filters-heading' },
    el('h2', { id: 'filters-heading' }, 'Filters'),
    summary,
    ...fieldsets,
    el('div', { className: 'field-row' },
      el('div', { className: 'field' }, el('label', { for: fromId }, 'From'), from),
      el('div', { className: 'field' }, el('label', { for: toId }, 'To'), to)),
    dateHint,
    el('div', { className: 'field' }, el('label', { for: weightId }, 'Minimum flow weight'), weight),
    el('div', { className: 'field' }, el('label', { for: horizonId }, 'Horizon (steps)'), horizon),
    el('p', { className: 'hint', id: `${horizonId}-hint` }, 'Reach counts the organisations within this many introductions. 2: a partner, or a partner’s partner.'),
    clear,
  );

  let last: unknown[] = [];
  const render = (state: AppState) => {
    const { network, view, analysis } = state;
    const key = [network, view.filters, view.horizon, analysis];
    if (key.every((value, k) => value === last[k])) return;
    const networkChanged = network !== last[0];
    last = key;
    const filters = view.filters;
    const sync = (field: ListField) => syncChoices(groups.get(field)!, store.get().view.filters[field], panel.querySelector(`[data-field="${field}"]`)!);
    if (networkChanged && network) {
      // Counting 100,000 organisations per field: a task per field (see tasks.ts).
      for (const { field } of FIELDS) {
        setTimeout(() => {
          if (store.get().network !== network) return;
          renderChoices(groups.get(field)!, network, field, store.get().view.filters, actions);
          sync(field);
        }, 0);
      }
    }
    for (const { field } of FIELDS) sync(field);
    if (document.activeElement !== from) from.value = filters.from;
    if (document.activeElement !== to) to.value = filters.to;
    if (document.activeElement !== weight) weight.value = String(filters.minWeight);
    if (document.activeElement !== horizon) horizon.value = String(view.horizon);
    clear.disabled = !filtersActive(filters);
    if (network && analysis) {
      const facts = analysis.payload.facts;
      summary.textContent = analysis.payload.filtered
        ? `Showing ${formatCount(facts.organisations)} of ${countOf(network.order, 'organisation')} and ${formatCount(facts.flows)} of ${countOf(network.flows.count, 'flow')}; metrics are for this part of the network.`
        : `All ${countOf(network.order, 'organisation')} and ${countOf(network.flows.count, 'flow')}.`;
    }
  };
  // Counting every value of a big network: not in the task that brought it (see tasks.ts).
  store.subscribe(inTaskOfItsOwn(render));
  render(store.get());
  return panel;
}

function renderChoices(body: HTMLElement, network: Network, field: ListField, filters: Filters, actions: Actions): void {
  const key = field === 'types' ? 'type' : field === 'sectors' ? 'sector' : 'region';
  const all = field === 'flowTypes'
    ? codeCounts(network.flows.typeCode.subarray(0, network.flows.count), network.flows.types)
    : valueCounts(network.organisations.map((organisation) => organisation[key]));
  const counts = all.filter((entry) => entry.value !== '');
  const shown = counts.slice(0, FILTER_PANEL_DEFAULTS.maxChoices);
  replace(
    body,
    ...shown.map(({ value, count }) => {
      const box = el('input', { type: 'checkbox', value });
      box.addEventListener('change', () => {
        const chosen = [...body.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
        actions.setFilters({ [field]: chosen } as Partial<Filters>);
      });
      return el('label', { className: 'check' }, box, el('span', {}, value.replace(/_/g, ' ')), el('span', { className: 'count' }, count));
    }),
    counts.length > shown.length ? el('p', { className: 'hint' }, `${counts.length - shown.length} rarer values not listed.`) : null,
    counts.length === 0 ? el('p', { className: 'hint' }, 'No values in this network.') : null,
  );
}

function syncChoices(body: HTMLElement, chosen: string[], badge: Element): void {
  const set = new Set(chosen);
  for (const box of body.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = set.has(box.value);
  badge.textContent = chosen.length ? ` (${chosen.length})` : '';
}
