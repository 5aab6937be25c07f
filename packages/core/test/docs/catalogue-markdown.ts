// Renders the metric catalogue as the reference section of docs/metrics.md, so the docs and the code
// that computes and labels the metrics cannot drift (metrics-doc.test.ts compares; KNET_UPDATE_DOCS=1 writes).
import { METRIC_COLUMNS, NETWORK_FIGURES } from '../../src/metrics/catalogue.js';

export const START = '<!-- catalogue:start (generated from packages/core/src/metrics/catalogue.ts; do not edit by hand) -->';
export const END = '<!-- catalogue:end -->';

export function catalogueMarkdown(): string {
  const lines: string[] = ['## Organisation metrics (`knet metrics` columns)', ''];
  for (const column of METRIC_COLUMNS) {
    lines.push(`### \`${column.id}\`: ${column.label}`, '', column.description, '');
    lines.push(`- Formula: \`${column.formula}\``);
    lines.push(`- NetworkX: \`${column.networkx}\``);
    if (column.directedOnly) lines.push('- Directed networks only.');
    if (column.integer) lines.push('- A whole number.');
    if (column.emptyWhen) lines.push(`- Empty when ${column.emptyWhen}.`);
    lines.push('');
  }
  lines.push('## Network figures (`knet summary`)', '');
  for (const figure of NETWORK_FIGURES) {
    lines.push(`### ${figure.label} (\`${figure.id}\`)`, '', figure.description, '');
    lines.push(`- Formula: \`${figure.formula}\``);
    lines.push(`- NetworkX: \`${figure.networkx}\``, '');
  }
  return lines.join('\n');
}
