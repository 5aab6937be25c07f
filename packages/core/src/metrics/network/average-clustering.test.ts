// Average clustering against NetworkX (classic networks, the local-metrics fixture) and a hand-counted case.
import { describe, expect, it } from 'vitest';
import { createNetwork } from '../../model/builder.js';
import { CLASSIC_NAMES, loadClassic } from '../../../test/helpers/classic.js';
import { LOCAL_NAMES, loadLocal } from '../../../test/helpers/local-metrics.js';
import { averageClustering } from './average-clustering.js';

describe('averageClustering', () => {
  it.each(CLASSIC_NAMES)('equals nx.average_clustering on %s', (name) => {
    const { network, reference } = loadClassic(name);
    const expected = (reference.graph as unknown as { average_clustering: number }).average_clustering;
    expect(averageClustering(network)).toBeCloseTo(expected, 12);
  });

  it.each(LOCAL_NAMES)('equals nx.average_clustering(G.to_undirected()), isolates counted as 0 (%s)', (name) => {
    const { network, reference } = loadLocal(name);
    expect(averageClustering(network)).toBeCloseTo(reference.graph.average_clustering, 12);
  });

  it('averages over every organisation (hand-counted)', () => {
    // Triangle a–b–c with d hanging off a, e isolated: clustering a 1/3, b 1, c 1, d 0, e 0; mean 7/15.
    const network = createNetwork({
      organisations: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id })),
      flows: [['a', 'b'], ['b', 'c'], ['c', 'a'], ['a', 'd']].map(([source, target]) => ({ source, target })),
    });
    expect(averageClustering(network)).toBeCloseTo(7 / 15, 15);
    expect(averageClustering(createNetwork({ flows: [] }))).toBeNaN();
  });
});
