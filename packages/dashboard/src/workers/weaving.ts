// Network weaving in the worker, on the latest analysed (filtered) network: the what-if of the proposed ties
// (@knet/core whatIf, with the analysis's own report as "before"), suggested introductions, and a theme's
// parallel pioneers. Answers name organisations by their index in the FULL network, as every payload does.
import {
  introductions,
  type Introduction,
  type MetricsReport,
  type Network,
  parallelPioneers,
  pioneerIntroductions,
  tieChangesProblem,
  whatIf,
} from '@knet/core';
import type { Proposal } from '../state/proposals.js';
import type { IntroductionPayload, IntroductionsPayload, ParallelPayload, PioneerIntroductionsPayload, WhatIfPayload } from './protocol.js';

export interface Analysed {
  full: Network;
  sub: Network;
  report: MetricsReport;
}

/** The full network's index of the analysed network's organisation v. */
function fullIndexOf(analysed: Analysed, v: number): number {
  return analysed.full.indexOf(analysed.sub.organisations[v].id);
}

/**
 * The figures before and after adding the proposals that can be added to the analysed network; the others
 * (an end hidden by the filters, an existing tie) are returned with the reason, in core's words.
 */
export function whatIfOf(analysed: Analysed, proposals: readonly Proposal[]): WhatIfPayload {
  const { sub, report } = analysed;
  const applied: Proposal[] = [];
  const skipped: WhatIfPayload['skipped'] = [];
  for (const tie of proposals) {
    const hidden = tie.find((id) => sub.indexOf(id) < 0);
    const problem = hidden !== undefined ? `${hidden} is hidden by the filters or the date` : tieChangesProblem(sub, { add: [...applied, tie] });
    if (problem) skipped.push({ tie, reason: problem.replace(/: --add needs a new tie$/, '') });
    else applied.push(tie);
  }
  if (applied.length === 0) return { horizon: report.horizon, applied, skipped, before: null, after: null, pioneers: [] };
  const result = whatIf(sub, { add: applied }, { horizon: report.horizon, before: report });
  return {
    horizon: report.horizon,
    applied,
    skipped,
    before: result.before,
    after: result.after,
    pioneers: result.pioneers.map((p) => ({
      index: fullIndexOf(analysed, p.index),
      isolationBefore: p.isolationBefore,
      isolationAfter: p.isolationAfter,
      weakBefore: p.weakBefore,
      weakAfter: p.weakAfter,
    })),
  };
}

function introductionPayload(analysed: Analysed, entry: Introduction): IntroductionPayload {
  return {
    partner: fullIndexOf(analysed, entry.partnerIndex),
    score: entry.score,
    explanation: entry.explanation,
    introducer: entry.introducer ? fullIndexOf(analysed, entry.introducer.index) : null,
    // Worded as `knet introduce` words it.
    introducerText: entry.introducer ? entry.introducer.text : 'nobody links them yet: they are in separate parts of the network',
  };
}

/** The best introductions for one organisation (empty when the filters hide it). */
export function introductionsOf(analysed: Analysed, id: string, top: number): IntroductionsPayload {
  const { sub, report } = analysed;
  const v = sub.indexOf(id);
  if (v < 0) return { id, reach: Number.NaN, introductions: [] };
  const reach = report.columns.reach?.[v] ?? Number.NaN;
  return { id, reach, introductions: introductions(report, id, { top }).map((entry) => introductionPayload(analysed, entry)) };
}

/** The best introductions for every weakly connected pioneer, most isolated first. */
export function pioneerIntroductionsOf(analysed: Analysed, top: number): PioneerIntroductionsPayload {
  return {
    pioneers: pioneerIntroductions(analysed.report, { top }).map(({ pioneer, introductions: list }) => ({
      index: fullIndexOf(analysed, pioneer.index),
      introductions: list.map((entry) => introductionPayload(analysed, entry)),
    })),
  };
}

/** One theme's groups out of each other's reach within the horizon, and the shortest path between every two. */
export function parallelOf(analysed: Analysed, theme: string): ParallelPayload {
  const { sub, report } = analysed;
  const known = sub.organisations.some((organisation) => organisation.themes.some((t) => t.toLowerCase() === theme.trim().toLowerCase()));
  if (!known) return { theme, horizon: report.horizon, count: 0, groups: [], paths: [] };
  const [result] = parallelPioneers(sub, { horizon: report.horizon, theme });
  const full = analysed.full;
  return {
    theme: result.theme,
    horizon: report.horizon,
    count: result.count,
    groups: result.groups.map((group) => group.members.map((v) => fullIndexOf(analysed, v))),
    paths: result.paths.map((path) => ({ from: path.from, to: path.to, steps: path.steps, path: path.path.map((organisation) => full.indexOf(organisation.id)) })),
  };
}
