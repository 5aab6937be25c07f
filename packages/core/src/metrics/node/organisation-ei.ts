// The E-I index of each organisation (Krackhardt and Stern, per actor): does it talk only to its own group
// (−1), or only outside it (+1)? Over its partners, direction ignored; groups as eiIndex reads them.
import { csrOf } from '../../engine/csr.js';
import { checkNetwork } from '../../engine/guard.js';
import type { Network } from '../../model/network.js';
import { type Grouping, groupIds } from '../network/ei-index.js';

/**
 * (external − internal) / (external + internal) over each organisation's distinct partners, direction
 * ignored (a partner it only receives from counts, once). Partners without a group value are left out;
 * NaN for an organisation without a group value or without a partner that has one.
 */
export function organisationEiIndex(network: Network, grouping: Grouping): Float64Array {
  checkNetwork(network, 'organisationEiIndex');
  const { group } = groupIds(network, grouping, 'organisationEiIndex');
  const { offsets, neighbours } = csrOf(network).undirected;
  const result = new Float64Array(network.order).fill(Number.NaN);
  for (let v = 0; v < network.order; v++) {
    if (group[v] < 0) continue;
    let internal = 0;
    let external = 0;
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      const g = group[neighbours[e]];
      if (g < 0) continue;
      if (g === group[v]) internal++;
      else external++;
    }
    if (internal + external > 0) result[v] = (external - internal) / (external + internal);
  }
  return result;
}
