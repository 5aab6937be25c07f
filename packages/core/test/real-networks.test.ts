// The two networks published by others (test/fixtures/real), read exactly as published and measured: knet's
// metrics report equals an independent computation on a graphology graph built from csv-parse's rows of the
// same files (self-loops dropped, repeated pairs merged with weights summed, as SPEC section 4 says).
// graphology-metrics is the reference where it implements NetworkX's definition: betweenness (hop counts),
// closeness (Wasserman–Faust; inbound distances when directed, as NetworkX), PageRank
// (tolerance tightened so both sit at the fixed point); degrees and reach are counted here by plain BFS; and
// communities are compared with graphology-communities-louvain by modularity.
import { parse } from 'csv-parse/sync';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import betweennessExport from 'graphology-metrics/centrality/betweenness.js';
import closenessExport from 'graphology-metrics/centrality/closeness.js';
import louvainExport from 'graphology-communities-louvain';
import pagerankExport from 'graphology-metrics/centrality/pagerank.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readNetworkFiles } from '../src/io/files.js';
import { type MetricsReport, reportColumn } from '../src/metrics/report-types.js';
import { communities } from '../src/metrics/node/community.js';
import { modularity } from '../src/metrics/network/modularity.js';
import { metricsReport } from '../src/metrics/report.js';
import { seededRandom } from '../src/engine/random.js';
import type { Network } from '../src/model/network.js';

// CommonJS modules: under NodeNext the default import is the function itself.
const betweennessOf = betweennessExport as unknown as typeof betweennessExport.default;
const closenessOf = closenessExport as unknown as typeof closenessExport.default;
const pagerankOf = pagerankExport as unknown as typeof pagerankExport.default;
const graphologyLouvain = louvainExport as unknown as typeof louvainExport.default;

const REAL = fileURLToPath(new URL('../../../test/fixtures/real/', import.meta.url));

type AnyGraph = UndirectedGraph | DirectedGraph;

/** A graphology graph from the raw rows: self-loops dropped, repeated pairs merged, weights summed. */
function referenceGraph(path: string, delimiter: string, directed: boolean, columns: { weight?: number } = {}): AnyGraph {
  const rows = (parse(readFileSync(path), { delimiter, bom: true, skip_empty_lines: true }) as string[][]).slice(1);
  const graph = directed ? new DirectedGraph() : new UndirectedGraph();
  for (const row of rows) {
    const [source, target] = row;
    graph.mergeNode(source);
    graph.mergeNode(target);
    if (source === target) continue;
    const weight = columns.weight === undefined ? 1 : Number(row[columns.weight]);
    graph.updateEdge(source, target, (attributes) => ({ weight: (attributes.weight ?? 0) + weight }));
  }
  return graph;
}

/** Share of the other nodes within `horizon` steps (following direction), by BFS on the reference graph. */
function reachOf(graph: AnyGraph, horizon: number): Record<string, number> {
  const result: Record<string, number> = {};
  const n = graph.order;
  graph.forEachNode((start) => {
    const steps = new Map([[start, 0]]);
    const queue = [start];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head];
      const step = steps.get(node)!;
      if (step === horizon) continue;
      const next = graph.type === 'directed' ? graph.outNeighbors(node) : graph.neighbors(node);
      for (const neighbour of next) {
        if (steps.has(neighbour)) continue;
        steps.set(neighbour, step + 1);
        queue.push(neighbour);
      }
    }
    result[start] = n > 1 ? (steps.size - 1) / (n - 1) : 0;
  });
  return result;
}

function expectAgreement(network: Network, ours: Float64Array, reference: Record<string, number>, tolerance: (v: number) => number, what: string): void {
  expect(Object.keys(reference).length, what).toBe(network.order);
  let worst = 0;
  network.organisations.forEach((organisation, i) => {
    const expected = reference[organisation.id];
    expect(expected, `${what}: no reference value for ${organisation.id}`).toBeTypeOf('number');
    const difference = Math.abs(ours[i] - expected);
    if (!(difference <= tolerance(expected))) expect.fail(`${what} of ${organisation.id}: knet ${ours[i]}, reference ${expected}`);
    worst = Math.max(worst, difference);
  });
  expect(worst).toBeLessThan(1e-6);
}

const exact = (v: number) => 1e-6 * (1 + Math.abs(v));

/**
 * Betweenness (hop counts), closeness, reach (horizon 2) and PageRank against the reference graph. NetworkX's
 * directed closeness counts distances *to* the organisation; graphology-metrics' closeness walks inbound
 * neighbourhoods, the same definition.
 */
function expectPathsAndRank(network: Network, report: MetricsReport, graph: AnyGraph): void {
  expectAgreement(network, reportColumn(report, 'betweenness'), betweennessOf(graph, { getEdgeWeight: null, normalized: true }), exact, 'betweenness');
  expectAgreement(network, reportColumn(report, 'closeness'), closenessOf(graph, { wassermanFaust: true }), exact, 'closeness');
  expectAgreement(network, reportColumn(report, 'reach'), reachOf(graph, 2), exact, 'reach');
  const rank = pagerankOf(graph, { alpha: 0.85, getEdgeWeight: 'weight', tolerance: 1e-14, maxIterations: 10_000 });
  expectAgreement(network, reportColumn(report, 'pagerank'), rank, () => 1e-6, 'pagerank');
}

describe('icic (3,203 people, Gephi columns, weighted, undirected), measured as published', () => {
  it('every path, degree and PageRank column equals the independent computation', async () => {
    const { network } = await readNetworkFiles({ nodes: join(REAL, 'icic/nodes.csv'), edges: join(REAL, 'icic/edges.csv') });
    const graph = referenceGraph(join(REAL, 'icic/edges.csv'), ',', false, { weight: 3 });
    // Organisations in nodes.csv that no tie names are still organisations (isolates).
    network.organisations.forEach((organisation) => graph.mergeNode(organisation.id));
    const report = metricsReport(network, { horizon: 2 });

    const degrees: Record<string, number> = {};
    const strengths: Record<string, number> = {};
    graph.forEachNode((node) => {
      degrees[node] = graph.degree(node);
      strengths[node] = graph.reduceEdges(node, (sum, _edge, attributes) => sum + attributes.weight, 0);
    });
    expectAgreement(network, reportColumn(report, 'degree'), degrees, exact, 'degree');
    expectAgreement(network, reportColumn(report, 'weighted_degree'), strengths, exact, 'weighted_degree');
    expectPathsAndRank(network, report, graph);
  }, 180_000);

  it('finds communities at least as modular as graphology-communities-louvain’s best of 8', async () => {
    const { network } = await readNetworkFiles({ nodes: join(REAL, 'icic/nodes.csv'), edges: join(REAL, 'icic/edges.csv') });
    const graph = network.toGraph();
    let theirs = Number.NEGATIVE_INFINITY;
    for (let run = 0; run < 8; run++) {
      const mapping = graphologyLouvain(graph, { getEdgeWeight: 'weight', resolution: 1, rng: seededRandom(run + 1) });
      theirs = Math.max(theirs, modularity(network, Int32Array.from(network.organisations, (o) => mapping[o.id])));
    }
    const ours = communities(network);
    expect(ours.modularity).toBeGreaterThanOrEqual(theirs);
    expect(modularity(network, ours.community)).toBeCloseTo(ours.modularity, 12);
  });
});

describe('nfdi (German research-data consortia, directed from/to lists), measured as published', () => {
  for (const [year, delimiter] of [['2019', ';'], ['2020', ';'], ['2021', ',']] as const) {
    it(`${year}: directed betweenness, closeness (incoming), reach and PageRank equal the independent computation`, async () => {
      const path = join(REAL, `nfdi/edges-${year}.csv`);
      const { network } = await readNetworkFiles({ edges: path, directed: true });
      const graph = referenceGraph(path, delimiter, true) as DirectedGraph;
      const report = metricsReport(network, { horizon: 2 });

      const inDegrees: Record<string, number> = {};
      const outDegrees: Record<string, number> = {};
      graph.forEachNode((node) => {
        inDegrees[node] = graph.inDegree(node);
        outDegrees[node] = graph.outDegree(node);
      });
      expectAgreement(network, reportColumn(report, 'in_degree'), inDegrees, exact, 'in_degree');
      expectAgreement(network, reportColumn(report, 'out_degree'), outDegrees, exact, 'out_degree');
      expectPathsAndRank(network, report, graph);
    });
  }
});

