// Burt's constraint against NetworkX (classic networks, the local-metrics fixture, directed included) and a
// hand-derived directed case with mutual weights, a self-loop and an isolated organisation.
import { describe, expect, it } from 'vitest';
import { createNetwork } from '../../model/builder.js';
import { CLASSIC_NAMES, expectColumn, loadClassic } from '../../../test/helpers/classic.js';
import { burtTriangle, LOCAL_NAMES, loadLocal } from '../../../test/helpers/local-metrics.js';
import { constraint } from './constraint.js';

describe('constraint', () => {
  it.each(CLASSIC_NAMES)('equals nx.constraint(G, weight=weight) on %s', (name) => {
    const { network, reference } = loadClassic(name);
    expectColumn(network, constraint(network), (id) => reference.nodes[id].constraint, 'constraint');
  });

  it.each(LOCAL_NAMES)('equals NetworkX with sinks, sources, repeats and isolates (%s)', (name) => {
    const { network, reference } = loadLocal(name);
    expectColumn(network, constraint(network), (id) => reference.nodes.constraint[id], 'constraint');
  });

  it('uses mutual weights over in ∪ out partners (hand-derived)', () => {
    // Mutual weights w(a,b) = 2, w(a,c) = 1, w(b,c) = 1 (b only receives, but its ties count).
    // p_ab = 2/3, p_ac = 1/3; p_ba = 2/3, p_bc = 1/3; p_ca = p_cb = 1/2.
    // c_a = (p_ab + p_ac p_cb)² + (p_ac + p_ab p_bc)² = (5/6)² + (5/9)² = 325/324; c_b is the same by symmetry;
    // c_c = (p_ca + p_cb p_ba)² + (p_cb + p_ca p_ab)² = 2 (5/6)² = 50/36; d has no ties: empty.
    const values = Array.from(constraint(burtTriangle()));
    expect(values.slice(0, 3)).toEqual([325 / 324, 325 / 324, 50 / 36].map((x) => expect.closeTo(x, 12)));
    expect(values[3]).toBeNaN();
  });

  it('is 1 for an organisation with a single partner', () => {
    // p_ij = 1 and no third party: (1 + 0)² = 1.
    const network = createNetwork({ flows: [{ source: 'a', target: 'b', weight: 5 }] });
    expect(Array.from(constraint(network))).toEqual([1, 1]);
  });
});
