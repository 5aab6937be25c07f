// introductions: a hand-built network where the right ranking follows from the score's formula (worked out
// below), then properties on random networks and on Northfold: never an existing tie, gains recomputed exactly,
// and every explanation true for the numbers it cites.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csrOf } from '../engine/csr.js';
import { findBrokers, stepsToNearest } from '../isolation/brokers.js';
import { percent } from '../isolation/ranks.js';
import { reach } from '../metrics/node/reach.js';
import { metricsReport } from '../metrics/report.js';
import { createNetwork } from '../model/builder.js';
import type { Network } from '../model/network.js';
import { readNetworkFiles } from '../node.js';
import { networkOf, randomGraph } from '../../test/helpers/random-graphs.js';
import { INTRODUCTION_DEFAULTS, introductions, pioneerIntroductions, type Introduction } from './introductions.js';
import { withTies } from './whatif.js';

// p (pioneer, health, co-production) – x (health) – w (housing council, the hub) – h1 h2 h3 (housing);
// w – c (health, co-production) – d1 d2 d3 (children); q (social care, co-production) – r, apart. 12 organisations.
const hub = createNetwork({
  organisations: [
    { id: 'p', sector: 'health', themes: ['co-production'], pioneer: true },
    { id: 'x', sector: 'health' },
    { id: 'w', label: 'Wigan Council', sector: 'housing' },
    { id: 'h1', sector: 'housing' },
    { id: 'h2', sector: 'housing' },
    { id: 'h3', sector: 'housing' },
    { id: 'c', sector: 'health', themes: ['co-production', 'time banking'] },
    { id: 'd1', sector: 'children' },
    { id: 'd2', sector: 'children' },
    { id: 'd3', sector: 'children' },
    { id: 'q', sector: 'social care', themes: ['co-production'] },
    { id: 'r', sector: 'social care' },
  ],
  flows: [
    ['p', 'x'], ['x', 'w'], ['w', 'h1'], ['w', 'h2'], ['w', 'h3'], ['w', 'c'],
    ['c', 'd1'], ['c', 'd2'], ['c', 'd3'], ['q', 'r'],
  ].map(([source, target]) => ({ source, target })),
});

describe('introductions on a hand-built network', () => {
  const report = metricsReport(hub);
  const found = introductions(report, 'p', { top: 20 });
  const byPartner = new Map(found.map((entry) => [entry.partner.id, entry]));

  it('ranks by the documented score: relevance, exact reach gain, brokerage', () => {
    // p reaches x and w now (2 of 11). A tie to c adds c, d1, d2, d3 (+4); to w adds h1, h2, h3, c (+4);
    // to a d, q or r adds 2; to an h adds 1. Best gain 4, so the reach terms are c 1, w 1, d/q/r 0.5, h 0.25.
    // Relevance: c shares the theme and the sector (0.5 + 0.25 + 0.25 = 1); q the theme only (0.75); others 0.
    // Brokerage: w has the highest betweenness (percentile 11/12), c the next; d, h, q, r have none (0).
    // Scores: c ≥ 0.4 + 0.4 = 0.8; w = 0.4 + 0.2 × 11/12 ≈ 0.58; q = 0.3 + 0.2 = 0.5; d1..d3 and r 0.2 (ties
    // broken by input order); h1..h3 0.1. x is already tied to p and is never suggested, nor p itself.
    expect(found.map((entry) => entry.partner.id)).toEqual(['c', 'w', 'q', 'd1', 'd2', 'd3', 'r', 'h1', 'h2', 'h3']);
    expect(byPartner.get('w')!.score).toBeCloseTo(0.4 + 0.2 * (11 / 12));
    expect(byPartner.get('q')!.score).toBeCloseTo(0.5);
  });

  it('reports reach before and after as shares of the 11 others', () => {
    const c = byPartner.get('c')!;
    expect(c.reach.before).toBeCloseTo(2 / 11);
    expect(c.reach.after).toBeCloseTo(6 / 11);
    expect(byPartner.get('h1')!.reach.after).toBeCloseTo(3 / 11);
  });

  it('names who could make the introduction', () => {
    // p and w share a partner (x): x works with both.
    expect(byPartner.get('w')!.introducer).toMatchObject({ index: hub.indexOf('x'), text: 'ask x, which works with both' });
    // p–x–w–c: x and w both sit on the only shortest path, each 1 and 2 steps from the ends; w brokers more.
    expect(byPartner.get('c')!.introducer).toMatchObject({ organisation: { id: 'w' }, stepsToOrganisation: 2, stepsToPartner: 1 });
    expect(byPartner.get('c')!.introducer!.text).toBe('ask Wigan Council, which sits between them (2 steps from p, 1 step from c)');
    // q is in another part of the network: nobody links them yet.
    expect(byPartner.get('q')!.introducer).toBeNull();
  });

  it('explains itself in one sentence built from the numbers', () => {
    // c is one of the two brokers (top 10% of 12 rounds up to 2: w and c); its partners are w (housing) and
    // three in children, so it sits between children and housing.
    expect(byPartner.get('c')!.explanation).toBe(
      "shares 'co-production' and the health sector; would bring 55% of the network within 2 steps (now 18%); brokers between children and housing",
    );
    expect(byPartner.get('q')!.explanation).toBe("shares 'co-production'; would bring 36% of the network within 2 steps (now 18%)");
    expect(byPartner.get('h1')!.explanation).toBe('no theme or sector in common; would bring 27% of the network within 2 steps (now 18%)');
  });

  it('refuses an unknown organisation with a clear message, and a bad top', () => {
    expect(() => introductions(report, 'nobody')).toThrow('knet: introduce: unknown organisation "nobody".');
    expect(() => introductions(report, 'p', { top: 0 })).toThrow(/top must be a whole number/);
  });

  it('gives every weakly connected pioneer its suggestions', () => {
    const all = pioneerIntroductions(report);
    expect(all.map((entry) => entry.pioneer.organisation.id)).toEqual(['p']);
    expect(all[0].introductions).toHaveLength(INTRODUCTION_DEFAULTS.top);
  });
});

/** The claims an explanation makes, checked against the network itself (not against the record that built it). */
function checkExplanation(network: Network, entry: Introduction, horizon: number): void {
  const { organisation, partner, explanation } = entry;
  for (const [, theme] of explanation.matchAll(/'([^']+)'/g)) {
    // Quoted names are shared themes (Northfold's themes hold no quote).
    expect(organisation.themes).toContain(theme);
    expect(partner.themes).toContain(theme);
  }
  if (explanation.includes('no theme or sector in common')) {
    expect(organisation.themes.some((theme) => partner.themes.includes(theme))).toBe(false);
    expect(organisation.sector !== '' && organisation.sector === partner.sector).toBe(false);
  }
  const sector = /(?:also works in (.+?)|the (.+?) sector);/.exec(explanation)?.slice(1).find(Boolean);
  if (sector) expect([organisation.sector, partner.sector]).toEqual([sector, sector]);
  const before = reach(network, { horizon })[entry.index];
  const after = reach(withTies(network, { add: [[organisation.id, partner.id]] }), { horizon })[entry.index];
  const figures = /would bring (.+?) of the network within \d+ steps? \(now (.+?)\)/.exec(explanation);
  if (figures) expect([figures[1], figures[2]]).toEqual([percent(after), percent(before)]);
  else {
    expect(explanation).toContain('would bring no one new');
    expect(after).toBe(before);
  }
  const between = /brokers between (.+) and (.+)$/.exec(explanation);
  if (between) {
    const report = metricsReport(network, { horizon });
    expect(findBrokers(report.columns.betweenness!, { top: INTRODUCTION_DEFAULTS.brokerTop })[entry.partnerIndex]).toBe(1);
    const partnerSectors = new Set<string>();
    for (const flow of network.eachFlow()) {
      if (flow.source === partner.id) partnerSectors.add(network.organisation(flow.target)!.sector);
      if (flow.target === partner.id) partnerSectors.add(network.organisation(flow.source)!.sector);
    }
    expect(partnerSectors).toContain(between[1]);
    expect(partnerSectors).toContain(between[2]);
  }
}

describe('introductions on any network', () => {
  it('never suggests an existing tie, and its reach after is the reach recomputed on the network with the tie', () => {
    fc.assert(
      fc.property(randomGraph(12, 30), fc.integer({ min: 1, max: 3 }), (graph, horizon) => {
        const network = networkOf(graph);
        const report = metricsReport(network, { horizon, restarts: 1 });
        for (const organisation of network.organisations) {
          const found = introductions(report, organisation.id, { top: network.order });
          const tied = new Set<string>([organisation.id]);
          for (const flow of network.eachFlow()) {
            if (flow.source === organisation.id) tied.add(flow.target);
            if (flow.target === organisation.id) tied.add(flow.source);
          }
          // Every organisation not tied is a candidate, exactly once.
          expect(found.map((entry) => entry.partner.id).sort()).toEqual(network.organisations.map((o) => o.id).filter((id) => !tied.has(id)).sort());
          const adjacency = csrOf(network).undirected;
          const steps = (v: number) => stepsToNearest(adjacency, Uint8Array.from({ length: network.order }, (_, u) => (u === v ? 1 : 0)));
          for (const entry of found) {
            const after = reach(withTies(network, { add: [[organisation.id, entry.partner.id]] }), { horizon });
            expect(entry.reach.after).toBeCloseTo(after[entry.index], 12);
            // The introducer sits on a shortest path between the two (direction ignored); none only when no path exists.
            const [from, to] = [steps(entry.index), steps(entry.partnerIndex)];
            if (from[entry.partnerIndex] < 0) expect(entry.introducer).toBeNull();
            else {
              const w = entry.introducer!.index;
              expect(from[w] + to[w]).toBe(from[entry.partnerIndex]);
              expect([entry.introducer!.stepsToOrganisation, entry.introducer!.stepsToPartner]).toEqual([from[w], to[w]]);
            }
          }
        }
      }),
      { numRuns: 40, seed: 6 },
    );
  });

  it('on Northfold, every pioneer suggestion explains itself truthfully', async () => {
    const root = new URL('../../../../data/northfold/', import.meta.url);
    const { network } = await readNetworkFiles({ nodes: new URL('nodes.csv', root).pathname, edges: new URL('edges.csv', root).pathname });
    const report = metricsReport(network);
    const all = pioneerIntroductions(report);
    expect(all.length).toBeGreaterThan(0);
    for (const { introductions: found } of all) {
      expect(found).toHaveLength(INTRODUCTION_DEFAULTS.top);
      for (const entry of found) checkExplanation(network, entry, report.horizon);
      // Best first.
      for (let i = 1; i < found.length; i++) expect(found[i - 1].score).toBeGreaterThanOrEqual(found[i].score);
    }
  });
});
