// Loader for test/fixtures/local-metrics: small random networks (self-loops, repeats, isolates) built as knet
// Networks from their raw flows, with NetworkX's values for the local metrics (see reference.py there); and the
// hand-derived structural-holes network shared by the constraint and effective-size tests.
import { readFileSync } from 'node:fs';
import { createNetwork } from '../../src/model/builder.js';
import type { Network } from '../../src/model/network.js';

export interface LocalReference {
  name: 'directed' | 'undirected' | 'connected';
  directed: boolean;
  organisations: string[];
  /** Raw flows [source, target, weight], repeats and self-loops included. */
  flows: [string, string, number][];
  /** Column → organisation id → NetworkX's value (null: NaN). */
  nodes: Record<string, Record<string, number | null>>;
  graph: { density: number; average_clustering: number; partition: Record<string, number>; modularity: number };
}

const references: LocalReference[] = JSON.parse(
  readFileSync(new URL('../fixtures/local-metrics/reference.json', import.meta.url), 'utf8'),
);

export const LOCAL_NAMES = references.map((reference) => reference.name);

export function loadLocal(name: string): { network: Network; reference: LocalReference } {
  const reference = references.find((candidate) => candidate.name === name);
  if (!reference) throw new Error(`test helper: no local-metrics reference named ${name}`);
  const network = createNetwork({
    directed: reference.directed,
    organisations: reference.organisations.map((id) => ({ id })),
    flows: reference.flows.map(([source, target, weight]) => ({ source, target, weight })),
  });
  return { network, reference };
}

/** a→b (2), a→c (1), c→b (1), b→b (self-loop, ignored), d isolated: the hand-derived structural-holes case. */
export function burtTriangle(): Network {
  return createNetwork({
    directed: true,
    organisations: ['a', 'b', 'c', 'd'].map((id) => ({ id })),
    flows: [
      { source: 'a', target: 'b', weight: 2 },
      { source: 'a', target: 'c', weight: 1 },
      { source: 'c', target: 'b', weight: 1 },
      { source: 'b', target: 'b', weight: 6 },
    ],
  });
}
