// Modularity of a partition against NetworkX (the local-metrics fixture, directed with reciprocal weights
// added), graphology-metrics on the classic networks, and a hand-computed case.
import modularityExport from 'graphology-metrics/graph/modularity.js';
import { describe, expect, it } from 'vitest';
import { createNetwork } from '../../model/builder.js';
import { CLASSIC_NAMES, loadClassic } from '../../../test/helpers/classic.js';
import { LOCAL_NAMES, loadLocal } from '../../../test/helpers/local-metrics.js';
import { modularity } from './modularity.js';

// CommonJS under NodeNext: the default import is the function itself.
const graphologyModularity = modularityExport as unknown as typeof modularityExport.default;

describe('modularity', () => {
  it.each(LOCAL_NAMES)('equals nx.community.modularity(U, groups, weight=weight) on the %s fixture', (name) => {
    const { network, reference } = loadLocal(name);
    const partition = network.organisations.map((organisation) => reference.graph.partition[organisation.id]);
    expect(modularity(network, partition)).toBeCloseTo(reference.graph.modularity, 12);
  });

  it.each(CLASSIC_NAMES)('equals graphology-metrics’ weighted modularity on %s (groups: organisation number mod 4)', (name) => {
    const { network } = loadClassic(name);
    const partition = network.organisations.map((_, v) => (v * 7) % 4);
    const theirs = graphologyModularity(network.toGraph(), {
      getNodeCommunity: (node: string) => partition[network.indexOf(node)],
      getEdgeWeight: 'weight',
    });
    expect(modularity(network, partition)).toBeCloseTo(theirs, 12);
  });

  it('follows Q = Σ_c (L_c/m − γ (d_c/2m)²) (hand-computed)', () => {
    // Triangles a–b–c and d–e–f joined by c–d, all weight 1; m = 7. Groups {a,b,c}, {d,e,f}:
    // L = 3 each, d = 7 each: Q = 2 (3/7 − (7/14)²) = 6/7 − 1/2 = 5/14. With γ = 2: 6/7 − 1 = −1/7.
    const network = createNetwork({
      flows: [['a', 'b'], ['b', 'c'], ['c', 'a'], ['d', 'e'], ['e', 'f'], ['f', 'd'], ['c', 'd']].map(([source, target]) => ({ source, target })),
    });
    const groups = [10, 10, 10, -3, -3, -3]; // any whole numbers name groups
    expect(modularity(network, groups)).toBeCloseTo(5 / 14, 15);
    expect(modularity(network, { community: groups })).toBeCloseTo(5 / 14, 15);
    expect(modularity(network, groups, { resolution: 2 })).toBeCloseTo(-1 / 7, 15);
    // Everyone in one group: L = m, d = 2m, Q = 1 − 1 = 0.
    expect(modularity(network, [0, 0, 0, 0, 0, 0])).toBeCloseTo(0, 15);
  });

  it('is NaN without ties and checks the partition', () => {
    expect(modularity(createNetwork({ organisations: [{ id: 'x' }], flows: [] }), [0])).toBeNaN();
    const network = createNetwork({ flows: [{ source: 'a', target: 'b' }] });
    expect(() => modularity(network, [0])).toThrow(/knet: modularity: the partition has 1 group numbers for 2 organisations/);
    expect(() => modularity(network, [0, 0.5])).toThrow(/knet: modularity: group numbers must be whole numbers/);
    expect(() => modularity(network, [0, 1], { resolution: -1 })).toThrow(/knet: modularity: resolution must be a number 0 or more, got -1/);
    expect(() => modularity(network, 'ab' as never)).toThrow(/knet: modularity: the partition must be a list/);
  });
});
