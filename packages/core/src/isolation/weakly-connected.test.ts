// weaklyConnected: SPEC section 6's test (outside the largest component, or reach <= relative × median reach),
// pioneers only unless asked, most isolated first; checked against a brute-force reading of the same rule.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNetwork, type FlowInput } from '../model/builder.js';
import { handReport } from '../../test/helpers/hand-report.js';
import { weaklyConnected } from './weakly-connected.js';

const path = (ids: string[]): FlowInput[] => ids.slice(1).map((id, i) => ({ source: ids[i], target: id }));

describe('weaklyConnected', () => {
  // Main: p0-p1-p2 then a clique of 6 (k0..k5) hanging off p2; a pair x-y outside; an isolate. Reach at
  // horizon 2 (of 11 others): p0 2, p1 3, p2 8, k0 7, k1..k5 6, x and y 1, alone 0; median 6/11, bar 3/11.
  const clique = ['k0', 'k1', 'k2', 'k3', 'k4', 'k5'];
  const cliqueFlows = clique.flatMap((a, i) => clique.slice(i + 1).map((b) => ({ source: a, target: b })));
  const pioneers = new Set(['p0', 'k2', 'x', 'alone']);
  const network = createNetwork({
    organisations: ['p0', 'p1', 'p2', ...clique, 'x', 'y', 'alone'].map((id) => ({ id, pioneer: pioneers.has(id) })),
    flows: [...path(['p0', 'p1', 'p2', 'k0']), ...cliqueFlows, { source: 'x', target: 'y' }],
  });
  const report = handReport(network);

  it('lists weakly connected pioneers, most isolated first, each with reasons', () => {
    const found = weaklyConnected(report);
    expect(found.map((w) => w.organisation.id)).toEqual(['alone', 'x', 'p0']);
    expect(found.map((w) => w.reasons[0].code)).toEqual(['no-ties', 'outside-main-network', 'low-reach']);
    const x = found[1];
    expect(x.reach).toBeCloseTo(1 / 11);
    expect(x.isolation).toBeCloseTo(10 / 11);
    expect(x.ties).toBe(1);
    expect(x.component).toBe(1);
  });

  it('with pioneersOnly false, finds every weakly connected organisation (p1 sits exactly on the bar)', () => {
    const ids = weaklyConnected(report, { pioneersOnly: false }).map((w) => w.organisation.id);
    expect(ids).toEqual(['alone', 'x', 'y', 'p0', 'p1']);
  });

  it('moves the bar with relative', () => {
    expect(weaklyConnected(report, { relative: 1.2 }).map((w) => w.organisation.id)).toContain('k2');
    expect(weaklyConnected(report, { relative: 0 }).map((w) => w.organisation.id)).toEqual(['alone', 'x']);
  });

  it('rejects a negative or missing relative with a knet message', () => {
    expect(() => weaklyConnected(report, { relative: -1 })).toThrow(/knet: weaklyConnected: relative/);
    expect(() => weaklyConnected(report, { relative: Number.NaN })).toThrow(/knet/);
  });

  it('agrees with a brute-force reading of SPEC section 6 on random networks', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 25 }),
        fc.array(fc.tuple(fc.nat(24), fc.nat(24)), { maxLength: 40 }),
        fc.double({ min: 0, max: 1.5, noNaN: true }),
        (n, pairs, relative) => {
          const organisations = Array.from({ length: n }, (_, i) => ({ id: `o${i}`, pioneer: i % 3 === 0 }));
          const flows = pairs.map(([a, b]) => ({ source: `o${a % n}`, target: `o${b % n}` }));
          const net = createNetwork({ organisations, flows });
          const r = handReport(net);
          const reach = Array.from(r.columns.reach!);
          const sorted = [...reach].sort((a, b) => a - b);
          const mid = sorted.length >> 1;
          const med = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
          const expected = organisations
            .map((o, v) => ({ o, v }))
            .filter(({ o, v }) => o.pioneer && (r.components.index[v] !== 0 || reach[v] <= relative * med))
            .map(({ o }) => o.id);
          const found = weaklyConnected(r, { relative });
          expect(new Set(found.map((w) => w.organisation.id))).toEqual(new Set(expected));
          for (let i = 1; i < found.length; i++) expect(found[i].reach).toBeGreaterThanOrEqual(found[i - 1].reach);
          for (const w of found) expect(w.reasons.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
