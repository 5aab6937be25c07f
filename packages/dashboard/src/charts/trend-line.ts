// A small trend chart (d3): one figure per period as a line with dots, the time slider's period marked, so
// the replay and the trend read together. The panel gives the same figures as a table.
import { axisBottom, axisLeft, line, max, min, scalePoint, scaleLinear, select } from 'd3';

export const TREND_LINE_DEFAULTS = {
  width: 250,
  height: 130,
  margin: { top: 22, right: 16, bottom: 24, left: 38 },
  line: '#1d5fa8',
  mark: '#c0392b',
  /** At most this many period labels on the axis. */
  ticks: 6,
};

export interface TrendLineData {
  title: string;
  labels: readonly string[];
  values: readonly number[];
  /** Index of the period the slider shows, or -1. */
  marked: number;
  format: (value: number) => string;
  /** Axis from zero (counts) or fitted to the values (shares). */
  fromZero: boolean;
}

export function trendLineChart(element: HTMLElement, settings = TREND_LINE_DEFAULTS): (data: TrendLineData) => void {
  const { width, height, margin } = settings;
  const svg = select(element).append('svg').attr('viewBox', `0 0 ${width} ${height}`).attr('class', 'chart trend').attr('aria-hidden', 'true');
  const title = svg.append('text').attr('class', 'chart-title').attr('x', margin.left).attr('y', 13);
  const xAxis = svg.append('g').attr('transform', `translate(0,${height - margin.bottom})`);
  const yAxis = svg.append('g').attr('transform', `translate(${margin.left},0)`);
  const mark = svg.append('line').attr('stroke', settings.mark).attr('stroke-width', 1.5).attr('stroke-dasharray', '3 2');
  const path = svg.append('path').attr('fill', 'none').attr('stroke', settings.line).attr('stroke-width', 2);
  const dots = svg.append('g');

  return (data) => {
    title.text(data.title);
    const x = scalePoint<number>().domain(data.labels.map((_, k) => k)).range([margin.left + 6, width - margin.right]);
    const finite = data.values.filter((value) => Number.isFinite(value));
    const lo = data.fromZero ? 0 : (min(finite) ?? 0);
    let hi = max(finite) ?? 1;
    if (hi <= lo) hi = lo + 1;
    const y = scaleLinear().domain([lo, hi]).nice().range([height - margin.bottom, margin.top]);
    const every = Math.max(1, Math.ceil(data.labels.length / settings.ticks));
    xAxis.call(axisBottom(x).tickValues(x.domain().filter((k) => k % every === 0)).tickFormat((k) => data.labels[Number(k)] ?? ''));
    yAxis.call(axisLeft(y).ticks(4).tickFormat((value) => data.format(Number(value))));
    const points = data.values.map((value, k) => ({ k, value })).filter((point) => Number.isFinite(point.value));
    path.attr('d', line<{ k: number; value: number }>().x((p) => x(p.k)!).y((p) => y(p.value))(points));
    dots
      .selectAll('circle')
      .data(points)
      .join('circle')
      .attr('cx', (p) => x(p.k)!)
      .attr('cy', (p) => y(p.value))
      .attr('r', (p) => (p.k === data.marked ? 4.5 : 2.5))
      .attr('fill', (p) => (p.k === data.marked ? settings.mark : settings.line));
    const show = data.marked >= 0 && data.marked < data.labels.length;
    mark.attr('display', show ? null : 'none');
    if (show) mark.attr('x1', x(data.marked)!).attr('x2', x(data.marked)!).attr('y1', margin.top).attr('y2', height - margin.bottom);
  };
}
