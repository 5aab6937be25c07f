// The reasons on real metrics reports (classic networks, the split CLI fixture): every figure a reason
// cites is the report's own value, and every reason's condition holds for the organisation it is given to.
import { describe, expect, it } from 'vitest';
import { CLI_FIXTURE_DIR, loadClassic, loadCsvFolder } from '../../test/helpers/classic.js';
import { metricsReport } from '../metrics/report.js';
import type { Network } from '../model/network.js';
import { weaklyConnected } from './weakly-connected.js';

/** Steps from v to the nearest organisation in `targets`, by a plain BFS over the flows (direction ignored). */
function stepsToNearest(network: Network, v: number, targets: Set<number>): number {
  const neighbours = network.organisations.map(() => new Set<number>());
  for (let f = 0; f < network.flows.count; f++) {
    neighbours[network.flows.source[f]].add(network.flows.target[f]);
    neighbours[network.flows.target[f]].add(network.flows.source[f]);
  }
  const seen = new Set([v]);
  let frontier = [v];
  for (let d = 0; frontier.length; d++) {
    if (frontier.some((u) => targets.has(u))) return d;
    frontier = frontier.flatMap((u) => [...neighbours[u]].filter((w) => !seen.has(w) && seen.add(w)));
  }
  return -1;
}

const networks: [string, () => Network][] = [
  ['karate', () => loadClassic('karate').network],
  ['lesmis', () => loadClassic('lesmis').network],
  ['cli fixture', () => loadCsvFolder(CLI_FIXTURE_DIR)],
];

describe.each(networks)('reasons on %s', (_name, load) => {
  it('cite the report and hold', () => {
    const network = load();
    const report = metricsReport(network);
    const reach = report.columns.reach!;
    const sorted = Array.from(reach).sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    const medianReach = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    const betweenness = Array.from(report.columns.betweenness!);
    const bar = [...betweenness].sort((a, b) => b - a)[Math.ceil(0.1 * network.order) - 1];
    const brokers = new Set(betweenness.flatMap((b, v) => (b > 0 && b >= bar ? [v] : [])));
    const found = weaklyConnected(report, { pioneersOnly: false, relative: 1 });
    expect(found.length).toBeGreaterThan(0);
    let checked = 0;
    for (const entry of found) {
      const v = entry.index;
      for (const reason of entry.reasons) {
        checked++;
        const numbers = reason.numbers;
        // CSV output joins reasons with '; ', so no reason may contain one itself.
        expect(reason.text).not.toContain(';');
        switch (reason.code) {
          case 'low-reach':
            expect(numbers.reach).toBe(reach[v]);
            expect(numbers.medianReach).toBeCloseTo(medianReach, 12);
            expect(reach[v]).toBeLessThanOrEqual(medianReach);
            break;
          case 'outside-main-network':
            expect(report.components.index[v]).not.toBe(0);
            expect(numbers.groupSize).toBe(report.components.sizes[report.components.index[v]]);
            break;
          case 'closed-circle':
            expect(numbers.constraint).toBe(report.columns.constraint![v]);
            expect(report.columns.clustering![v]).toBeGreaterThan(0.5);
            break;
          case 'few-ties':
            expect(numbers.ties).toBeLessThanOrEqual(2);
            expect(numbers.ties).toBe(report.columns.degree![v]);
            break;
          case 'far-from-brokers': {
            const steps = stepsToNearest(network, v, brokers);
            expect(steps === -1 || steps >= 3).toBe(true);
            if (steps === -1) expect(reason.text).toBe('no broker can be reached from its group');
            else expect(reason.text).toBe(`nearest broker is ${steps} steps away`);
            break;
          }
          case 'no-ties':
            expect(report.columns.degree![v]).toBe(0);
            break;
          default:
            expect(reason.text.length).toBeGreaterThan(0);
        }
      }
    }
    expect(checked).toBeGreaterThan(found.length - 1);
  });
});
