// Effective size against NetworkX (classic networks, the local-metrics fixture), the hand-derived directed
// case, and on random unweighted undirected networks against Borgatti's simplified formula n − 2t/n.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNetwork } from '../../model/builder.js';
import { CLASSIC_NAMES, expectColumn, loadClassic } from '../../../test/helpers/classic.js';
import { burtTriangle, LOCAL_NAMES, loadLocal } from '../../../test/helpers/local-metrics.js';
import { randomGraph } from '../../../test/helpers/random-graphs.js';
import { effectiveSize } from './effective-size.js';

describe('effectiveSize', () => {
  it.each(CLASSIC_NAMES)('equals nx.effective_size(G, nodes=list(G), weight=weight) on %s', (name) => {
    const { network, reference } = loadClassic(name);
    expectColumn(network, effectiveSize(network), (id) => reference.nodes[id].effective_size, 'effective size');
  });

  it.each(LOCAL_NAMES)('equals NetworkX’s per-node path on the %s fixture, sinks aside', (name) => {
    const { network, reference } = loadLocal(name);
    const ours = effectiveSize(network);
    const sinks = network.organisations.filter((organisation, v) => reference.nodes.effective_size[organisation.id] === null && reference.nodes.degree[organisation.id]! > 0 && !Number.isNaN(ours[v]));
    // NetworkX's per-node path tests "no ties" on successors only, so it leaves an organisation that only receives
    // flows empty; SPEC section 4 defines the value over in ∪ out partners ("empty for no ties"), as knet does.
    expect(sinks.length).toBe(network.directed ? 1 : 0);
    expectColumn(network, ours, (id) => (sinks.some((sink) => sink.id === id) ? ours[network.indexOf(id)] : reference.nodes.effective_size[id]), 'effective size');
  });

  it('follows Burt’s weighted formula over mutual weights (hand-derived)', () => {
    // Mutual weights w(a,b) = 2, w(a,c) = 1, w(b,c) = 1; m_jq = w(j,q) / max_k w(j,k).
    // ES_a = [1 − p_ac m_bc] + [1 − p_ab m_cb] = (1 − 1/3 · 1/2) + (1 − 2/3 · 1) = 7/6.
    // ES_b = [1 − p_bc m_ac] + [1 − p_ba m_ca] = (1 − 1/3 · 1/2) + (1 − 2/3 · 1) = 7/6 (b only receives).
    // ES_c = [1 − p_cb m_ab] + [1 − p_ca m_ba] = (1 − 1/2) + (1 − 1/2) = 1. d has no ties: empty.
    const values = Array.from(effectiveSize(burtTriangle()));
    expect(values.slice(0, 3)).toEqual([7 / 6, 7 / 6, 1].map((x) => expect.closeTo(x, 12)));
    expect(values[3]).toBeNaN();
  });

  it('equals Borgatti’s n − 2t/n on random unweighted undirected networks', () => {
    // For unweighted undirected ties, Burt's formula reduces to the ego network's size n less 2t/n, t the ties
    // among its partners (Borgatti 1997): what NetworkX computes when no weight is given.
    fc.assert(
      fc.property(randomGraph(), (graph) => {
        const linked = Array.from({ length: graph.n }, () => new Set<number>());
        for (const [s, t] of graph.flows) if (s !== t) linked[s].add(t), linked[t].add(s);
        const ours = effectiveSize(createNetwork({
          organisations: Array.from({ length: graph.n }, (_, i) => ({ id: `o${i}` })),
          // Each pair once: repeated flows would sum to weight 2 and the ties would no longer be unweighted.
          flows: linked.flatMap((partners, s) => [...partners].filter((t) => t > s).map((t) => ({ source: `o${s}`, target: `o${t}` }))),
        }));
        return linked.every((partners, v) => {
          const list = [...partners];
          if (list.length === 0) return Number.isNaN(ours[v]);
          let t = 0;
          for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) if (linked[list[i]].has(list[j])) t++;
          return Math.abs(ours[v] - (list.length - (2 * t) / list.length)) < 1e-9;
        });
      }),
      { numRuns: 300 },
    );
  });
});
