import { describe, expect, it } from 'vitest';
import { createNetwork, csrOf, Network } from '../index.js';

describe('Network', () => {
  it('takes an index built by the caller (ids to positions) as its own, and still refuses repeated ids', () => {
    const built = createNetwork({ flows: [{ source: 'a', target: 'b' }, { source: 'b', target: 'c' }] });
    const index = new Map(built.organisations.map((organisation, i) => [organisation.id, i]));
    const network = new Network({ directed: false, organisations: built.organisations, flows: built.flows, index });
    for (const id of ['a', 'b', 'c', 'z']) expect(network.indexOf(id)).toBe(built.indexOf(id));
    const repeated = [...built.organisations, built.organisations[0]];
    expect(() => new Network({ directed: false, organisations: repeated, flows: built.flows, index })).toThrow(/unique/);
  });

  it('keeps every flow in the file model and merges repeats in the graph view', () => {
    const network = createNetwork({
      flows: [
        { source: 'a', target: 'b', type: 'event', date: '2014-09' },
        { source: 'b', target: 'a', weight: 2, type: 'partnership', date: '2013' },
        { source: 'a', target: 'a' },
        { source: 'b', target: 'c' },
      ],
    });
    expect(network.order).toBe(3);
    expect(network.flows.count).toBe(4);
    expect(network.flow(1)).toMatchObject({ source: 'b', target: 'a', weight: 2, type: 'partnership', date: '2013' });
    const graph = network.toGraph();
    expect(graph.size).toBe(3); // a-b merged, a-a self-loop kept, b-c
    expect(graph.getEdgeAttributes('a', 'b')).toMatchObject({ weight: 3, flows: 2, type: 'event;partnership', date: '2013' });
  });

  it('builds a CSR view without self-loops and with merged weights', () => {
    const network = createNetwork({
      directed: true,
      flows: [
        { source: 'a', target: 'b' },
        { source: 'a', target: 'b', weight: 4 },
        { source: 'b', target: 'a' },
        { source: 'c', target: 'c' },
      ],
    });
    const csr = csrOf(network);
    expect(Array.from(csr.out.offsets)).toEqual([0, 1, 2, 2]);
    expect(Array.from(csr.out.weights)).toEqual([5, 1]);
    expect(Array.from(csr.in.neighbours)).toEqual([1, 0]);
    // mutual weights: a_ab + a_ba = 6 both ways
    expect(Array.from(csr.undirected.weights)).toEqual([6, 6]);
  });

  it('stores attribute names like __proto__ as plain keys', () => {
    const network = createNetwork({
      organisations: [{ id: 'x', attributes: JSON.parse('{"__proto__": "polluted", "constructor": "c"}') }],
      flows: [],
    });
    const attributes = network.organisations[0].attributes;
    expect(Object.keys(attributes)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(attributes)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
