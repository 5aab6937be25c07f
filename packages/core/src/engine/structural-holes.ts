// Burt's structural holes on the mutual-weight view (w(i,j) = a_ij + a_ji over in ∪ out ties): the shared
// walk over partners' partners behind constraint and effective size, on typed arrays.
import type { Csr } from './csr.js';

export interface StructuralHoles {
  constraint?: Float64Array;
  effectiveSize?: Float64Array;
}

/**
 * For each organisation i with partners N(i), p_ij = w(i,j) / Σ_k w(i,k) and m_jq = w(j,q) / max_k w(j,k):
 * constraint c_i = Σ_{j∈N(i)} (p_ij + Σ_{q∈N(i)} p_iq p_qj)² and effective size
 * ES_i = Σ_{j∈N(i)} (1 − Σ_{q∈N(i)} p_iq m_jq). NaN where i has no ties. Cost: Σ_j deg(j)².
 */
export function structuralHoles(csr: Csr, want: { constraint: boolean; effectiveSize: boolean }): StructuralHoles {
  const { offsets, neighbours, weights } = csr.undirected;
  const n = csr.n;
  const inverseTotal = new Float64Array(n);
  const inverseMax = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    let total = 0;
    let max = 0;
    for (let k = offsets[v]; k < offsets[v + 1]; k++) {
      total += weights[k];
      if (weights[k] > max) max = weights[k];
    }
    if (total > 0) inverseTotal[v] = 1 / total;
    if (max > 0) inverseMax[v] = 1 / max;
  }

  const constraint = want.constraint ? new Float64Array(n) : undefined;
  const effectiveSize = want.effectiveSize ? new Float64Array(n) : undefined;
  // Dense scratch rows, valid where stamp[j] === i: p_ij for the partners of the current i, and the
  // indirect part Σ_q p_iq p_qj of its constraint on j.
  const stamp = new Int32Array(n).fill(-1);
  const direct = new Float64Array(n);
  const indirect = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const start = offsets[i];
    const end = offsets[i + 1];
    if (start === end) {
      if (constraint) constraint[i] = Number.NaN;
      if (effectiveSize) effectiveSize[i] = Number.NaN;
      continue;
    }
    for (let k = start; k < end; k++) {
      const j = neighbours[k];
      stamp[j] = i;
      direct[j] = weights[k] * inverseTotal[i];
      indirect[j] = 0;
    }
    let redundancy = 0;
    for (let k = start; k < end; k++) {
      const j = neighbours[k];
      const pij = direct[j];
      const toShare = pij * inverseTotal[j];
      const toMax = inverseMax[j];
      // Partners of j who are also partners of i close a triangle i–j–q.
      for (let l = offsets[j]; l < offsets[j + 1]; l++) {
        const q = neighbours[l];
        if (stamp[q] !== i) continue;
        indirect[q] += toShare * weights[l];
        redundancy += direct[q] * weights[l] * toMax;
      }
    }
    if (constraint) {
      let sum = 0;
      for (let k = start; k < end; k++) {
        const j = neighbours[k];
        const local = direct[j] + indirect[j];
        sum += local * local;
      }
      constraint[i] = sum;
    }
    if (effectiveSize) effectiveSize[i] = end - start - redundancy;
  }
  return { constraint, effectiveSize };
}
