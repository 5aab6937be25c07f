// Constraint (Burt): how much an organisation's ties lead back into one closed circle. High when its contacts
// all know each other, so little new knowledge arrives. Equals nx.constraint(G, weight='weight').
import { csrOf } from '../../engine/csr.js';
import { checkNetwork } from '../../engine/guard.js';
import { structuralHoles } from '../../engine/structural-holes.js';
import type { Network } from '../../model/network.js';

/**
 * c_i = Σ_{j∈N(i)} (p_ij + Σ_{q∈N(i)} p_iq p_qj)², p_ij = w(i,j) / Σ_k w(i,k), with mutual weights
 * w(i,j) = a_ij + a_ji over in ∪ out partners (SPEC section 4). NaN for an organisation with no ties.
 */
export function constraint(network: Network): Float64Array {
  const csr = csrOf(checkNetwork(network, 'constraint'));
  return structuralHoles(csr, { constraint: true, effectiveSize: false }).constraint!;
}
