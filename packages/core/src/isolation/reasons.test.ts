// Each isolation reason appears exactly when its documented condition holds, on small hand-built networks
// whose reach and components come from an independent BFS (test/helpers/hand-report.ts).
import { describe, expect, it } from 'vitest';
import { createNetwork, type FlowInput, type OrganisationInput } from '../model/builder.js';
import { handReport, type HandReportOptions } from '../../test/helpers/hand-report.js';
import { reasonContext, reasonsFor, type ReasonCode, type ReasonOptions } from './reasons.js';

function reasons(
  input: { directed?: boolean; organisations?: OrganisationInput[]; flows: FlowInput[] },
  id: string,
  report: HandReportOptions = {},
  options: Partial<ReasonOptions> = {},
) {
  const network = createNetwork(input);
  const context = reasonContext(handReport(network, report), options);
  return reasonsFor(context, network.indexOf(id));
}

const codes = (list: { code: ReasonCode }[]) => list.map((r) => r.code);
const path = (ids: string[]): FlowInput[] => ids.slice(1).map((id, i) => ({ source: ids[i], target: id }));
const ring = (size: number, prefix = 'r'): FlowInput[] => {
  const ids = Array.from({ length: size }, (_, i) => `${prefix}${i}`);
  return [...path(ids), { source: ids[size - 1], target: ids[0] }];
};

describe('no-ties', () => {
  const network = { organisations: [{ id: 'alone' }], flows: [{ source: 'a', target: 'b' }, { source: 'b', target: 'c' }, { source: 'alone', target: 'alone' }] };
  it('is the only reason for an organisation with no ties (a self-loop is not a tie)', () => {
    const list = reasons(network, 'alone');
    expect(list).toEqual([{ code: 'no-ties', numbers: { ties: 0 }, text: 'no ties to any other organisation' }]);
  });
  it('is not given to an organisation with a tie', () => {
    expect(codes(reasons(network, 'a'))).not.toContain('no-ties');
  });
});

describe('outside-main-network', () => {
  const flows = [...path(['m1', 'm2', 'm3', 'm4', 'm5']), ...path(['g1', 'g2', 'g3'])];
  it('names the size of its group', () => {
    const found = reasons({ flows }, 'g1').find((r) => r.code === 'outside-main-network');
    expect(found?.text).toBe('outside the main network (a group of 3)');
    expect(found?.numbers).toEqual({ groupSize: 3, mainSize: 5 });
  });
  it('is not given inside the main network', () => {
    for (const id of ['m1', 'm3', 'm5']) expect(codes(reasons({ flows }, id))).not.toContain('outside-main-network');
  });
});

describe('low-reach', () => {
  // A path of 9 with horizon 2: ends reach 2/8, their neighbours 3/8, the five inner ones 4/8; median 4/8.
  const flows = path(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8']);
  it('is given at exactly relative × median (0.25 <= 0.5 × 0.5), with the figures in words', () => {
    const found = reasons({ flows }, 'p0').find((r) => r.code === 'low-reach');
    expect(found?.numbers).toEqual({ reach: 0.25, medianReach: 0.5, horizon: 2 });
    expect(found?.text).toBe('reaches 25% of the network within 2 steps, against 50% for the median organisation');
  });
  it('is not given just above the bar (3/8 > 0.25), nor with a smaller relative', () => {
    expect(codes(reasons({ flows }, 'p1'))).not.toContain('low-reach');
    expect(codes(reasons({ flows }, 'p0', {}, { relative: 0.4 }))).not.toContain('low-reach');
  });
  it('follows the horizon in its words', () => {
    const found = reasons({ flows }, 'p0', { horizon: 1 }).find((r) => r.code === 'low-reach');
    expect(found?.text).toBe('reaches 13% of the network within 1 step, against 25% for the median organisation');
  });
});

describe('receives-only', () => {
  const flows = [{ source: 'a', target: 'p' }, { source: 'b', target: 'p' }, { source: 'a', target: 'b' }, { source: 'b', target: 'c' }];
  it('is given in a directed network when every flow points towards it', () => {
    const found = reasons({ directed: true, flows }, 'p').find((r) => r.code === 'receives-only');
    expect(found?.text).toBe('all 2 of its ties flow towards it; it shares with no one');
  });
  it('is not given when it shares with anyone, nor in an undirected network', () => {
    expect(codes(reasons({ directed: true, flows }, 'a'))).not.toContain('receives-only');
    expect(codes(reasons({ directed: true, flows: [...flows, { source: 'p', target: 'c' }] }, 'p'))).not.toContain('receives-only');
    expect(codes(reasons({ flows }, 'p'))).not.toContain('receives-only');
  });
});

describe('one-sector', () => {
  const organisations = (partnerSector: string, ownSector = 'social care'): OrganisationInput[] => [
    { id: 'p', sector: ownSector },
    { id: 'x', sector: 'social care' },
    { id: 'y', sector: partnerSector },
  ];
  const flows = [{ source: 'p', target: 'x' }, { source: 'p', target: 'y' }, ...ring(6)];
  it('says how many ties, all inside its sector', () => {
    const found = reasons({ organisations: organisations('social care'), flows }, 'p').find((r) => r.code === 'one-sector');
    expect(found?.text).toBe('2 ties, both inside social care');
  });
  it('is not given when one partner is in another sector, or it has no sector', () => {
    expect(codes(reasons({ organisations: organisations('health'), flows }, 'p'))).not.toContain('one-sector');
    expect(codes(reasons({ organisations: organisations('', ''), flows }, 'p'))).not.toContain('one-sector');
  });
  it('words a single tie naturally', () => {
    const found = reasons({ organisations: organisations('x'), flows: [{ source: 'p', target: 'x' }] }, 'p');
    expect(found.find((r) => r.code === 'one-sector')?.text).toBe('its only tie is inside social care');
  });
});

describe('one-community', () => {
  const flows = [...path(['a', 'b', 'c', 'd', 'e']), { source: 'b', target: 'e' }];
  const communities = { a: 0, b: 0, c: 0, d: 1, e: 1 };
  it('is given when every partner shares its community, in the main network', () => {
    const found = reasons({ flows }, 'a', { communities }).find((r) => r.code === 'one-community');
    expect(found?.text).toBe('its only tie is inside its own community (community 0, 3 organisations)');
  });
  it('is not given when a partner is in another community, nor when one-sector already says it', () => {
    expect(codes(reasons({ flows }, 'b', { communities }))).not.toContain('one-community');
    const sectors = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, sector: 'health' }));
    const list = codes(reasons({ organisations: sectors, flows }, 'a', { communities }));
    expect(list).toContain('one-sector');
    expect(list).not.toContain('one-community');
  });
  it('is not given outside the main network (its group says it)', () => {
    const list = codes(reasons({ flows: [...flows, { source: 'x', target: 'y' }] }, 'x'));
    expect(list).toContain('outside-main-network');
    expect(list).not.toContain('one-community');
  });
});

describe('few-ties', () => {
  // A wheel: the hub has 6 ties, the rim 3 each; 'p' hangs off the hub with 1 tie. Median ties 3.
  const rim = ring(6);
  const flows = [...rim, ...Array.from({ length: 6 }, (_, i) => ({ source: 'hub', target: `r${i}` })), { source: 'p', target: 'hub' }];
  const ownCommunity = { p: 1 }; // so one-community does not take its place
  it('is given for 1 or 2 ties when the median organisation has more', () => {
    const found = reasons({ flows }, 'p', { communities: ownCommunity }).find((r) => r.code === 'few-ties');
    expect(found?.text).toBe('only 1 tie, against 3 for the median organisation');
    expect(found?.numbers).toEqual({ ties: 1, medianTies: 3 });
  });
  it('is not given at the median, above the threshold, or when one-community gives the count', () => {
    expect(codes(reasons({ flows }, 'r0', { communities: ownCommunity }))).not.toContain('few-ties');
    expect(codes(reasons({ flows }, 'p', { communities: ownCommunity }, { fewTies: 0 }))).not.toContain('few-ties');
    const list = codes(reasons({ flows }, 'p'));
    expect(list).toContain('one-community');
    expect(list).not.toContain('few-ties');
  });
});

describe('closed-circle', () => {
  // 30 organisations on a ring (2 ties each): the population "top 5%" refers to.
  const flows = ring(30);
  const report = (constraint: Record<string, number>, clustering: Record<string, number>): HandReportOptions => ({
    columns: { constraint, clustering },
    fill: { constraint: 0.5 },
  });
  it('is given for constraint in the top 5% with a close-knit circle', () => {
    const found = reasons({ flows }, 'r3', report({ r3: 0.92 }, { r3: 1 })).find((r) => r.code === 'closed-circle');
    expect(found?.text).toBe('its contacts all know each other (constraint 0.92, top 4%)');
    const most = reasons({ flows }, 'r3', report({ r3: 0.92 }, { r3: 0.75 })).find((r) => r.code === 'closed-circle');
    expect(most?.text).toBe('most pairs of its contacts know each other (constraint 0.92, top 4%)');
  });
  it('is not given when the circle is loose, or the constraint is shared by more than 5%', () => {
    expect(codes(reasons({ flows }, 'r3', report({ r3: 0.92 }, { r3: 0.5 })))).not.toContain('closed-circle');
    expect(codes(reasons({ flows }, 'r3', report({ r3: 0.92, r9: 0.95 }, { r3: 1 })))).not.toContain('closed-circle');
  });
  it('is not given to an organisation with a single tie', () => {
    const withLeaf = [...flows, { source: 'leaf', target: 'r0' }];
    expect(codes(reasons({ flows: withLeaf }, 'leaf', report({ leaf: 1 }, { leaf: 1 })))).not.toContain('closed-circle');
  });
});

describe('far-from-brokers', () => {
  // A path of 10 with the broker at b0 (the only positive betweenness).
  const ids = Array.from({ length: 10 }, (_, i) => `b${i}`);
  const flows = [...path(ids), { source: 'g1', target: 'g2' }];
  const report: HandReportOptions = { columns: { betweenness: { b0: 0.4 } } };
  it('says how many steps away the nearest broker is, from 3 steps on', () => {
    const found = reasons({ flows }, 'b3', report).find((r) => r.code === 'far-from-brokers');
    expect(found?.text).toBe('nearest broker is 3 steps away');
    expect(found?.numbers).toEqual({ steps: 3, brokers: 1 });
  });
  it('says when no broker can be reached at all', () => {
    expect(reasons({ flows }, 'g1', report).find((r) => r.code === 'far-from-brokers')?.text).toBe('no broker can be reached from its group');
  });
  it('is not given within 2 steps, to a broker, or when nobody brokers', () => {
    expect(codes(reasons({ flows }, 'b2', report))).not.toContain('far-from-brokers');
    expect(codes(reasons({ flows }, 'b0', report))).not.toContain('far-from-brokers');
    expect(codes(reasons({ flows }, 'b9', {}))).not.toContain('far-from-brokers');
  });
});
