// Betweenness against NetworkX (classic networks, hand-derived directed cases) and, on random graphs,
// against graphology-metrics' Brandes (getEdgeWeight: null) as an independent implementation.
import fc from 'fast-check';
import betweennessExport from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';
import { createNetwork } from '../../model/builder.js';
import { cycleWithTail } from '../../../test/helpers/path-cases.js';
import { CLASSIC_NAMES, expectColumn, loadClassic } from '../../../test/helpers/classic.js';
import { close, graphologyOf, idOf, networkOf, randomGraph } from '../../../test/helpers/random-graphs.js';
import { betweenness } from './betweenness.js';

// The .d.ts declares `export default`, but the file is CommonJS (module.exports = the function): under
// NodeNext the default import is the function itself.
const betweennessCentrality = betweennessExport as unknown as typeof betweennessExport.default;

describe('betweenness', () => {
  it.each(CLASSIC_NAMES)('equals nx.betweenness_centrality on %s', (name) => {
    const { network, reference } = loadClassic(name);
    expectColumn(network, betweenness(network), (id) => reference.nodes[id].betweenness, 'betweenness');
  });

  it('counts directed shortest paths through each organisation (hand-derived)', () => {
    // Shortest paths with an inner organisation: a→c via b; a→d via b, c; b→a via c; b→d via c; c→b via a.
    // So raw counts a 1, b 2, c 3; NetworkX scales directed by 1/((n−1)(n−2)) = 1/30 with n = 7 (the isolate
    // g and the pair e→f count in n). Self-loops and the repeated a→b change nothing.
    const network = cycleWithTail(true);
    expect(Array.from(betweenness(network))).toEqual([1 / 30, 2 / 30, 3 / 30, 0, 0, 0, 0].map((x) => expect.closeTo(x, 12)));
  });

  it('counts each undirected pair from both ends (hand-derived)', () => {
    // Undirected, only a–d and b–d pass through an organisation (c). Each unordered pair is counted twice
    // before the 1/((n−1)(n−2)) scale: 2·2/30.
    const network = cycleWithTail(false);
    expect(Array.from(betweenness(network))).toEqual([0, 0, 4 / 30, 0, 0, 0, 0].map((x) => expect.closeTo(x, 12)));
  });

  it('splits a pair between equally short routes', () => {
    // s→a→t and s→b→t: each of a and b is on half of the s→t shortest paths; scale 1/(3·2).
    const network = createNetwork({
      directed: true,
      flows: [['s', 'a'], ['s', 'b'], ['a', 't'], ['b', 't']].map(([source, target]) => ({ source, target })),
    });
    expect(Array.from(betweenness(network))).toEqual([0, 1 / 12, 1 / 12, 0].map((x) => expect.closeTo(x, 12)));
  });

  it('is zero for networks of one or two organisations, and empty for none', () => {
    expect(Array.from(betweenness(createNetwork({ organisations: [{ id: 'x' }], flows: [] })))).toEqual([0]);
    expect(Array.from(betweenness(createNetwork({ flows: [{ source: 'x', target: 'y' }] })))).toEqual([0, 0]);
    expect(betweenness(createNetwork({ flows: [] }))).toHaveLength(0);
  });

  it('agrees with graphology-metrics on random graphs', () => {
    fc.assert(
      fc.property(randomGraph(), (graph) => {
        const ours = betweenness(networkOf(graph));
        const theirs = betweennessCentrality(graphologyOf(graph), { getEdgeWeight: null, normalized: true });
        return ours.every((value, i) => close(value, theirs[idOf(i)]));
      }),
      { numRuns: 300 },
    );
  });

  it('with every organisation sampled, is the exact value', () => {
    const { network } = loadClassic('lesmis');
    expect(betweenness(network, { sampleSources: network.order })).toEqual(betweenness(network));
  });

  it('estimates from sampled sources with NetworkX 3.5+ scaling', () => {
    // With k sources, nx rescales sampled organisations by 1/((k−1)(n−2)) and the rest by 1/(k(n−2)).
    // The estimate is unbiased, so over a large sample it lands near the exact value.
    const { network } = loadClassic('lesmis');
    const exact = betweenness(network);
    const estimate = betweenness(network, { sampleSources: 60, seed: 7 });
    const again = betweenness(network, { sampleSources: 60, seed: 7 });
    expect(estimate).toEqual(again);
    const error = exact.reduce((sum, value, v) => sum + Math.abs(value - estimate[v]), 0) / network.order;
    expect(error).toBeLessThan(0.01);
    expect(estimate).not.toEqual(exact);
  });

  it('refuses what is not a network and bad options, naming knet', () => {
    expect(() => betweenness({} as never)).toThrow(/knet: betweenness: expected a Network/);
    const network = cycleWithTail(true);
    expect(() => betweenness(network, { sampleSources: 1 })).toThrow(/knet: betweenness: sampleSources/);
    expect(() => betweenness(network, { sampleSources: 2.5 })).toThrow(/sampleSources/);
    expect(() => betweenness(network, { seed: Number.NaN })).toThrow(/seed/);
  });
});
