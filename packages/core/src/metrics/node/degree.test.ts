// Degree, in/out degree and weighted degree against NetworkX (classic networks and the local-metrics fixture)
// and on a hand-built directed network whose values are counted by hand.
import { describe, expect, it } from 'vitest';
import { createNetwork } from '../../model/builder.js';
import { CLASSIC_NAMES, expectColumn, loadClassic } from '../../../test/helpers/classic.js';
import { LOCAL_NAMES, loadLocal } from '../../../test/helpers/local-metrics.js';
import { degree, inDegree, outDegree, weightedDegree } from './degree.js';

describe('degree', () => {
  it.each(CLASSIC_NAMES)('equals G.degree and G.degree(weight) on %s', (name) => {
    const { network, reference } = loadClassic(name);
    expectColumn(network, degree(network), (id) => reference.nodes[id].degree, 'degree');
    expectColumn(network, weightedDegree(network), (id) => reference.nodes[id].weighted_degree, 'weighted degree');
  });

  it.each(LOCAL_NAMES)('equals NetworkX with self-loops, repeats and isolates (%s)', (name) => {
    const { network, reference } = loadLocal(name);
    expectColumn(network, degree(network), (id) => reference.nodes.degree[id], 'degree');
    expectColumn(network, weightedDegree(network), (id) => reference.nodes.weighted_degree[id], 'weighted degree');
    if (network.directed) {
      expectColumn(network, inDegree(network), (id) => reference.nodes.in_degree[id], 'in degree');
      expectColumn(network, outDegree(network), (id) => reference.nodes.out_degree[id], 'out degree');
    }
  });

  it('counts distinct partners per direction, repeats merged and self-loops ignored (hand-counted)', () => {
    // a→b twice (weights 1 + 2 merge to 3), b→a (a returned tie: NetworkX's DiGraph counts it in both
    // directions), a→c 0.5, a→a 7 (ignored), d isolated.
    const network = createNetwork({
      directed: true,
      organisations: ['a', 'b', 'c', 'd'].map((id) => ({ id })),
      flows: [
        { source: 'a', target: 'b', weight: 1 },
        { source: 'a', target: 'b', weight: 2 },
        { source: 'b', target: 'a', weight: 4 },
        { source: 'a', target: 'c', weight: 0.5 },
        { source: 'a', target: 'a', weight: 7 },
      ],
    });
    expect(Array.from(outDegree(network))).toEqual([2, 1, 0, 0]);
    expect(Array.from(inDegree(network))).toEqual([1, 1, 1, 0]);
    expect(Array.from(degree(network))).toEqual([3, 2, 1, 0]);
    // a: out 3 + 0.5, in 4; b: out 4, in 3; c: in 0.5.
    expect(Array.from(weightedDegree(network))).toEqual([7.5, 7, 0.5, 0]);
  });

  it('reads an undirected network as one tie per pair', () => {
    const network = createNetwork({
      flows: [
        { source: 'a', target: 'b', weight: 2 },
        { source: 'b', target: 'a', weight: 1 },
        { source: 'b', target: 'b', weight: 9 },
      ],
    });
    expect(Array.from(degree(network))).toEqual([1, 1]);
    expect(Array.from(weightedDegree(network))).toEqual([3, 3]);
  });

  it('refuses in/out degree on an undirected network and anything that is not a Network', () => {
    const network = createNetwork({ flows: [{ source: 'a', target: 'b' }] });
    expect(() => inDegree(network)).toThrow(/knet: inDegree: the network is undirected/);
    expect(() => outDegree(network)).toThrow(/knet: outDegree/);
    expect(() => degree({} as never)).toThrow(/knet: degree: expected a Network/);
    expect(degree(createNetwork({ flows: [] }))).toHaveLength(0);
  });
});
