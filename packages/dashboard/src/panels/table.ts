// The table view: every organisation and its metrics in a real HTML table (caption, column headers,
// aria-sort), sortable, filterable by text, exportable, paged so 10,000 rows stay quick. The map's
// accessible twin: everything the map shows can be read here.
import { metricColumn, type MetricColumnId } from '@knet/core';
import { download, fileStem } from '../export/download.js';
import { exportNetwork } from '../export/names.js';
import { csvTable } from '../export/metrics.js';
import type { Actions } from '../state/actions.js';
import type { Analysis } from '../state/analysis.js';
import type { AppState, Store } from '../state/store.js';
import { el, replace, uid } from './dom.js';
import { formatMetric } from './format.js';

export const TABLE_DEFAULTS = {
  pageSize: 100,
};

const TEXT_COLUMNS = ['label', 'type', 'sector', 'region', 'pioneer'] as const;
type TextColumn = (typeof TEXT_COLUMNS)[number];
const TEXT_LABELS: Record<TextColumn, string> = { label: 'Organisation', type: 'Type', sector: 'Sector', region: 'Region', pioneer: 'Pioneer' };

/** Row order for a sort column (text or metric), empty values last either way (pure, for tests). */
export function sortRows(analysis: Analysis, rows: number[], sortBy: string, descending: boolean): number[] {
  const organisations = analysis.network.organisations;
  const direction = descending ? -1 : 1;
  if ((TEXT_COLUMNS as readonly string[]).includes(sortBy)) {
    const key = sortBy as TextColumn;
    const text = (i: number) => (key === 'pioneer' ? (organisations[i].pioneer ? 'yes' : 'no') : organisations[i][key]);
    const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
    return [...rows].sort((a, b) => {
      const x = text(a);
      const y = text(b);
      if (!x !== !y) return x ? -1 : 1;
      return direction * collator.compare(x, y) || a - b;
    });
  }
  const values = analysis.column(sortBy as MetricColumnId);
  return [...rows].sort((a, b) => {
    const x = values[a];
    const y = values[b];
    const xNaN = Number.isNaN(x);
    if (xNaN !== Number.isNaN(y)) return xNaN ? 1 : -1;
    return (xNaN ? 0 : direction * (x - y)) || a - b;
  });
}

export function tableView(store: Store, actions: Actions): HTMLElement {
  const filterId = uid('table-filter');
  const filter = el('input', { id: filterId, type: 'search', placeholder: 'Name, type, sector or region' });
  const exportButton = el('button', { type: 'button', className: 'action' }, 'Export these rows (CSV)');
  const table = el('table', { className: 'organisations' });
  const pager = el('nav', { className: 'pager', 'aria-label': 'Table pages' });
  const count = el('p', { className: 'hint', 'aria-live': 'polite' });
  const section = el(
    'section',
    { className: 'table-view', 'aria-labelledby': 'table-heading', hidden: true },
    el('div', { className: 'table-tools' },
      el('h2', { id: 'table-heading' }, 'Organisations'),
      el('div', { className: 'field inline' }, el('label', { for: filterId }, 'Filter rows'), filter),
      exportButton),
    count,
    el('div', { className: 'table-scroll' }, table),
    pager,
  );
  let page = 0;
  let rows: number[] = [];

  const visibleRows = (state: AppState): number[] => {
    const { analysis, network } = state;
    if (!analysis || !network) return [];
    const needle = filter.value.trim().toLowerCase();
    const kept = network.organisations.map((_, i) => i).filter((i) => analysis.kept(i));
    const matching = needle
      ? kept.filter((i) => {
          const o = network.organisations[i];
          return [o.label, o.id, o.type, o.sector, o.region].some((text) => text.toLowerCase().includes(needle));
        })
      : kept;
    return sortRows(analysis, matching, state.view.sortBy, state.view.sortDescending);
  };

  const render = () => {
    const state = store.get();
    section.hidden = state.view.view !== 'table';
    if (section.hidden) return;
    const { analysis, network, view } = state;
    if (!analysis || !network) {
      replace(table, el('caption', {}, 'Organisations (computing…)'));
      return;
    }
    rows = visibleRows(state);
    const pages = Math.max(1, Math.ceil(rows.length / TABLE_DEFAULTS.pageSize));
    page = Math.min(page, pages - 1);
    const metrics = analysis.availableMetricIds;
    const sortHeader = (id: string, label: string, title?: string) => {
      const active = view.sortBy === id;
      const button = el('button', { type: 'button', title }, label, el('span', { 'aria-hidden': 'true', className: 'sort-mark' }, active ? (view.sortDescending ? ' ▼' : ' ▲') : ''));
      // First click on a metric sorts highest first; on text, A to Z.
      button.addEventListener('click', () => actions.setView({ sortBy: id, sortDescending: active ? !view.sortDescending : !(TEXT_COLUMNS as readonly string[]).includes(id) }));
      return el('th', { scope: 'col', 'aria-sort': active ? (view.sortDescending ? 'descending' : 'ascending') : undefined, className: (TEXT_COLUMNS as readonly string[]).includes(id) ? '' : 'number' }, button);
    };
    const start = page * TABLE_DEFAULTS.pageSize;
    const shown = rows.slice(start, start + TABLE_DEFAULTS.pageSize);
    const selected = store.selectedIndex();
    replace(
      table,
      el('caption', {}, `Organisations and their metrics${analysis.payload.filtered ? ' (filtered network)' : ''}; reach and isolation within ${analysis.horizon} steps`),
      el('thead', {}, el('tr', {}, ...TEXT_COLUMNS.map((id) => sortHeader(id, TEXT_LABELS[id])), ...metrics.map((id) => sortHeader(id, metricColumn(id).label, metricColumn(id).description)))),
      el('tbody', {}, ...shown.map((i) => {
        const o = network.organisations[i];
        const name = el('button', { type: 'button', className: 'link' }, o.label);
        name.addEventListener('click', () => actions.select(o.id));
        const weak = analysis.weakByIndex.get(i);
        return el(
          'tr',
          { 'aria-selected': i === selected ? 'true' : undefined, className: weak?.pioneer ? 'weak' : '' },
          el('th', { scope: 'row' }, name),
          el('td', {}, o.type.replace(/_/g, ' ')),
          el('td', {}, o.sector),
          el('td', {}, o.region),
          el('td', {}, o.pioneer ? (weak ? 'yes, weakly connected' : 'yes') : 'no'),
          ...metrics.map((id) => el('td', { className: 'number' }, formatMetric(id, analysis.value(id, i)))),
        );
      })),
    );
    count.textContent = rows.length ? `Rows ${start + 1}–${start + shown.length} of ${rows.length}` : 'No organisation matches.';
    const go = (to: number, label: string, disabled: boolean) => {
      const button = el('button', { type: 'button', className: 'action', disabled }, label);
      button.addEventListener('click', () => {
        page = to;
        render();
      });
      return button;
    };
    replace(pager, go(0, 'First', page === 0), go(page - 1, 'Previous', page === 0), el('span', {}, ` Page ${page + 1} of ${pages} `), go(page + 1, 'Next', page >= pages - 1), go(pages - 1, 'Last', page >= pages - 1));
  };

  filter.addEventListener('input', () => {
    page = 0;
    render();
  });
  exportButton.addEventListener('click', async () => {
    const { network, analysis, source } = store.get();
    if (!network || !analysis) return;
    const shown = rows;
    download(csvTable(await exportNetwork(store, actions), analysis, shown), `${fileStem(source?.title ?? 'network')}-table.csv`, 'text/csv;charset=utf-8');
  });
  let last: unknown[] = [];
  store.subscribe((state) => {
    const key = [state.analysis, state.view.view, state.view.sortBy, state.view.sortDescending, state.view.selected];
    if (key.every((value, k) => value === last[k])) return;
    if (state.analysis !== last[0]) page = 0;
    last = key;
    render();
  });
  render();
  return section;
}
