// Effective size (Burt): how many of an organisation's ties bring something new, that is its number of
// partners less the overlap between them. Burt's weighted formula, as NetworkX documents it.
import { csrOf } from '../../engine/csr.js';
import { checkNetwork } from '../../engine/guard.js';
import { structuralHoles } from '../../engine/structural-holes.js';
import type { Network } from '../../model/network.js';

/**
 * ES_i = Σ_{j∈N(i)} (1 − Σ_{q∈N(i)} p_iq m_jq), p_iq = w(i,q) / Σ_k w(i,k), m_jq = w(j,q) / max_k w(j,k),
 * mutual weights w(i,j) = a_ij + a_ji over in ∪ out partners: nx.effective_size(G, nodes=list(G),
 * weight='weight'). NaN only for an organisation with no ties in either direction (SPEC section 4); NetworkX's
 * per-node path also gives NaN to a directed organisation that only receives flows (it tests successors).
 */
export function effectiveSize(network: Network): Float64Array {
  const csr = csrOf(checkNetwork(network, 'effectiveSize'));
  return structuralHoles(csr, { constraint: false, effectiveSize: true }).effectiveSize!;
}
