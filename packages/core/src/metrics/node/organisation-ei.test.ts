// Per-organisation E-I on a hand-drawn network: partners inside and outside the group counted by hand,
// direction ignored, partners without a group left out, NaN where nothing is counted.
import { describe, expect, it } from 'vitest';
import { createNetwork } from '../../model/builder.js';
import { organisationEiIndex } from './organisation-ei.js';

const organisations = [
  { id: 'h1', sector: 'health' },
  { id: 'h2', sector: 'health' },
  { id: 'h3', sector: 'health' },
  { id: 's1', sector: 'housing' },
  { id: 'nobody', sector: '' },
  { id: 'alone', sector: 'housing' },
];
const flows = [
  ['h1', 'h2'], ['h1', 'h3'], ['h1', 's1'], ['h2', 'h1'], ['s1', 'h2'], ['s1', 'nobody'], ['h3', 'h3'],
].map(([source, target]) => ({ source, target }));

describe('organisationEiIndex', () => {
  it('counts distinct partners inside and outside the group (hand-counted)', () => {
    const ei = organisationEiIndex(createNetwork({ organisations, flows }), 'sector');
    // h1: partners h2, h3 (inside), s1 (outside): (1 − 2)/3. h2: h1 inside (twice written, one partner), s1 outside: 0.
    // h3: h1 inside, the self-loop ignored: −1. s1: h1, h2 outside, `nobody` left out: +1.
    expect(ei[0]).toBeCloseTo(-1 / 3, 15);
    expect(Array.from(ei.slice(1, 4))).toEqual([0, -1, 1]);
    // No group value, and no partner at all: NaN.
    expect(ei[4]).toBeNaN();
    expect(ei[5]).toBeNaN();
  });

  it('ignores direction: a partner it only receives from counts once', () => {
    const directed = organisationEiIndex(createNetwork({ directed: true, organisations, flows }), 'sector');
    // Directed, h2 -> h1 and h1 -> h2 are one partner; s1 -> h2 makes s1 a partner of h2 all the same.
    expect(Array.from(directed.slice(1, 4))).toEqual([0, -1, 1]);
  });

  it('groups by any column or function, and refuses one nobody has', () => {
    const network = createNetwork({
      organisations: [{ id: 'a', attributes: { district: 'x' } }, { id: 'b', attributes: { district: 'y' } }],
      flows: [{ source: 'a', target: 'b' }],
    });
    expect(Array.from(organisationEiIndex(network, 'district'))).toEqual([1, 1]);
    expect(Array.from(organisationEiIndex(network, () => 'same'))).toEqual([-1, -1]);
    expect(() => organisationEiIndex(network, 'colour')).toThrow(/knet: organisationEiIndex: group by/);
  });
});
