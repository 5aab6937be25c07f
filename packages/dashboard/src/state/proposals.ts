// Proposed ties (what-if): pairs of organisation ids a funder is considering introducing. Pure data and
// their URL form; no DOM. A tie is mutual (as in @knet/core's whatIf), so A–B and B–A are the same proposal.

/** Ids of the two organisations, as in the nodes file. */
export type Proposal = readonly [string, string];

/** Same pair either way round. */
export function sameTie(a: Proposal, b: Proposal): boolean {
  return (a[0] === b[0] && a[1] === b[1]) || (a[0] === b[1] && a[1] === b[0]);
}

/** The proposals with this tie added at the end; unchanged when it is already there or names one organisation twice. */
export function withProposal(proposals: readonly Proposal[], tie: Proposal): readonly Proposal[] {
  if (tie[0] === tie[1] || proposals.some((p) => sameTie(p, tie))) return proposals;
  return [...proposals, [tie[0], tie[1]]];
}

export function withoutProposal(proposals: readonly Proposal[], tie: Proposal): readonly Proposal[] {
  return proposals.filter((p) => !sameTie(p, tie));
}

/**
 * One proposal as one query value, "a,b": each id has % and , escaped (ids may hold commas), so the split
 * is unambiguous; URLSearchParams escapes the rest.
 */
export function encodeProposal(tie: Proposal): string {
  const escape = (id: string) => id.replace(/%/g, '%25').replace(/,/g, '%2C');
  return `${escape(tie[0])},${escape(tie[1])}`;
}

/** The pair back from encodeProposal's form, or null for a damaged value. */
export function decodeProposal(value: string): Proposal | null {
  const parts = value.split(',');
  if (parts.length !== 2) return null;
  try {
    const [a, b] = parts.map((part) => decodeURIComponent(part));
    return a && b && a !== b ? [a, b] : null;
  } catch {
    return null;
  }
}
