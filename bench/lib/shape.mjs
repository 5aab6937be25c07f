// The topology of a benchmark network shaped like a knowledge network: sectors as communities with few
// cross-sector ties, heavy-tailed degrees (a few hubs), local clustering, isolates and small components.
import { drawFromCumulative, seededRandom, shuffle } from './random.mjs';

export const SHAPE_DEFAULTS = {
  /** Share of organisations with no flows at all. */
  isolates: 0.01,
  /** Share of organisations in small groups (2 to 6) cut off from the rest. */
  smallComponents: 0.03,
  /** Service areas; sector k holds a share ∝ (k + 1)^-sectorSkew of the organisations. */
  sectors: 12,
  sectorSkew: 0.8,
  /** Regions within a sector: neighbouring organisations on the sector's ring share a region. */
  regions: 12,
  /** Power-law exponent of the degree distribution (Chung–Lu fitness, Pareto). */
  degreeExponent: 2.5,
  /** Share of flows whose first end is drawn by fitness (the rest uniformly): the heavy tail. */
  hubShare: 0.5,
  /** Where the other end goes: a near neighbour on the sector's ring (triangles), the same sector by fitness, else anywhere. */
  local: 0.45,
  sector: 0.45,
  /** Mean ring distance of a local tie. */
  localSpread: 3,
  /** Share of flows made by triadic closure (a partner's partner), for clustering. */
  closure: 0.35,
  /** Share of organisations flagged as hubs (highest fitness): they become network bodies and funders. */
  hubs: 0.005,
};

/**
 * Organisations 0..n-1 with their sector, region and hub flag, and m distinct flows (no self-loops, no
 * repeats in either direction). Seeded: the same n, m and seed give the same network.
 */
export function generateShape({ n, m, seed = 1 }, options = {}) {
  const shape = { ...SHAPE_DEFAULTS, ...options };
  if (!Number.isSafeInteger(n) || n < 8) throw new Error(`knet bench: a network needs at least 8 organisations, got ${n}.`);
  if (!Number.isSafeInteger(m) || m < 1 || m > (n * (n - 1)) / 8) {
    throw new Error(`knet bench: ${m} flows cannot be drawn sparsely among ${n} organisations.`);
  }
  const random = seededRandom(seed);

  // Positions: the main body first (sector after sector), then the small groups, then the isolates.
  const isolates = Math.floor(n * shape.isolates);
  const groups = smallGroups(Math.floor(n * shape.smallComponents), random);
  const small = groups.reduce((sum, size) => sum + size, 0);
  const main = n - isolates - small;
  const smallFlows = small - groups.length;
  const mainFlows = m - smallFlows;
  if (main < 8 || mainFlows < 1) throw new Error(`knet bench: ${n} organisations and ${m} flows leave no main body.`);

  const sectorStart = sectorBoundaries(main, shape);
  const sectorOfPosition = new Uint8Array(n);
  const regionOfPosition = new Uint8Array(n);
  for (let s = 0; s < shape.sectors; s++) {
    const from = sectorStart[s];
    const size = sectorStart[s + 1] - from;
    for (let p = from; p < from + size; p++) {
      sectorOfPosition[p] = s;
      regionOfPosition[p] = Math.floor(((p - from) * shape.regions) / size);
    }
  }
  for (let p = main; p < n; p++) {
    sectorOfPosition[p] = Math.floor(random() * shape.sectors);
    regionOfPosition[p] = Math.floor(random() * shape.regions);
  }

  // Chung–Lu fitness, Pareto-distributed and capped at the structural cut-off sqrt(total).
  const fitness = new Float64Array(main);
  let total = 0;
  for (let p = 0; p < main; p++) total += fitness[p] = Math.pow(1 - random(), -1 / (shape.degreeExponent - 1));
  const cap = Math.sqrt(total);
  const hubFitness = Math.pow(shape.hubs, -1 / (shape.degreeExponent - 1));
  const cumulative = new Float64Array(main);
  let running = 0;
  for (let p = 0; p < main; p++) cumulative[p] = running += Math.min(cap, fitness[p]);

  const keys = mainFlowKeys(mainFlows, main, n, sectorOfPosition, sectorStart, cumulative, shape, random);

  // Organisation ids are a random permutation of positions, so neighbours in the file are not neighbours here.
  const idOf = shuffle(Int32Array.from({ length: n }, (_, p) => p), random);
  const sector = new Uint8Array(n);
  const region = new Uint8Array(n);
  const hub = new Uint8Array(n);
  for (let p = 0; p < n; p++) {
    sector[idOf[p]] = sectorOfPosition[p];
    region[idOf[p]] = regionOfPosition[p];
    if (p < main && fitness[p] >= hubFitness) hub[idOf[p]] = 1;
  }

  const source = new Int32Array(m);
  const target = new Int32Array(m);
  for (let e = 0; e < mainFlows; e++) {
    const a = Math.floor(keys[e] / n);
    const b = keys[e] - a * n;
    // Undirected flows: which end is written as source is a coin toss.
    const flip = random() < 0.5;
    source[e] = idOf[flip ? a : b];
    target[e] = idOf[flip ? b : a];
  }
  // Small groups: trees, each member tied to an earlier one.
  let e = mainFlows;
  let start = main;
  for (const size of groups) {
    for (let k = 1; k < size; k++) {
      source[e] = idOf[start + k];
      target[e] = idOf[start + Math.floor(random() * k)];
      e++;
    }
    start += size;
  }
  return { n, m, sector, region, hub, source, target, sectors: shape.sectors, regions: shape.regions };
}

function smallGroups(count, random) {
  const groups = [];
  let left = count;
  while (left >= 2) {
    const size = Math.min(left, 2 + Math.floor(random() * 5));
    if (size < 2) break;
    groups.push(size);
    left -= size;
  }
  return groups;
}

function sectorBoundaries(main, shape) {
  const weights = Array.from({ length: shape.sectors }, (_, k) => Math.pow(k + 1, -shape.sectorSkew));
  const sum = weights.reduce((a, b) => a + b, 0);
  const start = new Int32Array(shape.sectors + 1);
  let running = 0;
  for (let s = 0; s < shape.sectors; s++) {
    running += weights[s];
    start[s + 1] = Math.round((running / sum) * main);
  }
  start[shape.sectors] = main;
  return start;
}

/** mainFlows distinct pair keys (a * n + b, a < b) among the main positions, in random order. */
function mainFlowKeys(mainFlows, main, n, sectorOf, sectorStart, cumulative, shape, random) {
  const key = (u, v) => (u < v ? u * n + v : u === v ? -1 : v * n + u);
  const drawPair = () => {
    const u = random() < shape.hubShare ? drawFromCumulative(cumulative, 0, main, random) : Math.floor(random() * main);
    const s = sectorOf[u];
    const from = sectorStart[s];
    const size = sectorStart[s + 1] - from;
    const r = random();
    if (r < shape.local && size > 1) {
      const step = 1 + Math.floor(-Math.log(1 - random()) * shape.localSpread);
      const offset = random() < 0.5 ? step : size - (step % size);
      return key(u, from + ((u - from + offset) % size));
    }
    if (r < shape.local + shape.sector) return key(u, drawFromCumulative(cumulative, from, from + size, random));
    return key(u, drawFromCumulative(cumulative, 0, main, random));
  };
  const base = drawDistinct(drawPair, Math.round(mainFlows * (1 - shape.closure)), new Float64Array(0), random);

  // Triadic closure: a partner of a partner becomes a partner (the triangles real networks are full of).
  const { offsets, neighbours } = adjacencyOf(base, main, n);
  const closePair = () => {
    const edge = base[Math.floor(random() * base.length)];
    const low = Math.floor(edge / n);
    const high = edge - low * n;
    const [a, b] = random() < 0.5 ? [low, high] : [high, low];
    const degree = offsets[b + 1] - offsets[b];
    return degree < 2 ? -1 : key(a, neighbours[offsets[b] + Math.floor(random() * degree)]);
  };
  return drawDistinct(closePair, mainFlows, base, random);
}

/** `wanted` distinct keys: `initial` plus fresh draws (-1 = no pair), sorted and deduplicated, in random order. */
function drawDistinct(draw, wanted, initial, random) {
  let keys = new Float64Array(initial.length + Math.ceil(Math.max(0, wanted - initial.length) * 1.1) + 64);
  keys.set(initial);
  let kept = initial.length;
  for (let round = 0; ; round++) {
    if (round > 50) throw new Error('knet bench: could not draw enough distinct flows; the network is too dense.');
    for (let i = kept; i < keys.length; i++) keys[i] = draw();
    keys.sort();
    let unique = 0;
    for (let i = 0; i < keys.length; i++) {
      const value = keys[i];
      if (value >= 0 && (unique === 0 || keys[unique - 1] !== value)) keys[unique++] = value;
    }
    kept = unique;
    if (kept >= wanted) break;
    const grown = new Float64Array(kept + Math.ceil((wanted - kept) * 2) + 64);
    grown.set(keys.subarray(0, kept));
    keys = grown;
  }
  return shuffle(keys.subarray(0, kept), random).subarray(0, wanted);
}

/** Neighbour lists (CSR) of the pairs in `keys` over positions 0..main-1. */
function adjacencyOf(keys, main, n) {
  const offsets = new Int32Array(main + 1);
  for (const edge of keys) {
    const a = Math.floor(edge / n);
    offsets[a + 1]++;
    offsets[edge - a * n + 1]++;
  }
  for (let p = 0; p < main; p++) offsets[p + 1] += offsets[p];
  const fill = offsets.slice(0, main);
  const neighbours = new Int32Array(offsets[main]);
  for (const edge of keys) {
    const a = Math.floor(edge / n);
    const b = edge - a * n;
    neighbours[fill[a]++] = b;
    neighbours[fill[b]++] = a;
  }
  return { offsets, neighbours };
}
