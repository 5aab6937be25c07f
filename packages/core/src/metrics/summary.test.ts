// summarise: SPEC section 5 figures against NetworkX (classic networks and the split CLI fixture), the E-I
// index against a count over the flows written here, and the Louvain modularity against NetworkX's.
import { describe, expect, it } from 'vitest';
import { CLASSIC_NAMES, CLI_FIXTURE_DIR, loadClassic, loadCliReference, loadCsvFolder } from '../../test/helpers/classic.js';
import { createNetwork } from '../model/builder.js';
import { metricsReport } from './report.js';
import { summarise } from './summary.js';

const close = (actual: number, expected: number, what: string) =>
  expect(Math.abs(actual - expected), `${what}: got ${actual}, NetworkX ${expected}`).toBeLessThanOrEqual(1e-6 * (1 + Math.abs(expected)));

describe('summarise', () => {
  it.each(CLASSIC_NAMES)('agrees with NetworkX on %s', (name) => {
    const { network, reference } = loadClassic(name);
    const graph = reference.graph as typeof reference.graph & Record<string, number>;
    const summary = summarise(network, metricsReport(network));
    expect(summary.organisations).toBe(graph.n);
    expect(summary.ties).toBe(graph.m);
    close(summary.density, graph.density, 'density');
    close(summary.averageClustering, graph.average_clustering, 'average clustering');
    expect(summary.components.count).toBe(graph.components);
    // SPEC section 4: the best of 8 Louvain runs reaches at least 98.8% of NetworkX's modularity.
    expect(summary.communities.modularity).toBeGreaterThanOrEqual(0.988 * graph.louvain_modularity_reference);
  });

  it('on a split network: groups, isolates, fragmentation, distance within groups, median reach', () => {
    const network = loadCsvFolder(CLI_FIXTURE_DIR);
    const expected = loadCliReference().summary;
    const summary = summarise(network, metricsReport(network));
    expect(summary.components).toEqual({ count: 3, largest: 10, largestShare: 10 / 13 });
    expect(summary.isolates).toBe(expected.isolates);
    close(summary.fragmentation, expected.fragmentation, 'fragmentation');
    close(summary.averageShortestPath, expected.average_shortest_path, 'average distance');
    close(summary.medianReach, expected.median_reach, 'median reach');
    expect(summary.pioneers).toBe(0); // the helper loader reads ids and labels only
  });

  it('gives the E-I index by type, sector and region, overall and per group, as counted by hand', () => {
    const organisations = [
      { id: 'a', sector: 'health', type: 'council' },
      { id: 'b', sector: 'health', type: 'charity' },
      { id: 'c', sector: 'housing', type: 'charity' },
      { id: 'd', sector: 'housing', type: 'charity' },
      { id: 'e', sector: '', type: 'mutual' },
    ];
    const flows = [['a', 'b'], ['b', 'c'], ['c', 'd'], ['a', 'c'], ['d', 'e'], ['a', 'b']].map(([source, target]) => ({ source, target }));
    const network = createNetwork({ organisations, flows });
    const summary = summarise(network, metricsReport(network));
    expect(summary.ei.map((ei) => ei.attribute)).toEqual(['type', 'sector', 'region']);
    const sector = summary.ei[1];
    // Ties (repeat merged): a-b in, b-c across, c-d in, a-c across; d-e left out (e has no sector).
    expect(sector).toMatchObject({ internal: 2, external: 2, overall: 0, unassigned: { organisations: 1, ties: 1 } });
    const health = sector.groups.find((group) => group.group === 'health')!;
    expect(health).toMatchObject({ organisations: 2, internal: 1, external: 2 });
    close(health.ei, 1 / 3, 'E-I of health');
    const type = summary.ei[0];
    // Types: a-b across, b-c in, c-d in, a-c across, d-e across.
    expect(type).toMatchObject({ internal: 2, external: 3 });
    close(type.overall, 1 / 5, 'E-I by type');
    expect(summary.ei[2].groups).toHaveLength(0);
  });

  it('refuses a report made for another network', () => {
    const one = createNetwork({ flows: [{ source: 'a', target: 'b' }] });
    const two = createNetwork({ flows: [{ source: 'a', target: 'b' }] });
    expect(() => summarise(one, metricsReport(two))).toThrow(/knet: summarise: the metrics report must be the one/);
  });
});
