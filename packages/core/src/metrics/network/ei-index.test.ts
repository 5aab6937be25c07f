// E-I index (Krackhardt and Stern) on hand-counted networks: by field and by function, overall and per group,
// directed (arcs) and undirected (pairs), with organisations that have no group left out and counted.
import { describe, expect, it } from 'vitest';
import { createNetwork } from '../../model/builder.js';
import { eiIndex } from './ei-index.js';

const organisations = [
  { id: 'c1', type: 'council', sector: 'health' },
  { id: 'c2', type: 'council', sector: 'health' },
  { id: 'c3', type: 'council', sector: 'housing' },
  { id: 'm1', type: 'mutual', sector: 'housing' },
  { id: 'm2', type: 'mutual', sector: '' },
  { id: 'x', type: '', sector: 'health' },
];
const flows = [
  ['c1', 'c2'], ['c2', 'c1'], ['c1', 'c2'], // one pair (repeats merged); two arcs when directed
  ['c2', 'c3'], ['c3', 'm1'], ['m1', 'm2'], ['m2', 'x'], ['c1', 'c1'],
].map(([source, target]) => ({ source, target }));

describe('eiIndex', () => {
  it('counts pairs once in an undirected network, overall and per group (hand-counted)', () => {
    // By type, ties: c1–c2 I, c2–c3 I, c3–m1 E, m1–m2 I, m2–x left out (x has no type); the self-loop is ignored.
    // Overall I = 3, E = 1: (1 − 3)/4 = −0.5. council: I 2, E 1 → −1/3; mutual: I 1, E 1 → 0.
    const result = eiIndex(createNetwork({ organisations, flows }), 'type');
    expect(result).toMatchObject({ internal: 3, external: 1, overall: -0.5, unassigned: { organisations: 1, ties: 1 } });
    expect(result.groups).toEqual([
      { group: 'council', organisations: 3, internal: 2, external: 1, ei: expect.closeTo(-1 / 3, 15) },
      { group: 'mutual', organisations: 2, internal: 1, external: 1, ei: 0 },
    ]);
  });

  it('counts each direction as a tie in a directed network (hand-counted)', () => {
    // By sector: c1→c2 and c2→c1 I (health), c2→c3 E, c3→m1 I (housing), m1→m2 and m2→x left out (m2 has no sector).
    // Overall I = 3, E = 1: −0.5. health (c1, c2, x): I 2, E 1 → −1/3; housing (c3, m1): I 1, E 1 → 0.
    const result = eiIndex(createNetwork({ directed: true, organisations, flows }), 'sector');
    expect(result).toMatchObject({ internal: 3, external: 1, overall: -0.5, unassigned: { organisations: 1, ties: 2 } });
    expect(result.groups.map(({ group, organisations: size, internal, external }) => [group, size, internal, external])).toEqual([
      ['health', 3, 2, 1],
      ['housing', 2, 1, 1],
    ]);
  });

  it('groups by any function, and gives NaN where no tie is counted', () => {
    // First letter: c (3), m (2), x (1); x's only tie goes to m: E for both. c: I 2, E 1; m: I 1, E 2; x: E 1.
    // Overall I = 3, E = 2: −1/5. A group without ties has ei NaN.
    const network = createNetwork({ organisations: [...organisations, { id: 'z' }], flows });
    const result = eiIndex(network, (organisation) => organisation.id[0]);
    expect(result.overall).toBeCloseTo(-1 / 5, 15);
    expect(result.groups.map((group) => [group.group, group.internal, group.external])).toEqual([
      ['c', 2, 1], ['m', 1, 2], ['x', 0, 1], ['z', 0, 0],
    ]);
    expect(result.groups[3].ei).toBeNaN();
    expect(result.groups[2].ei).toBe(1);
    expect(eiIndex(createNetwork({ flows: [] }), 'region').overall).toBeNaN();
  });

  it('groups by another column of the nodes file', () => {
    // district: a, b in north; c in south. Ties a-b (I), b-c (E): (1 − 1)/2 = 0; north I 1, E 1; south E 1.
    const network = createNetwork({
      organisations: [{ id: 'a', attributes: { district: 'north' } }, { id: 'b', attributes: { district: 'north' } }, { id: 'c', attributes: { district: 'south' } }],
      flows: [{ source: 'a', target: 'b' }, { source: 'b', target: 'c' }],
    });
    const result = eiIndex(network, 'district');
    expect(result.overall).toBe(0);
    expect(result.groups.map((group) => [group.group, group.internal, group.external])).toEqual([['north', 1, 1], ['south', 0, 1]]);
  });

  it('refuses an unknown grouping', () => {
    const network = createNetwork({ flows: [{ source: 'a', target: 'b' }] });
    expect(() => eiIndex(network, 'colour' as never)).toThrow(/knet: eiIndex: group by 'type', 'sector', 'region', another column the organisations have, or a function/);
  });
});
