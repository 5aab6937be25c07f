// Formats measured rows as a Markdown table (readable in a terminal, pasteable into an issue), one line per
// row: knet and peer medians, their ratio, peak memory, the target and whether it is met.
import { verdict } from './targets.mjs';

export function formatTime(ms) {
  if (ms === undefined) return '';
  if (ms < 1) return `${ms.toFixed(2)} ms`;
  if (ms < 1000) return `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 100_000 ? 2 : 0)} s`;
}

export function formatMemory(mb) {
  if (mb === undefined) return '';
  return mb >= 1024 ? `${(mb / 1024).toFixed(2)} GB` : `${mb} MB`;
}

export function formatRatio(ratio) {
  if (ratio === undefined) return '';
  // Three decimals below 1, so a ratio just over a 0.3 bar does not print as 0.30.
  return `${ratio < 1 ? ratio.toFixed(3) : ratio.toFixed(2)}×`;
}

const COLUMNS = [
  ['size', (row) => row.size],
  ['row', (row) => row.label],
  ['knet', (row) => row.knetText ?? formatTime(row.knetMs)],
  ['peer', (row) => row.peerText ?? formatTime(row.peerMs)],
  ['knet/peer', (row) => formatRatio(row.ratio)],
  ['knet RSS', (row) => formatMemory(row.knetPeakMB)],
  ['peer RSS', (row) => formatMemory(row.peerPeakMB)],
  ['target', (row) => row.targets.map((target) => target.text).join('; ')],
  ['met', (row) => verdict(row.targets, row)],
  ['notes', (row) => row.notes.filter(Boolean).join('; ')],
];

/** The rows as an aligned Markdown table. */
export function formatTable(rows) {
  const cells = rows.map((row) => COLUMNS.map(([, cell]) => String(cell(row)).replaceAll('|', '/')));
  const widths = COLUMNS.map(([title], c) => Math.max(title.length, ...cells.map((line) => line[c].length)));
  const line = (values) => `| ${values.map((value, c) => value.padEnd(widths[c])).join(' | ')} |`;
  return [line(COLUMNS.map(([title]) => title)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
