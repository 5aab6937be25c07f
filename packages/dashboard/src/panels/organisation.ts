// The organisation panel: who it is (every attribute, as text), every metric with its percentile in this
// network, why it is weakly connected, the introductions suggested for it (and "Propose a tie with…"), its
// neighbours (each one selectable) and its flows by type and year.
import { metricColumn, type Network } from '@knet/core';
import type { Analysis } from '../state/analysis.js';
import type { Actions } from '../state/actions.js';
import type { AppState, Store } from '../state/store.js';
import { el, replace } from './dom.js';
import { formatMetric, formatPercent, formatPercentile } from './format.js';
import { introductionsBlock } from './introductions.js';
import { rovingFocus } from './roving.js';

export const ORGANISATION_PANEL_DEFAULTS = {
  /** Neighbours listed before "show all". */
  neighbours: 12,
};

export function organisationPanel(store: Store, actions: Actions): HTMLElement {
  const body = el('div', { className: 'organisation-body' });
  const panel = el('section', { className: 'panel organisation', 'aria-labelledby': 'organisation-heading', hidden: true }, body);
  // One element, kept across selections: it follows the introductions in the store by itself.
  const introductions = introductionsBlock(store, actions);
  let last: { network: unknown; analysis: unknown; selected: string | null } | null = null;
  const render = (state: AppState) => {
    const { network, analysis, view } = state;
    if (last && last.network === network && last.analysis === analysis && last.selected === view.selected) return;
    last = { network, analysis, selected: view.selected };
    const index = store.selectedIndex();
    panel.hidden = !network || index < 0;
    if (!network || index < 0) {
      body.replaceChildren();
      return;
    }
    replace(body, ...organisationContent(network, analysis, index, actions, introductions));
  };
  store.subscribe(render);
  render(store.get());
  return panel;
}

function organisationContent(network: Network, analysis: Analysis | null, index: number, actions: Actions, introductions: HTMLElement): Node[] {
  const organisation = network.organisations[index];
  const close = el('button', { type: 'button', className: 'close', 'aria-label': 'Close the organisation panel' }, '×');
  close.addEventListener('click', () => actions.select(null));
  const weak = analysis?.weakByIndex.get(index);
  const badges = el(
    'p',
    { className: 'badges' },
    organisation.pioneer ? el('span', { className: 'badge pioneer' }, 'Pioneer') : null,
    weak ? el('span', { className: 'badge weak' }, organisation.pioneer ? 'Weakly connected pioneer' : 'Weakly connected') : null,
    analysis && !analysis.kept(index) ? el('span', { className: 'badge muted' }, 'Hidden by the filters') : null,
  );
  const nodes: Node[] = [
    el('header', { className: 'panel-header' }, el('h2', { id: 'organisation-heading' }, organisation.label), close),
    badges,
  ];
  if (weak && analysis) {
    nodes.push(
      el('h3', {}, 'Why it is weakly connected'),
      el('ul', { className: 'reasons' }, ...weak.reasons.map((reason) => el('li', {}, reason.text))),
      el('p', { className: 'hint' }, `More than ${analysis.horizon} steps from ${formatPercent(weak.isolation)} of the network.`),
    );
  }
  nodes.push(proposeButton(actions), introductions);
  nodes.push(el('h3', {}, 'About'), attributesList(organisation));
  if (analysis && analysis.kept(index)) nodes.push(el('h3', {}, 'Metrics'), metricsTable(analysis, index));
  nodes.push(...neighbourList(network, analysis, index, actions), ...flowTables(network, analysis, index));
  return nodes;
}

/** Starts a tie from this organisation; focus goes to the search box, where the other end can be typed. */
function proposeButton(actions: Actions): HTMLElement {
  const button = el('button', { type: 'button', className: 'action propose' }, 'Propose a tie with…');
  button.addEventListener('click', () => {
    actions.weaving.startProposing();
    const search = document.querySelector<HTMLInputElement>('.search input');
    if (!search) return;
    search.value = '';
    search.focus();
  });
  return el('p', { className: 'propose-row' }, button);
}

function attributesList(organisation: Network['organisations'][number]): HTMLElement {
  const rows: [string, string][] = [
    ['Id', organisation.id],
    ['Type', organisation.type],
    ['Sector', organisation.sector],
    ['Region', organisation.region],
    ['Pioneer', organisation.pioneer ? 'yes' : 'no'],
    ['Themes', organisation.themes.join('; ')],
  ];
  for (const name of Object.keys(organisation.attributes)) rows.push([name, String(organisation.attributes[name])]);
  const list = el('dl', { className: 'attributes' });
  for (const [name, value] of rows) {
    if (value === '') continue;
    list.append(el('dt', {}, name), el('dd', {}, value));
  }
  return list;
}

function metricsTable(analysis: Analysis, index: number): HTMLElement {
  const rows = analysis.availableMetricIds
    .filter((id) => id !== 'component' && id !== 'community')
    .map((id) => {
      const column = metricColumn(id);
      const share = analysis.percentile(id, index);
      const bar = el('span', { className: 'bar', 'aria-hidden': 'true' });
      bar.style.setProperty('--share', Number.isNaN(share) ? '0' : String(share));
      return el(
        'tr',
        {},
        el('th', { scope: 'row', title: column.description }, column.label),
        el('td', { className: 'number', title: Number.isNaN(analysis.value(id, index)) && column.emptyWhen ? `Empty when ${column.emptyWhen}` : undefined }, formatMetric(id, analysis.value(id, index))),
        el('td', { className: 'percentile' }, bar, el('span', {}, formatPercentile(share))),
      );
    });
  const { community, component } = analysis.payload;
  const groupRow = (label: string, value: string) => el('tr', {}, el('th', { scope: 'row' }, label), el('td', { colspan: '2' }, value));
  if (component[index] >= 0) rows.push(groupRow('Group', component[index] === 0 ? 'main network' : `cut off: group ${component[index]} (${analysis.payload.componentSizes[component[index]]} organisations)`));
  if (community[index] >= 0) rows.push(groupRow('Community', `community ${community[index]}`));
  return el(
    'table',
    { className: 'metrics' },
    el('caption', { className: 'visually-hidden' }, 'Metrics, with the percentile in this network'),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Metric'), el('th', { scope: 'col' }, 'Value'), el('th', { scope: 'col' }, 'Percentile'))),
    el('tbody', {}, ...rows),
  );
}

/** Neighbours with the summed weight of their flows, strongest first. */
function neighbourList(network: Network, analysis: Analysis | null, index: number, actions: Actions): Node[] {
  const weights = new Map<number, number>();
  const { flows } = network;
  for (let f = 0; f < flows.count; f++) {
    if (analysis && !analysis.payload.keptFlows[f]) continue;
    const s = flows.source[f];
    const t = flows.target[f];
    if (s === t) continue;
    const other = s === index ? t : t === index ? s : -1;
    if (other >= 0) weights.set(other, (weights.get(other) ?? 0) + flows.weight[f]);
  }
  const sorted = [...weights].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const heading = el('h3', {}, `Neighbours (${sorted.length})`);
  if (sorted.length === 0) return [heading, el('p', { className: 'hint' }, 'No ties with the current filters.')];
  const list = el('ul', { className: 'neighbours', 'aria-label': 'Neighbours' });
  rovingFocus(list);
  const show = (count: number) => {
    replace(list, ...sorted.slice(0, count).map(([other, weight], k) => {
      const organisation = network.organisations[other];
      const button = el('button', { type: 'button', tabindex: k === 0 ? '0' : '-1' }, organisation.label, el('span', { className: 'entry-figure' }, ` weight ${weight}`));
      button.addEventListener('click', () => actions.select(organisation.id));
      return el('li', {}, button);
    }));
  };
  const limit = ORGANISATION_PANEL_DEFAULTS.neighbours;
  show(limit);
  const nodes: Node[] = [heading, list];
  if (sorted.length > limit) {
    const more = el('button', { type: 'button', className: 'link' }, `Show all ${sorted.length}`);
    more.addEventListener('click', () => {
      show(sorted.length);
      more.remove();
    });
    nodes.push(more);
  }
  return nodes;
}

function flowTables(network: Network, analysis: Analysis | null, index: number): Node[] {
  const byType = new Map<string, { count: number; weight: number }>();
  const byYear = new Map<string, number>();
  const { flows } = network;
  for (let f = 0; f < flows.count; f++) {
    if (flows.source[f] !== index && flows.target[f] !== index) continue;
    if (analysis && !analysis.payload.keptFlows[f]) continue;
    const type = flows.type(f) || '(no type)';
    const entry = byType.get(type) ?? { count: 0, weight: 0 };
    entry.count += 1;
    entry.weight += flows.weight[f];
    byType.set(type, entry);
    const year = flows.date(f)?.slice(0, 4) ?? '(no date)';
    byYear.set(year, (byYear.get(year) ?? 0) + 1);
  }
  if (byType.size === 0) return [];
  const typeRows = [...byType].sort((a, b) => b[1].count - a[1].count).map(([type, { count, weight }]) =>
    el('tr', {}, el('th', { scope: 'row' }, type.replace(/_/g, ' ')), el('td', { className: 'number' }, count), el('td', { className: 'number' }, weight)),
  );
  const yearRows = [...byYear].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([year, count]) =>
    el('tr', {}, el('th', { scope: 'row' }, year), el('td', { className: 'number' }, count)),
  );
  return [
    el('h3', {}, 'Flows by type'),
    el('table', { className: 'compact' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Type'), el('th', { scope: 'col' }, 'Flows'), el('th', { scope: 'col' }, 'Weight'))),
      el('tbody', {}, ...typeRows)),
    el('h3', {}, 'Flows by year'),
    el('table', { className: 'compact' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Year'), el('th', { scope: 'col' }, 'Flows'))),
      el('tbody', {}, ...yearRows)),
  ];
}
