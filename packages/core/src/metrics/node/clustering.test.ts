// Clustering against NetworkX (classic networks, the local-metrics fixture: directed read as undirected),
// a hand-counted case, and on random networks against brute-force counting of linked partner pairs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNetwork } from '../../model/builder.js';
import { CLASSIC_NAMES, expectColumn, loadClassic } from '../../../test/helpers/classic.js';
import { LOCAL_NAMES, loadLocal } from '../../../test/helpers/local-metrics.js';
import { networkOf, randomGraph } from '../../../test/helpers/random-graphs.js';
import { clustering } from './clustering.js';

describe('clustering', () => {
  it.each(CLASSIC_NAMES)('equals nx.clustering on %s', (name) => {
    const { network, reference } = loadClassic(name);
    expectColumn(network, clustering(network), (id) => reference.nodes[id].clustering, 'clustering');
  });

  it.each(LOCAL_NAMES)('equals nx.clustering(G.to_undirected()) on the %s fixture', (name) => {
    const { network, reference } = loadLocal(name);
    expectColumn(network, clustering(network), (id) => reference.nodes.clustering[id], 'clustering');
  });

  it('counts a returned directed tie once (hand-counted)', () => {
    // a→b, b→a, b→c, c→a, a→d, a→a: undirected, a has partners b, c, d (3 pairs) of which b–c are linked:
    // 1/3. b: partners a, c, linked: 1. c: same, 1. d: one partner, 0. e: isolated, 0.
    const network = createNetwork({
      directed: true,
      organisations: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id })),
      flows: [['a', 'b'], ['b', 'a'], ['b', 'c'], ['c', 'a'], ['a', 'd'], ['a', 'a']].map(([source, target]) => ({ source, target })),
    });
    expect(Array.from(clustering(network))).toEqual([1 / 3, 1, 1, 0, 0]);
  });

  it('equals the share of linked partner pairs on random networks', () => {
    fc.assert(
      fc.property(randomGraph(), (graph) => {
        const linked = Array.from({ length: graph.n }, () => new Set<number>());
        for (const [s, t] of graph.flows) if (s !== t) linked[s].add(t), linked[t].add(s);
        const expected = linked.map((partners) => {
          const list = [...partners];
          if (list.length < 2) return 0;
          let closed = 0;
          for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) if (linked[list[i]].has(list[j])) closed++;
          return closed / ((list.length * (list.length - 1)) / 2);
        });
        const ours = clustering(networkOf(graph));
        return expected.every((value, v) => Math.abs(value - ours[v]) < 1e-12);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses what is not a Network', () => {
    expect(() => clustering(undefined as never)).toThrow(/knet: clustering: expected a Network/);
  });
});
