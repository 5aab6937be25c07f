// A silo-matrix cell picks exactly the flows groupMatrix counted in it, either way round when undirected,
// also when the matrix was computed on a filtered network (flow numbers mapped back to the full one).
import { createNetwork, eiIndex, groupMatrix } from '@knet/core';
import { describe, expect, test } from 'vitest';
import { silosPayload } from '../workers/silos.js';
import { cellHighlight, cellLabel } from './highlight.js';

function silosOf(directed: boolean) {
  const network = createNetwork({
    directed,
    organisations: [
      { id: 'h1', sector: 'health' }, { id: 'h2', sector: 'health' }, { id: 'h3', sector: 'health' },
      { id: 'o1', sector: 'housing' }, { id: 'o2', sector: 'housing' },
    ],
    flows: [['h1', 'o1'], ['o1', 'h1'], ['o2', 'h2'], ['h1', 'h2'], ['o1', 'o2']].map(([source, target]) => ({ source, target })),
  });
  const silos = silosPayload('sector', groupMatrix(network, 'sector'), eiIndex(network, 'sector'), null, network.flows.count);
  return { network, silos };
}

describe('cellHighlight', () => {
  test('undirected: health → housing and housing → health pick the same flows and their ends', () => {
    const { network, silos } = silosOf(false);
    const a = cellHighlight(network, silos, 0, 1, (g) => g);
    const b = cellHighlight(network, silos, 1, 0, (g) => g);
    expect([...a.flows]).toEqual([1, 1, 1, 0, 0]);
    expect([...b.flows]).toEqual([...a.flows]);
    expect([...a.organisations].sort()).toEqual([0, 1, 3, 4]);
    expect(a.label).toBe('health → housing: 2 ties');
    expect(a.ties).toBe(2);
  });

  test('a filtered network: its flows point back at the full network', () => {
    const { network } = silosOf(false);
    // The analysed network holds flows 2 and 4 of the full one (o2–h2 and o1–o2).
    const sub = createNetwork({
      organisations: network.organisations.map((o) => ({ id: o.id, sector: o.sector })),
      flows: [{ source: 'o2', target: 'h2' }, { source: 'o1', target: 'o2' }],
    });
    const silos = silosPayload('sector', groupMatrix(sub, 'sector'), eiIndex(sub, 'sector'), Int32Array.of(2, 4), network.flows.count);
    expect([...cellHighlight(network, silos, 1, 0, (g) => g).flows]).toEqual([0, 0, 1, 0, 0]);
    expect([...cellHighlight(network, silos, 1, 1, (g) => g).flows]).toEqual([0, 0, 0, 0, 1]);
    expect(silos.ei.map((group) => group.ei)).toEqual([1, 0]);
  });

  test('directed: each direction its own cell', () => {
    const { network, silos } = silosOf(true);
    expect([...cellHighlight(network, silos, 0, 1, (g) => g).flows]).toEqual([1, 0, 0, 0, 0]);
    expect([...cellHighlight(network, silos, 1, 0, (g) => g).flows]).toEqual([0, 1, 1, 0, 0]);
    expect(cellLabel(silos, 1, 1, (g) => g.toUpperCase())).toBe('HOUSING → HOUSING: 1 tie');
  });
});
