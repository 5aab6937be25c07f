// Distribution chart (d3): a histogram of one metric over the organisations shown, with the selected
// organisation marked, so "is 1% reach low here?" is answered at a glance.
import { axisBottom, axisLeft, bin, extent, max, scaleLinear, select } from 'd3';
import { distinctTicks } from './ticks.js';

export const DISTRIBUTION_DEFAULTS = {
  width: 420,
  height: 190,
  margin: { top: 18, right: 14, bottom: 34, left: 42 },
  bins: 24,
  bar: '#6b8fb8',
  mark: '#c0392b',
};

export interface DistributionData {
  values: readonly number[];
  /** The selected organisation's value (NaN or undefined: nothing marked). */
  marked?: number;
  markedLabel?: string;
  axisLabel: string;
  format: (value: number) => string;
}

export function distributionChart(element: HTMLElement, settings = DISTRIBUTION_DEFAULTS): (data: DistributionData) => void {
  const { width, height, margin } = settings;
  const svg = select(element).append('svg').attr('viewBox', `0 0 ${width} ${height}`).attr('class', 'chart').attr('aria-hidden', 'true');
  const bars = svg.append('g');
  const xAxis = svg.append('g').attr('transform', `translate(0,${height - margin.bottom})`);
  const yAxis = svg.append('g').attr('transform', `translate(${margin.left},0)`);
  const xLabel = svg.append('text').attr('class', 'axis-label').attr('x', (width + margin.left - margin.right) / 2).attr('y', height - 4).attr('text-anchor', 'middle');
  const mark = svg.append('g').attr('class', 'mark');
  const markLine = mark.append('line').attr('stroke', settings.mark).attr('stroke-width', 2);
  const markText = mark.append('text').attr('fill', settings.mark).attr('font-size', 11).attr('y', margin.top - 6);

  return (data) => {
    const values = data.values.filter((value) => !Number.isNaN(value));
    let [lo, hi] = extent(values) as [number | undefined, number | undefined] as [number, number];
    if (lo === undefined || hi === undefined) [lo, hi] = [0, 1];
    if (hi === lo) {
      lo -= 0.5;
      hi += 0.5;
    }
    const x = scaleLinear().domain([lo, hi]).nice().range([margin.left, width - margin.right]);
    const bins = bin().domain(x.domain() as [number, number]).thresholds(x.ticks(settings.bins))(values);
    // At least 1: an empty histogram's domain [0, 0] gives d3 a tick it cannot format.
    const y = scaleLinear().domain([0, Math.max(1, max(bins, (b) => b.length) ?? 0)]).nice().range([height - margin.bottom, margin.top]);
    bars
      .selectAll('rect')
      .data(bins)
      .join('rect')
      .attr('x', (b) => x(b.x0!) + 0.5)
      .attr('width', (b) => Math.max(0, x(b.x1!) - x(b.x0!) - 1))
      .attr('y', (b) => y(b.length))
      .attr('height', (b) => y(0) - y(b.length))
      .attr('fill', settings.bar);
    const xTicks = distinctTicks(x, 6, data.format);
    xAxis.call(axisBottom(x).tickValues(xTicks.values).tickFormat((value) => xTicks.format(Number(value))));
    const yTicks = distinctTicks(y, 4, (value) => String(Math.round(value)));
    yAxis.call(axisLeft(y).tickValues(yTicks.values).tickFormat((value) => yTicks.format(Number(value))));
    xLabel.text(data.axisLabel);
    const marked = data.marked;
    const show = marked !== undefined && !Number.isNaN(marked);
    mark.attr('display', show ? null : 'none');
    if (show) {
      const at = x(marked);
      markLine.attr('x1', at).attr('x2', at).attr('y1', margin.top).attr('y2', height - margin.bottom);
      const right = at > (width + margin.left) / 2;
      markText.attr('x', right ? at - 4 : at + 4).attr('text-anchor', right ? 'end' : 'start').text(`${data.markedLabel ?? 'selected'}: ${data.format(marked)}`);
    }
  };
}
