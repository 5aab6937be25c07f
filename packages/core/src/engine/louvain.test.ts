// The CSR Louvain: planted groups found exactly, the same partition from the same random numbers, no single
// organisation left that would raise modularity by moving, and modularity at least graphology-communities-
// louvain's (the library it replaced) on seeded random clustered networks.
import fc from 'fast-check';
import louvainModule from 'graphology-communities-louvain';
import { describe, expect, it } from 'vitest';
import { modularity } from '../metrics/network/modularity.js';
import { NetworkBuilder } from '../model/builder.js';
import type { Network } from '../model/network.js';
import { csrOf } from './csr.js';
import { louvainPartition } from './louvain.js';
import { seededRandom } from './random.js';

// CommonJS under NodeNext: the default import is the function itself.
const graphologyLouvain = louvainModule as unknown as typeof louvainModule.default;

/** `groups` groups of `size`, dense inside (probability `inside`), a few random ties between them. */
function clustered(groups: number, size: number, inside: number, between: number, seed: number): Network {
  const random = seededRandom(seed);
  const n = groups * size;
  const builder = new NetworkBuilder(false, n * size);
  for (let i = 0; i < n; i++) builder.addOrganisation({ id: `o${i}` });
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const same = Math.floor(i / size) === Math.floor(j / size);
      if (random() < (same ? inside : between)) builder.addFlowByIndex(i, j, 1 + Math.floor(random() * 3));
    }
  }
  return builder.finish();
}

function partitionOf(network: Network, seed: number): Int32Array {
  return louvainPartition(csrOf(network).undirected, seededRandom(seed));
}

describe('louvainPartition', () => {
  it('finds planted groups exactly: four cliques joined in a ring by single ties', () => {
    const builder = new NetworkBuilder(false, 100);
    for (let i = 0; i < 24; i++) builder.addOrganisation({ id: `o${i}` });
    for (let g = 0; g < 4; g++) {
      for (let i = 0; i < 6; i++) for (let j = i + 1; j < 6; j++) builder.addFlowByIndex(g * 6 + i, g * 6 + j);
      builder.addFlowByIndex(g * 6, ((g + 1) % 4) * 6 + 1);
    }
    const partition = partitionOf(builder.finish(), 5);
    for (let v = 0; v < 24; v++) expect(partition[v] === partition[Math.floor(v / 6) * 6], `o${v}`).toBe(true);
    expect(new Set(partition).size).toBe(4);
  });

  it('gives the same partition from the same random numbers, and isolated organisations stay alone', () => {
    const network = clustered(5, 12, 0.5, 0.02, 3);
    expect(Array.from(partitionOf(network, 9))).toEqual(Array.from(partitionOf(network, 9)));
    const builder = new NetworkBuilder(false, 2);
    for (const id of ['a', 'b', 'c', 'lonely']) builder.addOrganisation({ id });
    builder.addFlowByIndex(0, 1);
    builder.addFlowByIndex(1, 2);
    const partition = partitionOf(builder.finish(), 1);
    expect(partition[3]).not.toBe(partition[0]);
    expect(partition.filter((c) => c === partition[3])).toHaveLength(1);
  });

  it('leaves no organisation that would raise modularity by more than 1e-6 by moving to a neighbour’s community', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 4, max: 12 }), fc.integer({ min: 1, max: 1e6 }), (groups, size, seed) => {
        const network = clustered(groups, size, 0.4, 0.05, seed);
        const partition = partitionOf(network, seed);
        const base = modularity(network, partition);
        const { offsets, neighbours } = csrOf(network).undirected;
        for (let v = 0; v < network.order; v++) {
          for (let k = offsets[v]; k < offsets[v + 1]; k++) {
            const moved = Int32Array.from(partition);
            moved[v] = partition[neighbours[k]];
            if (modularity(network, moved) > base + 1e-6) return false;
          }
        }
        return true;
      }),
      { numRuns: 40 },
    );
  });

  it('reaches 99.5% of graphology’s modularity or more (best of 4 each) on seeded clustered networks of 600', () => {
    for (const seed of [1, 2, 3]) {
      const network = clustered(12, 50, 0.15, 0.004, seed);
      const graph = network.toGraph();
      let ours = -1;
      let theirs = -1;
      for (let run = 0; run < 4; run++) {
        ours = Math.max(ours, modularity(network, partitionOf(network, seed * 10 + run)));
        const mapping = graphologyLouvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(seed * 10 + run) });
        theirs = Math.max(theirs, modularity(network, Int32Array.from(network.organisations, (o) => mapping[o.id])));
      }
      expect(ours, `seed ${seed}`).toBeGreaterThanOrEqual(0.995 * theirs);
    }
  });
});
