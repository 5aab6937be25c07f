// A small inline SVG line chart for the trend section: fragmentation and average reach per period, both
// shares from 0 to 100%. No script, no fonts fetched: text in the page's own font.
import type { Trend } from '../time/trend.js';
import { esc } from './html.js';

const CHART = { width: 720, height: 220, left: 44, right: 16, top: 16, bottom: 40 };
const SERIES = [
  { name: 'fragmentation', colour: '#e15759', value: (p: Trend['periods'][number]) => p.fragmentation, dash: '' },
  { name: 'average reach', colour: '#4e79a7', value: (p: Trend['periods'][number]) => p.averageReach, dash: '6 3' },
];

export function trendChart(result: Trend): string {
  const { width, height, left, right, top, bottom } = CHART;
  const periods = result.periods;
  const w = width - left - right;
  const h = height - top - bottom;
  const px = (k: number) => round(left + (periods.length === 1 ? w / 2 : (k * w) / (periods.length - 1)));
  const py = (share: number) => round(top + h - Math.min(1, Math.max(0, share)) * h);
  const out = [`<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="Fragmentation and average reach by ${esc(result.by)}">`];
  for (const share of [0, 0.25, 0.5, 0.75, 1]) {
    out.push(`<line x1="${left}" x2="${width - right}" y1="${py(share)}" y2="${py(share)}" stroke="#e0e0e0"/><text x="${left - 6}" y="${py(share) + 4}" text-anchor="end" font-size="11">${share * 100}%</text>`);
  }
  // Every period labelled when they fit, else every few.
  const every = Math.max(1, Math.ceil(periods.length / 12));
  periods.forEach((p, k) => {
    if (k % every === 0 || k === periods.length - 1) out.push(`<text x="${px(k)}" y="${height - bottom + 16}" text-anchor="middle" font-size="11">${esc(p.label)}</text>`);
  });
  for (const series of SERIES) {
    const points = periods.flatMap((p, k) => (Number.isFinite(series.value(p)) ? [`${px(k)},${py(series.value(p))}`] : []));
    out.push(`<polyline fill="none" stroke="${series.colour}" stroke-width="2.5"${series.dash ? ` stroke-dasharray="${series.dash}"` : ''} points="${points.join(' ')}"/>`);
  }
  SERIES.forEach((series, s) => {
    const x = left + s * 170;
    out.push(`<line x1="${x}" x2="${x + 28}" y1="${height - 8}" y2="${height - 8}" stroke="${series.colour}" stroke-width="2.5"${series.dash ? ` stroke-dasharray="${series.dash}"` : ''}/><text x="${x + 34}" y="${height - 4}" font-size="12">${series.name}</text>`);
  });
  out.push('</svg>');
  return out.join('\n');
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
