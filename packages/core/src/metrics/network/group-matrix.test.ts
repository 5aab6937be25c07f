// The group matrix on hand-counted networks (the E-I fixture), and its agreement with eiIndex on random ones:
// the diagonal is E-I's internal ties, the cells off it its external ones, each group's row its ties.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../engine/random.js';
import { createNetwork } from '../../model/builder.js';
import { eiIndex } from './ei-index.js';
import { flowsInCell, groupMatrix } from './group-matrix.js';

const organisations = [
  { id: 'c1', type: 'council', sector: 'health' },
  { id: 'c2', type: 'council', sector: 'health' },
  { id: 'c3', type: 'council', sector: 'housing' },
  { id: 'm1', type: 'mutual', sector: 'housing' },
  { id: 'm2', type: 'mutual', sector: '' },
  { id: 'x', type: '', sector: 'health' },
];
const flows = [
  ['c1', 'c2'], ['c2', 'c1'], ['c1', 'c2'],
  ['c2', 'c3'], ['c3', 'm1'], ['m1', 'm2'], ['m2', 'x'], ['c1', 'c1'],
].map(([source, target]) => ({ source, target }));

describe('groupMatrix', () => {
  it('undirected: pairs once, symmetric, each flow pointed at its cell (hand-counted)', () => {
    const matrix = groupMatrix(createNetwork({ organisations, flows }), 'type');
    expect(matrix.groups).toEqual(['council', 'mutual']);
    expect(matrix.organisations).toEqual([3, 2]);
    // council–council: c1–c2 (three flows, one pair) and c2–c3; council–mutual: c3–m1; mutual–mutual: m1–m2.
    expect([...matrix.ties]).toEqual([2, 1, 1, 1]);
    expect([...matrix.flowCell]).toEqual([0, 0, 0, 0, 1, 3, -1, -1]);
    expect(flowsInCell(matrix, 1, 0, false)).toEqual([4]);
    expect(flowsInCell(matrix, 0, 1, false)).toEqual([4]);
    expect(flowsInCell(matrix, 0, 0, false)).toEqual([0, 1, 2, 3]);
  });

  it('directed: arcs, row = the source group (hand-counted)', () => {
    const matrix = groupMatrix(createNetwork({ directed: true, organisations, flows }), 'sector');
    expect(matrix.groups).toEqual(['health', 'housing']);
    // health→health: c1→c2, c2→c1; health→housing: c2→c3; housing→housing: c3→m1; m1→m2, m2→x have no sector.
    expect([...matrix.ties]).toEqual([2, 1, 0, 1]);
    expect(flowsInCell(matrix, 0, 1, true)).toEqual([3]);
    expect(flowsInCell(matrix, 1, 0, true)).toEqual([]);
  });

  it('agrees with eiIndex on random networks, directed and not', () => {
    for (const directed of [false, true]) {
      for (let seed = 1; seed <= 20; seed++) {
        const random = seededRandom(seed);
        const n = 5 + Math.floor(random() * 30);
        const orgs = Array.from({ length: n }, (_, i) => ({ id: `o${i}`, region: random() < 0.1 ? '' : `r${Math.floor(random() * 4)}` }));
        const links = Array.from({ length: n * 2 }, () => ({ source: `o${Math.floor(random() * n)}`, target: `o${Math.floor(random() * n)}` }));
        const network = createNetwork({ directed, organisations: orgs, flows: links });
        const ei = eiIndex(network, 'region');
        const matrix = groupMatrix(network, 'region');
        const k = matrix.groups.length;
        expect(matrix.groups).toEqual(ei.groups.map((g) => g.group));
        let diagonal = 0;
        let off = 0;
        for (let r = 0; r < k; r++) {
          for (let c = 0; c < k; c++) {
            if (r === c) diagonal += matrix.ties[r * k + c];
            else if (directed || r < c) off += matrix.ties[r * k + c];
          }
        }
        expect(diagonal).toBe(ei.internal);
        expect(off).toBe(ei.external);
        ei.groups.forEach((group, g) => {
          let external = 0;
          for (let c = 0; c < k; c++) if (c !== g) external += matrix.ties[g * k + c] + (directed ? matrix.ties[c * k + g] : 0);
          expect(external).toBe(group.external);
          expect(matrix.ties[g * k + g]).toBe(group.internal);
        });
      }
    }
  });
});
