// The few @knet/core functions the dashboard needs that are still being written in parallel (the readers,
// the full metrics report, writers). Each is taken from core when core exports it, else from a stand-in here;
// once core has them all this file shrinks to plain re-exports.
import * as core from '@knet/core';
import type { InputWarning, MetricColumnId, MetricsReport, Network, PathMetrics } from '@knet/core';
import { fallbackReadCsv } from './fallback-csv.js';
import { fallbackReport } from './fallback-metrics.js';

type Source = { name: string; content: string | Uint8Array | ArrayBuffer | Blob };

/** The planned shapes (notes/api-plan.md) of what has not landed yet. */
interface Planned {
  readNetwork(sources: { nodes?: Source; edges?: Source; file?: Source; directed?: boolean }): Promise<{ network: Network; warnings: InputWarning[]; format: string }>;
  metricsReport(network: Network, options: { horizon: number; paths?: PathMetrics; onProgress?: (p: { stage: string; done: number; total: number }) => void }): MetricsReport;
  writeGexf(network: Network, options?: unknown): string;
  csvCell(value: unknown): string;
}

// A namespace object read through a record: the bundler cannot complain about names not exported yet.
const available = core as unknown as Partial<Planned>;

export function coreHas(name: keyof Planned): boolean {
  return typeof available[name] === 'function';
}

export async function readNetwork(sources: { nodes?: Source; edges?: Source; file?: Source; directed?: boolean }) {
  if (available.readNetwork) return available.readNetwork(sources);
  if (sources.file) {
    throw new core.KnetInputError('bad-format', { file: sources.file.name }, 'GEXF, GraphML and JSON files need the knet readers, which are not in this build yet; use nodes.csv + edges.csv');
  }
  return fallbackReadCsv(await asText(sources.nodes), await asText(sources.edges), sources.directed ?? false);
}

export function metricsReport(
  network: Network,
  options: { horizon: number; paths?: PathMetrics; onProgress?: (p: { stage: string; done: number; total: number }) => void },
): { report: MetricsReport; missing: MetricColumnId[] } {
  if (available.metricsReport) return { report: available.metricsReport(network, options), missing: [] };
  return fallbackReport(network, options);
}

export function writeGexf(network: Network): string {
  if (!available.writeGexf) throw new Error('GEXF export needs the knet writers, which are not in this build yet');
  return available.writeGexf(network);
}

async function asText(source: Source | undefined): Promise<{ name: string; text: string } | undefined> {
  if (!source) return undefined;
  const { content } = source;
  if (typeof content === 'string') return { name: source.name, text: content };
  if (content instanceof Blob) return { name: source.name, text: await content.text() };
  return { name: source.name, text: new TextDecoder().decode(content) };
}
