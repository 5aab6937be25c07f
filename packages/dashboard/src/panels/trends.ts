// The trends beside the time slider: per period (cumulative, as `knet trend`), how fragmented the network
// was, how many separate parts it had, how far the average organisation reached and how many pioneers were
// weakly connected. The slider's period is marked; the same figures are in a table for screen readers.
import { trendLineChart, type TrendLineData } from '../charts/trend-line.js';
import type { AppState, Store } from '../state/store.js';
import type { TrendPayload } from '../workers/protocol.js';
import { el, replace } from './dom.js';
import { formatCount, formatPercent } from './format.js';
import { positionOf } from './time-bar.js';

type Figure = keyof Omit<TrendPayload['periods'][number], 'label' | 'end' | 'flows'>;

const FIGURES: { id: Figure; title: string; format: (value: number) => string; fromZero: boolean }[] = [
  { id: 'fragmentation', title: 'Fragmentation (pairs cut off)', format: (value) => formatPercent(value), fromZero: true },
  { id: 'components', title: 'Separate parts', format: formatCount, fromZero: true },
  { id: 'averageReach', title: 'Average reach', format: (value) => formatPercent(value), fromZero: true },
  { id: 'weakPioneers', title: 'Weakly connected pioneers', format: formatCount, fromZero: true },
];

export function trendsPanel(store: Store): HTMLElement {
  const charts = FIGURES.map(() => el('div', { className: 'chart-holder' }));
  const updates = charts.map((holder) => trendLineChart(holder));
  const caption = el('p', { className: 'hint' });
  const table = el('table', { className: 'compact trend-table' });
  const panel = el(
    'section',
    { className: 'trends', 'aria-label': 'Over time' },
    el('div', { className: 'trend-grid' }, ...charts),
    caption,
    el('details', {}, el('summary', {}, 'The figures as a table'), el('div', { className: 'table-scroll' }, table)),
  );

  let last: unknown[] = [];
  const render = (state: AppState) => {
    const { trend, view } = state;
    const key = [trend, view.asOf];
    if (key.every((value, k) => value === last[k])) return;
    last = key;
    if (!trend) {
      caption.textContent = state.network ? 'Computing the network period by period…' : '';
      return;
    }
    if (!trend.periods.length) {
      caption.textContent = 'No flow has a date, so there is nothing to show over time.';
      charts.forEach((holder) => (holder.hidden = true));
      return;
    }
    charts.forEach((holder) => (holder.hidden = false));
    const labels = trend.periods.map((period) => period.label);
    const marked = view.asOf ? positionOf(trend.periods, view.asOf) : -1;
    FIGURES.forEach((figure, k) => {
      const data: TrendLineData = { title: figure.title, labels, values: trend.periods.map((period) => period[figure.id]), marked, format: figure.format, fromZero: figure.fromZero };
      updates[k](data);
    });
    const first = trend.periods[0];
    const end = trend.periods[trend.periods.length - 1];
    caption.textContent =
      `Each ${trend.by} counts every flow observed by its end; reach within ${trend.horizon} steps. ` +
      (first === end
        ? `Only ${first.label} has dated flows: fragmentation ${formatPercent(first.fragmentation)}, weakly connected pioneers ${formatCount(first.weakPioneers)}.`
        : `From ${first.label} to ${end.label}: fragmentation ${formatPercent(first.fragmentation)} → ${formatPercent(end.fragmentation)}, ` +
          `weakly connected pioneers ${formatCount(first.weakPioneers)} → ${formatCount(end.weakPioneers)}.`) +
      (trend.undated ? ` ${formatCount(trend.undated)} flows without a date are left out.` : '') +
      (marked >= 0 ? ` The red mark is the slider's ${labels[marked]}.` : '');
    replace(
      table,
      el('caption', { className: 'visually-hidden' }, `The network ${trend.by} by ${trend.by}`),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Period'), el('th', { scope: 'col', className: 'number' }, 'Flows'), ...FIGURES.map((figure) => el('th', { scope: 'col', className: 'number' }, figure.title)))),
      el('tbody', {}, ...trend.periods.map((period) =>
        el('tr', {}, el('th', { scope: 'row' }, period.label), el('td', { className: 'number' }, formatCount(period.flows)),
          ...FIGURES.map((figure) => el('td', { className: 'number' }, figure.format(period[figure.id])))))),
    );
  };
  store.subscribe(render);
  render(store.get());
  return panel;
}
