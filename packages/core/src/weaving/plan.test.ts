// planIntroductions: greedy on exact marginal gains, compared with brute force over every set of `budget`
// candidate ties, each evaluated independently (reach recomputed on a copy of the network with the ties).
// What is claimed, and tested here: exact for budget 1; exact for horizon 1 (the gain is then additive);
// within 1 − 1/e of the optimum for a single pioneer (the gain is then a coverage function); never better
// than the optimum it is compared with; and, for several pioneers at horizon 2 and more, NOT always optimal.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reach } from '../metrics/node/reach.js';
import { metricsReport } from '../metrics/report.js';
import { createNetwork } from '../model/builder.js';
import type { Network } from '../model/network.js';
import { networkOf, randomGraph } from '../../test/helpers/random-graphs.js';
import { planIntroductions } from './plan.js';
import { withTies, type TiePair } from './whatif.js';

/** Σ over the pioneers of reach gained with these ties: the isolation the ties remove, recomputed from scratch. */
function reduction(network: Network, pioneers: readonly number[], ties: readonly TiePair[], horizon: number): number {
  const before = reach(network, { horizon });
  const after = reach(withTies(network, { add: ties }), { horizon });
  return pioneers.reduce((total, p) => total + after[p] - before[p], 0);
}

/** The best reduction over every set of `budget` candidate ties (pioneer, anyone not tied to it). */
function bruteForce(network: Network, pioneers: readonly number[], horizon: number, budget: number): number {
  const ids = network.organisations.map((organisation) => organisation.id);
  const tied = new Set<string>();
  for (const flow of network.eachFlow()) tied.add([flow.source, flow.target].sort().join(' '));
  const candidates = new Map<string, TiePair>();
  for (const p of pioneers) {
    for (const other of ids) {
      const key = [ids[p], other].sort().join(' ');
      if (other !== ids[p] && !tied.has(key)) candidates.set(key, [ids[p], other]);
    }
  }
  const list = [...candidates.values()];
  let best = 0;
  const choose = (start: number, chosen: TiePair[]): void => {
    if (chosen.length === Math.min(budget, list.length)) {
      best = Math.max(best, reduction(network, pioneers, chosen, horizon));
      return;
    }
    for (let k = start; k < list.length; k++) choose(k + 1, [...chosen, list[k]]);
  };
  choose(0, []);
  return best;
}

function greedy(network: Network, pioneers: number[], horizon: number, budget: number) {
  const plan = planIntroductions(metricsReport(network, { horizon, restarts: 1 }), { budget, pioneers });
  return { plan, value: plan.totalBefore - plan.totalAfter };
}

const sample = randomGraph(8, 10).filter((graph) => graph.n >= 4).map((graph) => ({ ...graph, directed: false }));
const smallUndirected = randomGraph(7, 9).filter((graph) => graph.n >= 3).map((graph) => ({ ...graph, directed: false }));

describe('planIntroductions on hand-built networks', () => {
  // a – b – c – d in a line, and e alone; the pioneers are a and e. 4 others each.
  const line = createNetwork({
    organisations: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, pioneer: id === 'a' || id === 'e' })),
    flows: [['a', 'b'], ['b', 'c'], ['c', 'd']].map(([source, target]) => ({ source, target })),
  });
  const pioneers = [line.indexOf('a'), line.indexOf('e')];

  it('budget 1 picks the single best tie: e–b brings e three organisations and a one', () => {
    // e–b: e reaches b, a, c (+3) and a reaches e (+1): 4. e–a gives 2 + 1, e–c 3, e–d 2, a–c or a–d 1.
    const { plan } = greedy(line, pioneers, 2, 1);
    expect(plan.introductions.map((tie) => [tie.organisation.id, tie.partner.id])).toEqual([['e', 'b']]);
    expect(plan.introductions[0].gain).toBeCloseTo(4 / 4);
    expect(plan.totalBefore).toBeCloseTo(2 - 2 / 4); // a reaches b and c; e no one.
    expect(plan.totalAfter).toBeCloseTo(plan.totalBefore - 1);
  });

  it('budget 2 shows why greedy is not always optimal within two steps: ties can complement each other', () => {
    // Greedy takes e–b (4), after which every tie adds 1 (e.g. a–d): 5 in all. But e–a with e–d gives
    // a: b, c, e, d (e–d through e) = +2 and e: a, b, d, c = +4, so 6: neither tie is best alone, together they are.
    const { plan, value } = greedy(line, pioneers, 2, 2);
    expect(plan.introductions[0].partner.id).toBe('b');
    expect(value).toBeCloseTo(5 / 4);
    expect(reduction(line, pioneers, [['e', 'a'], ['e', 'd']], 2)).toBeCloseTo(6 / 4);
    expect(bruteForce(line, pioneers, 2, 2)).toBeCloseTo(6 / 4);
  });

  it('stops early, saying so, when no tie lowers isolation', () => {
    // Everyone is tied to everyone: there is no candidate at all.
    const triangle = createNetwork({ organisations: ['x', 'y', 'z'].map((id) => ({ id, pioneer: true })), flows: [{ source: 'x', target: 'y' }, { source: 'y', target: 'z' }, { source: 'x', target: 'z' }] });
    const { plan } = greedy(triangle, [0, 1, 2], 2, 2);
    expect(plan.introductions).toHaveLength(0);
    expect(plan.stoppedEarly).toBe(true);
  });

  it('refuses a budget of 0 and an unknown pioneer index', () => {
    const report = metricsReport(line);
    expect(() => planIntroductions(report, { budget: 0 })).toThrow('knet: plan: budget must be a whole number of introductions, 1 or more, got 0.');
    expect(() => planIntroductions(report, { pioneers: [9] })).toThrow(/pioneer index 9/);
  });
});

describe('planIntroductions against brute force', () => {
  const pick = (graph: { n: number }) => [0, Math.min(1, graph.n - 1)].filter((v, i, all) => all.indexOf(v) === i);

  it('budget 1: greedy is exact (it evaluates every candidate exactly), at any horizon, directed or not', () => {
    fc.assert(
      fc.property(randomGraph(7, 9).filter((graph) => graph.n >= 3), fc.integer({ min: 1, max: 3 }), (graph, horizon) => {
        const network = networkOf(graph);
        expect(greedy(network, pick(graph), horizon, 1).value).toBeCloseTo(bruteForce(network, pick(graph), horizon, 1), 12);
      }),
      { numRuns: 150, seed: 61 },
    );
  });

  it('horizon 1: greedy is exact for every budget (a tie adds 1 per pioneer at its ends, whatever else is added)', () => {
    fc.assert(
      fc.property(smallUndirected, fc.integer({ min: 2, max: 3 }), (graph, budget) => {
        const network = networkOf(graph);
        expect(greedy(network, pick(graph), 1, budget).value).toBeCloseTo(bruteForce(network, pick(graph), 1, budget), 12);
      }),
      { numRuns: 100, seed: 62 },
    );
  });

  it('one pioneer: the gain is a coverage function, so submodular (checked here) and greedy reaches 1 − 1/e of the optimum', () => {
    // With every tie at the same pioneer p, no shortest path from p uses two new ties (it would pass p twice),
    // so p reaches ball(p, h) ∪ the union of ball(c, h − 1) over its new partners c: a union of sets.
    const bound = 1 - 1 / Math.E;
    fc.assert(
      fc.property(randomGraph(7, 9).filter((graph) => graph.n >= 3), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 2, max: 3 }), (graph, horizon, budget) => {
        const network = networkOf(graph);
        const ids = network.organisations.map((organisation) => organisation.id);
        const tied = new Set<string>();
        for (const flow of network.eachFlow()) {
          if (flow.source === ids[0]) tied.add(flow.target);
          if (flow.target === ids[0]) tied.add(flow.source);
        }
        const candidates = ids.slice(1).filter((id) => !tied.has(id)).map((id): TiePair => [ids[0], id]);
        const f = (ties: TiePair[]) => reduction(network, [0], ties, horizon);
        // Diminishing returns: x adds no more to {z, y} than to {z}, for every z, y, x (z absent: the empty set).
        for (const x of candidates) {
          for (const y of candidates) {
            if (y === x) continue;
            for (const z of [undefined, ...candidates]) {
              if (z === x || z === y) continue;
              const small = z ? [z] : [];
              expect(f([...small, y, x]) - f([...small, y])).toBeLessThanOrEqual(f([...small, x]) - f(small) + 1e-12);
            }
          }
        }
        expect(greedy(network, [0], horizon, budget).value).toBeGreaterThanOrEqual(bound * bruteForce(network, [0], horizon, budget) - 1e-12);
      }),
      { numRuns: 60, seed: 64 },
    );
  });

  it('horizon 2 and 3: greedy never claims more than the ties achieve, and reached at least 75% of the optimum on this sample', () => {
    // 75% is measured, not proven: over these 600 networks (up to 8 organisations, 10 flows, pioneers 0 and 1;
    // docs/weaving.md) some fell short of the optimum and the worst was 0.75. Greedy's own total must also
    // equal the total recomputed from scratch.
    let short = 0;
    fc.assert(
      fc.property(sample, fc.integer({ min: 2, max: 3 }), fc.integer({ min: 2, max: 3 }), (graph, horizon, budget) => {
        const network = networkOf(graph);
        const pioneers = pick(graph);
        const { plan, value } = greedy(network, pioneers, horizon, budget);
        const ties = plan.introductions.map((tie): TiePair => [tie.organisation.id, tie.partner.id]);
        expect(value).toBeCloseTo(reduction(network, pioneers, ties, horizon), 12);
        const best = bruteForce(network, pioneers, horizon, budget);
        expect(value).toBeLessThanOrEqual(best + 1e-12);
        expect(value).toBeGreaterThanOrEqual(0.75 * best - 1e-12);
        // Stopping early loses nothing: a tie p–c adds c to p's reach unless p already reaches it, so when no tie
        // gains, every pioneer already reaches everyone.
        if (plan.stoppedEarly) expect(plan.totalAfter).toBe(0);
        // Adding ties never lowers reach, so greedy is never below its own first pick: the best single tie.
        expect(value).toBeGreaterThanOrEqual(bruteForce(network, pioneers, horizon, 1) - 1e-12);
        if (value < best - 1e-12) short++;
      }),
      { numRuns: 600, seed: 1 },
    );
    // The sample is meant to include cases where greedy falls short; if none did, the test says nothing.
    expect(short).toBeGreaterThan(0);
  });
});
