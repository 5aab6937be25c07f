// Expected brokerage counts under a random graph of the same size and density, their standard deviations
// and z-scores: sna::brokerage's moments (Gould and Fernandez 1989), rewritten with power sums so the cost
// is linear in the number of groups instead of cubic.
import type { BrokerageRole, RoleRecord } from './brokerage.js';

export interface BrokerageExpectation {
  /** Density used: arcs / (n (n - 1)); undirected ties count as two arcs, as in sna. */
  density: number;
  /** Per group (indexed like `groups`): expected count and standard deviation for a broker in it. */
  byGroup: { expected: RoleRecord<Float64Array>; sd: RoleRecord<Float64Array> };
  /** Per organisation: (count - expected) / sd for its group; NaN where sd is 0. */
  z: RoleRecord<Float64Array>;
  /** The network's totals: expected, standard deviation and z-score of each role's sum. */
  network: { expected: RoleRecord<number>; sd: RoleRecord<number>; z: RoleRecord<number> };
}

interface ExpectationInput {
  n: number;
  /** Directed arcs (an undirected tie counts twice), self-loops excluded, repeats merged. */
  arcs: number;
  group: Int32Array;
  groupSizes: number[];
  counts: RoleRecord<Float64Array>;
  totals: RoleRecord<number>;
}

const COLUMNS = ['coordinator', 'itinerant', 'representative', 'gatekeeper', 'liaison', 'total'] as const;
type Column = BrokerageRole | 'total';

const choose2 = (k: number) => (k * (k - 1)) / 2;

export function brokerageExpectation(input: ExpectationInput): BrokerageExpectation {
  const { n: N, arcs, group, groupSizes, counts, totals } = input;
  const d = arcs / (N * (N - 1));
  const e = d * d * (1 - d);
  const q = 1 - e;
  const A = d ** 3 * (1 - d) ** 3;
  const B = d ** 4 * (1 - d) ** 2;
  const C = d ** 5 * (1 - d);
  let p1 = 0, p2 = 0, p3 = 0, p4 = 0;
  for (const x of groupSizes) {
    p1 += x;
    p2 += x * x;
    p3 += x ** 3;
    p4 += x ** 4;
  }

  const G = groupSizes.length;
  const expected = records(() => new Float64Array(G));
  const sd = records(() => new Float64Array(G));
  for (let g = 0; g < G; g++) {
    const ni = groupSizes[g];
    // Sums over the other groups.
    const S1 = N - ni;
    const S2 = p2 - ni * ni;
    const S3 = p3 - ni ** 3;
    const set = (column: Column, mean: number, extraVariance: number) => {
      expected[column][g] = mean;
      sd[column][g] = Math.sqrt(mean * q + extraVariance);
    };
    set('coordinator', e * (ni - 1) * (ni - 2), 2 * (ni - 1) * (ni - 2) * (ni - 3) * A);
    set('itinerant', e * (S2 - S1), 2 * (S3 - 3 * S2 + 2 * S1) * A);
    const boundary = e * (N - ni) * (ni - 1);
    const boundaryExtra = 2 * ((ni - 1) * choose2(N - ni) + (N - ni) * choose2(ni - 1)) * A;
    set('representative', boundary, boundaryExtra);
    set('gatekeeper', boundary, boundaryExtra);
    // sum over other groups h of n_h * C(N - n_h - n_i, 2), expanded in power sums with M = N - n_i.
    const M = N - ni;
    const liaisonPairs = ((M * M - M) * S1 + (1 - 2 * M) * S2 + S3) / 2;
    set('liaison', e * (S1 * S1 - S2), 4 * liaisonPairs * A);
    set('total', e * (N - 1) * (N - 2), 2 * (N - 1) * (N - 2) * (N - 3) * A);
  }

  const z = records(() => new Float64Array(group.length));
  for (const column of COLUMNS) {
    for (let v = 0; v < group.length; v++) {
      z[column][v] = zScore(counts[column][v], expected[column][group[v]], sd[column][group[v]]);
    }
  }

  return { density: d, byGroup: { expected, sd }, z, network: networkMoments() };

  function networkMoments(): BrokerageExpectation['network'] {
    let sumC = 0, sumCVar = 0, sumI = 0, sumIVarX = 0, sumIVarSelf = 0, sumR = 0, sumRVar = 0, sumL2 = 0;
    for (const x of groupSizes) {
      const triple = x * (x - 1) * (x - 2);
      sumC += triple;
      sumCVar += triple * ((4 * x - 10) * A - 4 * (x - 3) * B + (x - 3) * C);
      const mixed = x * (N - x) * (x - 1);
      sumI += mixed;
      // sum over groups x, y of x y (x - 1) ((2x + 2y - 6) A + (N - x - 1) C), split by powers of y.
      sumIVarX += x * (x - 1) * (((2 * x - 6) * A + (N - x - 1) * C) * p1 + 2 * A * p2);
      sumIVarSelf += x * x * (x - 1) * ((4 * x - 6) * A + (N - x - 1) * C);
      sumR += mixed;
      sumRVar += mixed * ((N - 3) * A + (x - 2) * C);
      sumL2 += x * x * (N - 2 * x);
    }
    // Sums over ordered triples of distinct groups: T1 of n_i n_j n_k, T2 of n_i^2 n_j n_k (any one squared).
    const T1 = p1 ** 3 - 3 * p1 * p2 + 2 * p3;
    const T2 = p1 * p1 * p2 - 2 * p1 * p3 - p2 * p2 + 2 * p4;
    const liaisonMean = e * (N * p1 * p1 - 2 * p1 * p2 - sumL2);
    const liaisonExtra = ((4 * N - 2) * T1 - 8 * T2) * (A - B) + ((N - 1) * T1 - 2 * T2) * C;
    const totalTriple = N * (N - 1) * (N - 2);
    const moments: Record<Column, [number, number]> = {
      coordinator: [e * sumC, sumCVar],
      itinerant: [e * sumI, sumIVarX - sumIVarSelf],
      representative: [e * sumR, sumRVar],
      gatekeeper: [e * sumR, sumRVar],
      liaison: [liaisonMean, liaisonExtra],
      total: [e * totalTriple, totalTriple * ((4 * N - 10) * A - 4 * (N - 3) * B + (N - 3) * C)],
    };
    const result = { expected: {}, sd: {}, z: {} } as BrokerageExpectation['network'];
    for (const column of COLUMNS) {
      const [mean, extra] = moments[column];
      result.expected[column] = mean;
      result.sd[column] = Math.sqrt(mean * q + extra);
      result.z[column] = zScore(totals[column], mean, result.sd[column]);
    }
    return result;
  }
}

function zScore(value: number, mean: number, sd: number): number {
  return sd > 0 ? (value - mean) / sd : Number.NaN;
}

function records<T>(make: () => T): RoleRecord<T> {
  const record = {} as RoleRecord<T>;
  for (const column of COLUMNS) record[column] = make();
  return record;
}
