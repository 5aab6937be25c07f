// The issue's targets as checkable records: text for the table, and a check on a measured row that answers
// true, false, or null when the row lacks what the target needs (a skipped peer, a missing metric).

/** knet time at most `factor` × the peer's. */
export const ratioAtMost = (factor) => ({
  text: `≤ ${factor}× peer`,
  check: (row) => (row.ratio === undefined ? null : row.ratio <= factor),
});

/** knet faster than the peer (the report against graphology's betweenness alone). */
export const fasterThanPeer = (what) => ({
  text: `< ${what}`,
  check: (row) => (row.ratio === undefined ? null : row.ratio < 1),
});

/** knet median under `seconds` (`who` names where the figure comes from, e.g. igraph's measured time). */
export const secondsBelow = (seconds, who) => ({
  seconds,
  text: `< ${seconds} s${who ? ` (${who})` : ''}`,
  check: (row) => (row.knetMs === undefined ? null : row.knetMs / 1000 < seconds),
});

export const secondsAtMost = (seconds, who) => ({
  seconds,
  text: `≤ ${seconds} s${who ? ` (${who})` : ''}`,
  check: (row) => (row.knetMs === undefined ? null : row.knetMs / 1000 <= seconds),
});

/** knet's peak resident memory (the whole process) at most `mb`. */
export const memoryAtMost = (mb) => ({
  text: `≤ ${mb >= 1024 ? `${mb / 1024} GB` : `${mb} MB`} RSS`,
  check: (row) => (row.knetPeakMB === undefined ? null : row.knetPeakMB <= mb),
});

/** Sampled estimates rank organisations like the exact metric (the issue's approximation bar, on M). */
export const ranksLikeExact = (rho, overlap, k) => ({
  text: `ρ ≥ ${rho}, top-${k} ≥ ${overlap * 100}%`,
  check: (row) => {
    if (!row.accuracy) return null;
    return Object.values(row.accuracy).every((a) => a.spearman >= rho && a.overlap >= overlap);
  },
});

/**
 * The issue's absolute times (igraph's) were measured on its machine: rescaled by how fast the same peer
 * runs here compared with the issue's table, they say what the bar means on this machine. A note only;
 * the verdict keeps the issue's numbers.
 */
export function rescaledNote(targets, peerSeconds, issuePeerSeconds) {
  const absolute = targets.filter((target) => target.seconds !== undefined && target.text.includes('igraph'));
  if (absolute.length === 0 || !(peerSeconds > 0) || !(issuePeerSeconds > 0)) return '';
  const factor = peerSeconds / issuePeerSeconds;
  const bars = absolute.map((target) => `${+(target.seconds * factor).toPrecision(2)} s`).join(', ');
  return `peer runs ${factor.toFixed(2)}× its issue time here, so the igraph bar here ≈ ${bars}`;
}

/** 'yes' when every target is met, 'no' when one fails, '?' when one cannot be checked, '' when none is set. */
export function verdict(targets, row) {
  if (targets.length === 0) return '';
  const results = targets.map((target) => target.check(row));
  if (results.includes(false)) return 'no';
  if (results.includes(null)) return '?';
  return 'yes';
}
