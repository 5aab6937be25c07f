// Louvain communities: modularity against NetworkX's Louvain on the classic networks (SPEC: at least 97%),
// graphology-metrics' modularity of the same partition, determinism, restarts, labelling and direction.
import modularityExport from 'graphology-metrics/graph/modularity.js';
import { describe, expect, it } from 'vitest';
import { createNetwork } from '../../model/builder.js';
import { CLASSIC_NAMES, loadClassic } from '../../../test/helpers/classic.js';
import { loadLocal } from '../../../test/helpers/local-metrics.js';
import { communities } from './community.js';

// CommonJS under NodeNext: the default import is the function itself.
const graphologyModularity = modularityExport as unknown as typeof modularityExport.default;

function referenceModularity(name: string): number {
  const { reference } = loadClassic(name);
  return (reference.graph as unknown as { louvain_modularity_reference: number }).louvain_modularity_reference;
}

describe('communities', () => {
  it.each(CLASSIC_NAMES)('reaches at least 97%% of NetworkX Louvain’s modularity on %s', (name) => {
    const { network } = loadClassic(name);
    const result = communities(network);
    expect(result.modularity).toBeGreaterThanOrEqual(0.97 * referenceModularity(name));
    // The modularity reported is that of the partition returned, as graphology-metrics computes it.
    const graph = network.toGraph();
    const theirs = graphologyModularity(graph, {
      getNodeCommunity: (node: string) => result.community[network.indexOf(node)],
      getEdgeWeight: 'weight',
    });
    expect(result.modularity).toBeCloseTo(theirs, 12);
    expect(result.count).toBe(new Set(result.community).size);
  });

  it('gives the same communities run after run, and never less modularity with more restarts', () => {
    const { network } = loadClassic('lesmis');
    const first = communities(network, { seed: 7 });
    const again = communities(loadClassic('lesmis').network, { seed: 7 });
    expect(Array.from(again.community)).toEqual(Array.from(first.community));
    expect(again.modularity).toBe(first.modularity);
    let previous = Number.NEGATIVE_INFINITY;
    for (let restarts = 1; restarts <= 8; restarts++) {
      const { modularity } = communities(network, { restarts, seed: 3 });
      expect(modularity).toBeGreaterThanOrEqual(previous);
      previous = modularity;
    }
  });

  it('numbers communities largest first, ties by first organisation, isolates alone', () => {
    // Two triangles, the second one listed first, and two isolated organisations: each triangle is a community
    // (Q = 2 (3/6 − (6/12)²) = 0.5). Sizes 3, 3, 1, 1: ties go to the community whose first organisation comes first.
    const network = createNetwork({
      organisations: ['g', 'd', 'a', 'h', 'e', 'b', 'f', 'c'].map((id) => ({ id })),
      flows: [['a', 'b'], ['b', 'c'], ['c', 'a'], ['d', 'e'], ['e', 'f'], ['f', 'd']].map(([source, target]) => ({ source, target })),
    });
    const result = communities(network);
    const of = (id: string) => result.community[network.indexOf(id)];
    expect([of('d'), of('e'), of('f')]).toEqual([0, 0, 0]); // d is organisation 1, a is 2
    expect([of('a'), of('b'), of('c')]).toEqual([1, 1, 1]);
    expect([of('g'), of('h')]).toEqual([2, 3]);
    expect(result.count).toBe(4);
    expect(result.modularity).toBeCloseTo(0.5, 12);
  });

  it('ignores direction, adding reciprocal weights', () => {
    // The directed fixture and the undirected network of the same flows have the same mutual weights.
    const { network, reference } = loadLocal('directed');
    const undirected = createNetwork({
      organisations: reference.organisations.map((id) => ({ id })),
      flows: reference.flows.map(([source, target, weight]) => ({ source, target, weight })),
    });
    const a = communities(network);
    const b = communities(undirected);
    expect(Array.from(a.community)).toEqual(Array.from(b.community));
    expect(a.modularity).toBe(b.modularity);
  });

  it('leaves every organisation alone in a network without ties', () => {
    const network = createNetwork({ organisations: [{ id: 'x' }, { id: 'y' }], flows: [{ source: 'x', target: 'x' }] });
    const result = communities(network);
    expect(Array.from(result.community)).toEqual([0, 1]);
    expect(result.count).toBe(2);
    expect(result.modularity).toBeNaN();
    expect(communities(createNetwork({ flows: [] })).count).toBe(0);
  });

  it('validates its options', () => {
    const network = createNetwork({ flows: [{ source: 'a', target: 'b' }] });
    expect(() => communities(network, { restarts: 0 })).toThrow(/knet: communities: restarts must be a whole number, 1 or more/);
    expect(() => communities(network, { seed: Number.NaN })).toThrow(/knet: communities: seed must be a number/);
  });
});
