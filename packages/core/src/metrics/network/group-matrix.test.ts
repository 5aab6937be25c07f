// The group-to-group matrix on a hand-drawn network: ties, weights and flow numbers per cell, undirected
// (symmetric) and directed (rows are sources), repeats merged into one tie, unassigned and self-loops counted.
import { describe, expect, it } from 'vitest';
import { createNetwork } from '../../model/builder.js';
import { eiIndex } from './ei-index.js';
import { groupMatrix } from './group-matrix.js';

const organisations = [
  { id: 'h1', sector: 'health' },
  { id: 'h2', sector: 'health' },
  { id: 'h3', sector: 'health' },
  { id: 's1', sector: 'housing' },
  { id: 's2', sector: 'housing' },
  { id: 'x', sector: '' },
];
// Flow numbers 0..6.
const flows = [
  { source: 'h1', target: 'h2', weight: 2 }, // 0: health-health
  { source: 'h2', target: 'h1', weight: 3 }, // 1: the same pair again (undirected), the reverse arc (directed)
  { source: 'h1', target: 's1', weight: 1 }, // 2: health -> housing
  { source: 's2', target: 'h3', weight: 4 }, // 3: housing -> health
  { source: 's1', target: 's2', weight: 5 }, // 4: housing-housing
  { source: 'x', target: 'h1', weight: 1 }, // 5: x has no sector
  { source: 'h3', target: 'h3', weight: 1 }, // 6: self-loop
];

describe('groupMatrix', () => {
  it('undirected: symmetric, repeats one tie, weights summed, flows listed per cell', () => {
    const matrix = groupMatrix(createNetwork({ organisations, flows }), 'sector');
    expect([matrix.groups, matrix.sizes, matrix.directed]).toEqual([['health', 'housing'], [3, 2], false]);
    const [[hh, hs], [sh, ss]] = matrix.cells;
    expect(hh).toEqual({ ties: 1, weight: 5, flows: [0, 1] });
    // Flows 2 and 3 cross; each is listed in both mirror cells.
    expect(hs).toEqual({ ties: 2, weight: 5, flows: [2, 3] });
    expect(sh).toEqual(hs);
    expect(ss).toEqual({ ties: 1, weight: 5, flows: [4] });
    expect([matrix.unassigned, matrix.selfLoops]).toEqual([{ organisations: 1, flows: 1 }, 1]);
  });

  it('directed: rows are the source group, two arcs of a pair are two ties', () => {
    const matrix = groupMatrix(createNetwork({ directed: true, organisations, flows }), 'sector');
    const [[hh, hs], [sh, ss]] = matrix.cells;
    expect(hh).toEqual({ ties: 2, weight: 5, flows: [0, 1] });
    expect(hs).toEqual({ ties: 1, weight: 1, flows: [2] });
    expect(sh).toEqual({ ties: 1, weight: 4, flows: [3] });
    expect(ss.ties).toBe(1);
  });

  it('agrees with eiIndex: the diagonal is internal ties, the upper triangle external ones', () => {
    const network = createNetwork({ organisations, flows });
    const matrix = groupMatrix(network, 'sector');
    const ei = eiIndex(network, 'sector');
    expect(matrix.cells[0][0].ties + matrix.cells[1][1].ties).toBe(ei.internal);
    expect(matrix.cells[0][1].ties).toBe(ei.external);
  });

  it('has an empty matrix for a network without groups, and says what was wrong with a grouping', () => {
    const plain = groupMatrix(createNetwork({ flows: [{ source: 'a', target: 'b' }] }), 'type');
    expect([plain.groups, plain.cells, plain.unassigned]).toEqual([[], [], { organisations: 2, flows: 1 }]);
    expect(() => groupMatrix(createNetwork({ flows: [] }), 'colour')).toThrow(/knet: groupMatrix: group by/);
  });
});
