// The charts strip under the map: the distribution of a chosen metric with the selected organisation marked,
// and a scatter of two metrics whose brush picks organisations on the map. Each chart has a text summary.
import { metricColumn, type MetricColumnId } from '@knet/core';
import { distributionChart } from '../charts/distribution.js';
import { scatterChart } from '../charts/scatter.js';
import type { MapView } from '../map/map-view.js';
import type { Actions } from '../state/actions.js';
import type { AppState, Store } from '../state/store.js';
import { el, replace, uid } from './dom.js';
import { countOf, formatMetric, formatPercentile } from './format.js';
import { inTaskOfItsOwn } from '../tasks.js';

export function chartsPanel(store: Store, actions: Actions, map: MapView): HTMLElement {
  const metricSelect = (label: string, pick: (state: AppState) => MetricColumnId, set: (id: MetricColumnId) => void) => {
    const id = uid('chart-metric');
    const select = el('select', { id });
    select.addEventListener('change', () => set(select.value as MetricColumnId));
    const sync = (state: AppState) => {
      const ids = state.analysis?.availableMetricIds.filter((m) => m !== 'component' && m !== 'community') ?? [];
      if (select.options.length !== ids.length) replace(select, ...ids.map((m) => el('option', { value: m }, metricColumn(m).label)));
      select.value = pick(state);
    };
    return { field: el('div', { className: 'field inline' }, el('label', { for: id }, label), select), sync };
  };
  const distMetric = metricSelect('Distribution of', (s) => s.view.chartMetric, (m) => actions.setView({ chartMetric: m }));
  const xMetric = metricSelect('x', (s) => s.view.scatterX, (m) => actions.setView({ scatterX: m }));
  const yMetric = metricSelect('y', (s) => s.view.scatterY, (m) => actions.setView({ scatterY: m }));
  const distHolder = el('div', { className: 'chart-holder' });
  const scatterHolder = el('div', { className: 'chart-holder' });
  const distCaption = el('figcaption', { className: 'hint' });
  const scatterCaption = el('figcaption', { className: 'hint' });
  const clearBrush = el('button', { type: 'button', className: 'link', hidden: true }, 'Clear the picked organisations');
  clearBrush.addEventListener('click', () => actions.brush(null));
  const updateDistribution = distributionChart(distHolder);
  // The distribution and the scatter of 100,000 organisations: a task each (see tasks.ts).
  const updateScatter = inTaskOfItsOwn(scatterChart(scatterHolder, {
    onBrush: (indices) => actions.brush(indices),
    onPick: (index) => {
      const network = store.get().network;
      if (network) actions.select(network.organisations[index].id);
    },
  }));
  const panel = el(
    'section',
    { className: 'charts', 'aria-label': 'Charts' },
    el('figure', {}, el('div', { className: 'chart-tools' }, distMetric.field), distHolder, distCaption),
    el('figure', {}, el('div', { className: 'chart-tools' }, xMetric.field, yMetric.field, el('span', { className: 'hint' }, 'drag to pick')), scatterHolder, scatterCaption, clearBrush),
  );

  let last: unknown[] = [];
  const render = (state: AppState) => {
    const { analysis, network, view } = state;
    const key = [analysis, view.chartMetric, view.scatterX, view.scatterY, view.selected, view.colourBy, state.brushed, view.view];
    if (key.every((value, k) => value === last[k])) return;
    last = key;
    distMetric.sync(state);
    xMetric.sync(state);
    yMetric.sync(state);
    if (!analysis || !network) return;
    const kept = network.organisations.map((_, i) => i).filter((i) => analysis.kept(i));
    const selected = store.selectedIndex();
    const metric = view.chartMetric;
    const column = analysis.column(metric);
    const label = metricColumn(metric).label;
    const hasSelection = selected >= 0 && analysis.kept(selected);
    updateDistribution({
      values: kept.map((i) => column[i]),
      marked: hasSelection ? column[selected] : undefined,
      markedLabel: hasSelection ? network.organisations[selected].label.slice(0, 28) : undefined,
      axisLabel: label,
      format: (value) => formatMetric(metric, value),
    });
    distCaption.textContent = hasSelection
      ? `${label} of ${countOf(kept.length, 'organisation')}. ${network.organisations[selected].label}: ${formatMetric(metric, column[selected])}, ${formatPercentile(analysis.percentile(metric, selected))} percentile.`
      : `${label} of ${countOf(kept.length, 'organisation')}. Select one to mark it.`;
    const colours = map.currentAppearance?.colours ?? network.organisations.map(() => '#4e79a7');
    updateScatter({
      indices: kept,
      x: analysis.column(view.scatterX),
      y: analysis.column(view.scatterY),
      colours,
      xLabel: metricColumn(view.scatterX).label,
      yLabel: metricColumn(view.scatterY).label,
      formatX: (value) => formatMetric(view.scatterX, value),
      formatY: (value) => formatMetric(view.scatterY, value),
      selected,
      brushed: state.brushed ? new Set(state.brushed) : null,
    });
    const brushed = state.brushed?.length ?? 0;
    scatterCaption.textContent = brushed
      ? `${countOf(brushed, 'organisation')} picked: the map shows them and fades the rest.`
      : `${metricColumn(view.scatterY).label} against ${metricColumn(view.scatterX).label}, one dot per organisation.`;
    clearBrush.hidden = brushed === 0;
  };
  // Hundreds of milliseconds for 100,000 dots: not in the task that brought the analysis (see tasks.ts).
  store.subscribe(inTaskOfItsOwn(render));
  render(store.get());
  return panel;
}
