// Tests for Gould-Fernandez brokerage: each role on a hand-drawn triad, a published worked example, statnet's
// sna::brokerage on three networks (counts, expectations, z-scores), a brute-force reference, the undirected rule.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNetwork, type FlowInput } from '../model/builder.js';
import { BROKERAGE_ROLES, brokerage, SNA_ROLE_NAMES, type BrokerageRole, type RoleRecord } from './brokerage.js';

const ROLES_AND_TOTAL = [...BROKERAGE_ROLES, 'total'] as const;

/** A directed network from "a>b" strings, with groups given per organisation. */
function directed(groups: Record<string, string>, arcs: string[], isDirected = true) {
  return createNetwork({
    directed: isDirected,
    organisations: Object.entries(groups).map(([id, sector]) => ({ id, sector })),
    flows: arcs.map((arc) => {
      const [source, target] = arc.split('>');
      return { source, target };
    }),
  });
}

/** The roles of organisation `id` as a plain record, zero roles left out. */
function rolesOf(result: ReturnType<typeof brokerage>, index: number): Partial<RoleRecord<number>> {
  const roles: Partial<RoleRecord<number>> = {};
  for (const role of ROLES_AND_TOTAL) if (result.counts[role][index] !== 0) roles[role] = result.counts[role][index];
  return roles;
}

describe('brokerage: each role on a triad a -> b -> c (b brokers, a -> c absent)', () => {
  // Gould and Fernandez (1989), Figure 1: the five brokerage structures, drawn here as groups X, Y, Z.
  const cases: [BrokerageRole, Record<string, string>][] = [
    ['coordinator', { a: 'X', b: 'X', c: 'X' }],
    ['itinerant', { a: 'X', b: 'Y', c: 'X' }],
    ['representative', { a: 'X', b: 'X', c: 'Y' }],
    ['gatekeeper', { a: 'X', b: 'Y', c: 'Y' }],
    ['liaison', { a: 'X', b: 'Y', c: 'Z' }],
  ];
  for (const [role, groups] of cases) {
    it(`${role}: a in ${groups.a}, b in ${groups.b}, c in ${groups.c}`, () => {
      const result = brokerage(directed(groups, ['a>b', 'b>c']), { by: 'sector' });
      expect(rolesOf(result, 1)).toEqual({ [role]: 1, total: 1 });
      expect(rolesOf(result, 0)).toEqual({});
      expect(rolesOf(result, 2)).toEqual({});
      expect(result.totals[role]).toBe(1);
      expect(result.totals.total).toBe(1);
    });
  }

  it('no brokerage when a -> c exists (the triad is closed), whatever the groups', () => {
    const result = brokerage(directed({ a: 'X', b: 'Y', c: 'Z' }, ['a>b', 'b>c', 'a>c']), { by: 'sector' });
    expect(result.totals.total).toBe(0);
  });

  it('c -> a alone does not close a -> b -> c (direction matters)', () => {
    const result = brokerage(directed({ a: 'X', b: 'X', c: 'X' }, ['a>b', 'b>c', 'c>a']), { by: 'sector' });
    // A directed 3-cycle: every organisation brokers the path through it once.
    expect(Array.from(result.counts.coordinator)).toEqual([1, 1, 1]);
  });

  it('a -> b -> a is not a two-path between distinct organisations', () => {
    const result = brokerage(directed({ a: 'X', b: 'Y' }, ['a>b', 'b>a']), { by: 'sector' });
    expect(result.totals.total).toBe(0);
  });

  it('repeated flows and self-loops change nothing', () => {
    const plain = brokerage(directed({ a: 'X', b: 'Y', c: 'X' }, ['a>b', 'b>c']), { by: 'sector' });
    const noisy = brokerage(directed({ a: 'X', b: 'Y', c: 'X' }, ['a>b', 'a>b', 'b>b', 'b>c', 'c>c']), { by: 'sector' });
    expect(noisy.counts).toEqual(plain.counts);
  });
});

describe('brokerage: published worked example', () => {
  // cograph's reference pages for centrality_brokerage_* (sonsoles.me/cograph, "bit-exact against
  // sna::brokerage"): adj rows A 0110, B 0011, C 0001, D 1000 with membership (1, 1, 2, 2). Their printed
  // coordinator output is 0 0 0 0. Worked by hand: D->A->B gatekeeper, D->A->C itinerant; A->B->D
  // representative (A->B->C is closed by A->C); A->C->D gatekeeper (B->C->D closed by B->D);
  // B->D->A itinerant, C->D->A representative. sna 2.7-1 prints the same table.
  it('matches the hand-worked counts for A, B, C, D', () => {
    const network = directed({ A: '1', B: '1', C: '2', D: '2' }, ['A>B', 'A>C', 'B>C', 'B>D', 'C>D', 'D>A']);
    const result = brokerage(network, { by: 'sector' });
    expect(Array.from(result.counts.coordinator)).toEqual([0, 0, 0, 0]);
    expect(Array.from(result.counts.itinerant)).toEqual([1, 0, 0, 1]);
    expect(Array.from(result.counts.representative)).toEqual([0, 1, 0, 1]);
    expect(Array.from(result.counts.gatekeeper)).toEqual([1, 0, 1, 0]);
    expect(Array.from(result.counts.liaison)).toEqual([0, 0, 0, 0]);
    expect(Array.from(result.counts.total)).toEqual([2, 1, 1, 2]);
  });
});

interface SnaCase {
  name: string;
  directed: boolean;
  n: number;
  groups: number[];
  edges: [number, number][];
  columns: string[];
  raw: number[][];
  exp: number[][];
  sd: number[][];
  z: (number | null)[][];
  rawGlobal: number[];
  expGlobal: number[];
  sdGlobal: number[];
  zGlobal: (number | null)[];
}

const fixture = JSON.parse(
  readFileSync(new URL('../../test/fixtures/brokerage/sna-reference.json', import.meta.url), 'utf8'),
) as { cases: SnaCase[] };

function close(actual: number, expected: number | null) {
  if (expected === null) return expect(Number.isFinite(actual)).toBe(false);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(expected)));
}

describe('brokerage: agrees with sna::brokerage (test/fixtures/brokerage/sna-reference.R)', () => {
  for (const snaCase of fixture.cases) {
    it(`${snaCase.name}: counts, expectations, standard deviations and z-scores`, () => {
      const ids = Array.from({ length: snaCase.n }, (_, i) => `v${i}`);
      const network = createNetwork({
        directed: snaCase.directed,
        organisations: ids.map((id) => ({ id })),
        flows: snaCase.edges.map(([s, t]) => ({ source: ids[s], target: ids[t] })),
      });
      const result = brokerage(network, { by: snaCase.groups });
      const expectation = result.expected!;
      expect(expectation).toBeDefined();
      for (const role of ROLES_AND_TOTAL) {
        const column = snaCase.columns.indexOf(SNA_ROLE_NAMES[role]);
        for (let v = 0; v < snaCase.n; v++) {
          expect(result.counts[role][v]).toBe(snaCase.raw[v][column]);
          const g = result.group[v];
          close(expectation.byGroup.expected[role][g], snaCase.exp[v][column]);
          close(expectation.byGroup.sd[role][g], snaCase.sd[v][column]);
          close(expectation.z[role][v], snaCase.z[v][column]);
        }
        expect(result.totals[role]).toBe(snaCase.rawGlobal[column]);
        close(expectation.network.expected[role], snaCase.expGlobal[column]);
        close(expectation.network.sd[role], snaCase.sdGlobal[column]);
        close(expectation.network.z[role], snaCase.zGlobal[column]);
      }
    });
  }
});

/** Brute force over every ordered triple, on an adjacency matrix: the definition, nothing clever. */
function bruteForce(n: number, arcs: [number, number][], group: number[], isDirected: boolean) {
  const adjacent = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
  for (const [s, t] of arcs) {
    if (s === t) continue;
    adjacent[s][t] = true;
    if (!isDirected) adjacent[t][s] = true;
  }
  const counts = Object.fromEntries(BROKERAGE_ROLES.map((r) => [r, new Array<number>(n).fill(0)])) as Record<BrokerageRole, number[]>;
  for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) for (let c = 0; c < n; c++) {
    if (a === b || b === c || a === c || !adjacent[a][b] || !adjacent[b][c] || adjacent[a][c]) continue;
    const [ga, gb, gc] = [group[a], group[b], group[c]];
    const role: BrokerageRole =
      ga === gb && gb === gc ? 'coordinator'
        : ga === gc ? 'itinerant'
          : ga === gb ? 'representative'
            : gb === gc ? 'gatekeeper'
              : 'liaison';
    counts[role][b]++;
  }
  return counts;
}

const randomNetwork = fc.integer({ min: 1, max: 11 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    arcs: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 40 }),
    group: fc.array(fc.nat(3), { minLength: n, maxLength: n }),
    isDirected: fc.boolean(),
  }),
);

function build(n: number, arcs: [number, number][], isDirected: boolean) {
  const ids = Array.from({ length: n }, (_, i) => `o${i}`);
  const flows: FlowInput[] = arcs.map(([s, t]) => ({ source: ids[s], target: ids[t] }));
  return createNetwork({ directed: isDirected, organisations: ids.map((id) => ({ id })), flows });
}

describe('brokerage: against a brute-force reference', () => {
  it('agrees on random small networks, directed and undirected', () => {
    fc.assert(
      fc.property(randomNetwork, ({ n, arcs, group, isDirected }) => {
        const result = brokerage(build(n, arcs, isDirected), { by: group, expected: false });
        const reference = bruteForce(n, arcs, group, isDirected);
        for (const role of BROKERAGE_ROLES) expect(Array.from(result.counts[role])).toEqual(reference[role]);
        expect(result.expected).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});

describe('brokerage: undirected networks (each tie counts both ways)', () => {
  it('representative equals gatekeeper for every organisation', () => {
    fc.assert(
      fc.property(randomNetwork, ({ n, arcs, group }) => {
        const result = brokerage(build(n, arcs, false), { by: group });
        expect(Array.from(result.counts.representative)).toEqual(Array.from(result.counts.gatekeeper));
      }),
      { numRuns: 200 },
    );
  });

  it('counts each open pair twice, as the directed network with both arcs', () => {
    // A path a - b - c plus a separate tie c - d: b brokers {a, c}; c brokers {b, d}.
    const groups = { a: 'X', b: 'X', c: 'X', d: 'Y' };
    const ties = ['a>b', 'b>c', 'c>d'];
    const undirected = brokerage(directed(groups, ties, false), { by: 'sector' });
    expect(rolesOf(undirected, 1)).toEqual({ coordinator: 2, total: 2 });
    // c brokers b -> c -> d (representative) and d -> c -> b (gatekeeper): one pair, one of each.
    expect(rolesOf(undirected, 2)).toEqual({ representative: 1, gatekeeper: 1, total: 2 });
    const both = brokerage(directed(groups, [...ties, 'b>a', 'c>b', 'd>c']), { by: 'sector' });
    expect(undirected.counts).toEqual(both.counts);
  });
});

describe('brokerage: groupings and validation', () => {
  const network = createNetwork({
    directed: true,
    organisations: [
      { id: 'a', type: 'council', region: 'north', attributes: { tier: 'upper' } },
      { id: 'b', type: 'charity', region: 'north', attributes: { tier: 'lower' } },
      { id: 'c', type: 'charity', region: 'south', attributes: { tier: 'upper' } },
    ],
    flows: [{ source: 'a', target: 'b' }, { source: 'b', target: 'c' }],
  });

  it('groups by type by default, and by any field, attribute, function or array', () => {
    expect(brokerage(network).counts.gatekeeper[1]).toBe(1);
    expect(brokerage(network).groups).toEqual(['council', 'charity']);
    expect(brokerage(network, { by: 'region' }).counts.representative[1]).toBe(1);
    expect(brokerage(network, { by: 'tier' }).counts.itinerant[1]).toBe(1);
    expect(brokerage(network, { by: (o) => o.id }).counts.liaison[1]).toBe(1);
    expect(brokerage(network, { by: [7, 7, 7] }).counts.coordinator[1]).toBe(1);
    expect(brokerage(network, { by: 'tier' }).by).toBe('tier');
  });

  it('puts organisations without a value in one group named ""', () => {
    const result = brokerage(network, { by: 'sector' });
    expect(result.groups).toEqual(['']);
    expect(result.groupSizes).toEqual([3]);
  });

  it('says what was wrong with a bad grouping', () => {
    expect(() => brokerage(network, { by: 'colour' })).toThrow(/knet: brokerage: no organisation has a "colour"/);
    expect(() => brokerage(network, { by: [1, 2] })).toThrow(/2 entries for 3 organisations/);
    expect(() => brokerage(network, { by: 5 as never })).toThrow(/knet: brokerage: `by`/);
    expect(() => brokerage({} as never)).toThrow(/must be a Network/);
  });

  it('gives empty results, not errors, for tiny networks', () => {
    const lone = brokerage(createNetwork({ organisations: [{ id: 'x' }], flows: [] }));
    expect(lone.totals.total).toBe(0);
    expect(Number.isNaN(lone.expected!.z.total[0])).toBe(true);
  });
});
