// Components against the NetworkX reference (classic networks, CLI fixture), hand-built cases for the
// largest-first order and its tie-break, and a plain flood fill over the flow list on random graphs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNetwork } from '../../model/builder.js';
import { CLASSIC_NAMES, CLI_FIXTURE_DIR, loadClassic, loadCliReference, loadCsvFolder } from '../../../test/helpers/classic.js';
import { cycleWithTail } from '../../../test/helpers/path-cases.js';
import { networkOf, randomGraph } from '../../../test/helpers/random-graphs.js';
import { component, components } from './component.js';


describe('components', () => {
  it.each(CLASSIC_NAMES)('matches nx.connected_components on %s', (name) => {
    const { network, reference } = loadClassic(name);
    const result = components(network);
    expect(result.sizes).toEqual(reference.components.map((members) => members.length));
    reference.components.forEach((members, c) => {
      for (const id of members) expect(result.index[network.indexOf(id)]).toBe(c);
    });
  });

  it.each([false, true])('matches NetworkX on the CLI fixture (directed: %s)', (directed) => {
    // The fixture has three components (10, 2 and an isolate); reference.py sorts them largest first.
    const reference = loadCliReference();
    const network = loadCsvFolder(CLI_FIXTURE_DIR, directed);
    const expected = reference[directed ? 'directed' : 'undirected'].component as Record<string, number>;
    const ours = component(network);
    network.organisations.forEach((organisation, v) => expect(ours[v]).toBe(expected[organisation.id]));
  });

  it('ignores direction and self-loops (hand-derived)', () => {
    // {a, b, c, d} joined whatever the direction, {e, f}, and g whose only flow is a self-loop: an isolate.
    const result = components(cycleWithTail(true));
    expect(Array.from(result.index)).toEqual([0, 0, 0, 0, 1, 1, 2]);
    expect(result).toMatchObject({ sizes: [4, 2, 1], count: 3, largest: 4, largestShare: 4 / 7, isolates: 1 });
  });

  it('numbers equal sizes by their first organisation', () => {
    // Two pairs of equal size: the pair holding the earlier organisation (x1, index 1) is component 0; the
    // lone z (index 0) comes last because it is smaller.
    const network = createNetwork({
      organisations: ['z', 'x1', 'y1', 'y2', 'x2'].map((id) => ({ id })),
      flows: [{ source: 'y1', target: 'y2' }, { source: 'x2', target: 'x1' }],
    });
    expect(Array.from(components(network).index)).toEqual([2, 0, 1, 1, 0]);
  });

  it('handles the empty network', () => {
    expect(components(createNetwork({ flows: [] }))).toMatchObject({ sizes: [], count: 0, largest: 0, isolates: 0 });
    expect(components(createNetwork({ flows: [] })).largestShare).toBeNaN();
  });

  it('agrees with a flood fill on random graphs', () => {
    fc.assert(
      fc.property(randomGraph(), (graph) => {
        const linked = Array.from({ length: graph.n }, () => [] as number[]);
        for (const [s, t] of graph.flows) linked[s].push(t), linked[t].push(s);
        const group = new Array<number>(graph.n).fill(-1);
        const members: number[][] = [];
        for (let start = 0; start < graph.n; start++) {
          if (group[start] >= 0) continue;
          const stack = [start];
          const found: number[] = [];
          group[start] = members.length;
          while (stack.length) {
            const v = stack.pop()!;
            found.push(v);
            for (const u of linked[v]) if (group[u] < 0) (group[u] = members.length), stack.push(u);
          }
          members.push(found);
        }
        // Expected numbering: by size, larger first; equal sizes by first organisation (found in that order).
        const order = members.map((_, i) => i).sort((a, b) => members[b].length - members[a].length || a - b);
        const result = components(networkOf(graph));
        return (
          order.every((g, rank) => members[g].every((v) => result.index[v] === rank)) &&
          result.sizes.join() === order.map((g) => members[g].length).join() &&
          result.isolates === members.filter((m) => m.length === 1).length
        );
      }),
      { numRuns: 300 },
    );
  });

  it('refuses what is not a network', () => {
    expect(() => components('network' as never)).toThrow(/knet: components: expected a Network/);
  });
});
