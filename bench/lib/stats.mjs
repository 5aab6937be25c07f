// Small statistics for the benchmark: medians of repeated timings, and how closely a sampled estimate
// ranks organisations like the exact metric (Spearman's rho, overlap of the top k).

export function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Ranks 1..n with ties given their average rank (as scipy.stats.rankdata). */
export function averageRanks(values) {
  const order = Array.from(values.keys()).sort((a, b) => values[a] - values[b]);
  const ranks = new Float64Array(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1]] === values[order[i]]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]] = rank;
    i = j + 1;
  }
  return ranks;
}

/** Spearman's rank correlation (Pearson on average ranks); pairs where either value is NaN are left out. */
export function spearman(a, b) {
  if (a.length !== b.length) throw new Error('knet bench: spearman needs two columns of the same length.');
  const keep = [];
  for (let i = 0; i < a.length; i++) if (!Number.isNaN(a[i]) && !Number.isNaN(b[i])) keep.push(i);
  const ra = averageRanks(keep.map((i) => a[i]));
  const rb = averageRanks(keep.map((i) => b[i]));
  return pearson(ra, rb);
}

function pearson(x, y) {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i] / n;
    my += y[i] / n;
  }
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? NaN : sxy / Math.sqrt(sxx * syy);
}

/** Share of the exact top k (highest values, ties broken by index) that the estimate's top k also holds. */
export function topOverlap(exact, estimate, k) {
  const top = (values) => {
    const order = Array.from(values.keys()).filter((i) => !Number.isNaN(values[i]));
    order.sort((a, b) => values[b] - values[a] || a - b);
    return order.slice(0, k);
  };
  const exactTop = top(exact);
  const estimateTop = new Set(top(estimate));
  return exactTop.filter((i) => estimateTop.has(i)).length / exactTop.length;
}

/** Largest |a_i − b_i|, treating NaN = NaN as equal and NaN against a number as Infinity. */
export function maxAbsDifference(a, b) {
  if (a.length !== b.length) return Infinity;
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const both = Number.isNaN(a[i]) && Number.isNaN(b[i]);
    const difference = both ? 0 : Math.abs(a[i] - b[i]);
    worst = Number.isNaN(difference) ? Infinity : Math.max(worst, difference);
  }
  return worst;
}
