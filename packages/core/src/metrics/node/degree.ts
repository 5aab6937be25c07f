// Degree: how many organisations each one has ties with, and how strong those ties are in total.
// Equal to NetworkX's G.degree(v), G.in_degree(v), G.out_degree(v) and G.degree(v, weight='weight').
import { csrOf, type Adjacency } from '../../engine/csr.js';
import { checkNetwork as checked } from '../../engine/guard.js';
import type { Network } from '../../model/network.js';

/** Ties of each organisation; directed: in + out, so a tie returned counts twice (as NetworkX). */
export function degree(network: Network): Float64Array {
  const csr = csrOf(checked(network, 'degree'));
  const result = counts(csr.out);
  if (csr.directed) addInto(result, counts(csr.in));
  return result;
}

/** Flows received from distinct organisations (directed networks only). */
export function inDegree(network: Network): Float64Array {
  return counts(csrOf(checkedDirected(network, 'inDegree')).in);
}

/** Distinct organisations it sends flows to (directed networks only). */
export function outDegree(network: Network): Float64Array {
  return counts(csrOf(checkedDirected(network, 'outDegree')).out);
}

/** Total weight of its ties, repeated flows summed; directed: in + out. */
export function weightedDegree(network: Network): Float64Array {
  const csr = csrOf(checked(network, 'weightedDegree'));
  const result = strengths(csr.out);
  if (csr.directed) addInto(result, strengths(csr.in));
  return result;
}

function counts(adjacency: Adjacency): Float64Array {
  const { offsets } = adjacency;
  const result = new Float64Array(offsets.length - 1);
  for (let v = 0; v < result.length; v++) result[v] = offsets[v + 1] - offsets[v];
  return result;
}

function strengths(adjacency: Adjacency): Float64Array {
  const { offsets, weights } = adjacency;
  const result = new Float64Array(offsets.length - 1);
  for (let v = 0; v < result.length; v++) {
    let sum = 0;
    for (let k = offsets[v]; k < offsets[v + 1]; k++) sum += weights[k];
    result[v] = sum;
  }
  return result;
}

function addInto(target: Float64Array, extra: Float64Array): void {
  for (let v = 0; v < target.length; v++) target[v] += extra[v];
}

function checkedDirected(network: Network, caller: string): Network {
  if (!checked(network, caller).directed) {
    throw new Error(`knet: ${caller}: the network is undirected, so ties have no direction; use degree instead.`);
  }
  return network;
}
