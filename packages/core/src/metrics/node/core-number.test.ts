// Core number against NetworkX (classic networks, the local-metrics fixture, directed included), hand-derived
// directed cases, and on random networks against the definition: repeated peeling of the k-cores.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNetwork } from '../../model/builder.js';
import { CLASSIC_NAMES, expectColumn, loadClassic } from '../../../test/helpers/classic.js';
import { LOCAL_NAMES, loadLocal } from '../../../test/helpers/local-metrics.js';
import { networkOf, randomGraph } from '../../../test/helpers/random-graphs.js';
import { coreNumber } from './core-number.js';

describe('coreNumber', () => {
  it.each(CLASSIC_NAMES)('equals nx.core_number on %s', (name) => {
    const { network, reference } = loadClassic(name);
    expectColumn(network, coreNumber(network), (id) => reference.nodes[id].core_number, 'core number');
  });

  it.each(LOCAL_NAMES)('equals nx.core_number after removing self-loops (%s)', (name) => {
    const { network, reference } = loadLocal(name);
    expectColumn(network, coreNumber(network), (id) => reference.nodes.core_number[id], 'core number');
  });

  it('counts in + out ties when directed, as NetworkX (hand-derived)', () => {
    // NetworkX's core_number uses G.degree (in + out) and predecessors + successors, so a returned tie counts
    // twice. a⇄b, b→c, c→a, d→a, e isolated (a self-loop e→e is ignored):
    // degrees a 4, b 3, c 2, d 1, e 0. Peeling: e (0) then d (1, lowering a to 3), then c at 2 lowers a to 2 and
    // b to 2; a and b then each have 2 ties left (a⇄b both ways), so a, b, c are in the 2-core, d 1, e 0.
    const network = createNetwork({
      directed: true,
      organisations: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id })),
      flows: [['a', 'b'], ['b', 'a'], ['b', 'c'], ['c', 'a'], ['d', 'a'], ['e', 'e']].map(([source, target]) => ({ source, target })),
    });
    expect(Array.from(coreNumber(network))).toEqual([2, 2, 2, 1, 0]);
    // Undirected, the same flows make a triangle a–b–c (2-core) with d hanging off a.
    const undirected = createNetwork({
      organisations: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id })),
      flows: [['a', 'b'], ['b', 'a'], ['b', 'c'], ['c', 'a'], ['d', 'a'], ['e', 'e']].map(([source, target]) => ({ source, target })),
    });
    expect(Array.from(coreNumber(undirected))).toEqual([2, 2, 2, 1, 0]);
    // A returned tie alone: each end has degree 2 and keeps it, so both are in the 2-core.
    const pair = createNetwork({ directed: true, flows: [{ source: 'a', target: 'b' }, { source: 'b', target: 'a' }] });
    expect(Array.from(coreNumber(pair))).toEqual([2, 2]);
  });

  it('equals the largest k whose k-core holds the organisation, on random networks', () => {
    fc.assert(
      fc.property(randomGraph(), (graph) => {
        // Multiplicity per unordered pair: 1 undirected; directed, one per direction present (NetworkX's degree).
        const arcs = new Set<string>();
        for (const [s, t] of graph.flows) if (s !== t) arcs.add(graph.directed ? `${s},${t}` : `${Math.min(s, t)},${Math.max(s, t)}`);
        const ties = [...arcs].map((key) => key.split(',').map(Number));
        const expected = new Array<number>(graph.n).fill(0);
        for (let k = 1; ; k++) {
          const alive = new Array<boolean>(graph.n).fill(true);
          for (let changed = true; changed; ) {
            changed = false;
            const degree = new Array<number>(graph.n).fill(0);
            for (const [s, t] of ties) if (alive[s] && alive[t]) degree[s]++, degree[t]++;
            for (let v = 0; v < graph.n; v++) if (alive[v] && degree[v] < k) (alive[v] = false), (changed = true);
          }
          if (!alive.some(Boolean)) break;
          alive.forEach((inside, v) => inside && (expected[v] = k));
        }
        const ours = coreNumber(networkOf(graph));
        return expected.every((value, v) => ours[v] === value);
      }),
      { numRuns: 300 },
    );
  });

  it('handles the empty network and refuses what is not a Network', () => {
    expect(coreNumber(createNetwork({ flows: [] }))).toHaveLength(0);
    expect(() => coreNumber([] as never)).toThrow(/knet: coreNumber: expected a Network/);
  });
});
