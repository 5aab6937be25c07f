// parallelPioneers: on a hand-built line where who can reach whom within two steps is plain to see, the
// theme's organisations fall into the groups worked out below, with the shortest paths between them.
import { describe, expect, it } from 'vitest';
import { createNetwork } from '../model/builder.js';
import { parallelPioneers } from './parallel.js';

// A line t1 – m1 – t2 – m2 – m3 – m4 – t3, and t4 alone. t1..t4 work on 'time banking'; t1 and m3 on 'open data'.
const line = createNetwork({
  organisations: [
    { id: 't1', themes: ['time banking', 'open data'] },
    { id: 'm1' },
    { id: 't2', themes: ['time banking'] },
    { id: 'm2' },
    { id: 'm3', themes: ['open data'] },
    { id: 'm4' },
    { id: 't3', themes: ['time banking'] },
    { id: 't4', themes: ['time banking'] },
  ],
  flows: [['t1', 'm1'], ['m1', 't2'], ['t2', 'm2'], ['m2', 'm3'], ['m3', 'm4'], ['m4', 't3']].map(([source, target]) => ({ source, target })),
});

const ids = (organisations: readonly { id: string }[]) => organisations.map((organisation) => organisation.id);

describe('parallelPioneers', () => {
  it('groups a theme by who is within the horizon of whom, and gives the shortest paths between groups', () => {
    const [timeBanking, openData] = parallelPioneers(line);
    expect(timeBanking.theme).toBe('time banking');
    // t1 and t2 are 2 steps apart: one group. t3 is 4 steps from t2, 6 from t1: alone. t4 has no ties at all.
    expect(timeBanking.groups.map((group) => ids(group.organisations))).toEqual([['t1', 't2'], ['t3'], ['t4']]);
    // Nearest first: {t1, t2} to t3 is t2 – m2 – m3 – m4 – t3 (4 steps); t4 has no path to anyone.
    expect(timeBanking.paths.map((path) => [path.from, path.to, path.steps, ids(path.path)])).toEqual([
      [0, 1, 4, ['t2', 'm2', 'm3', 'm4', 't3']],
      [0, 2, null, []],
      [1, 2, null, []],
    ]);
    // t1 and m3 are 4 steps apart: two groups of one.
    expect(openData.groups.map((group) => ids(group.organisations))).toEqual([['t1'], ['m3']]);
    expect(openData.paths[0].steps).toBe(4);
  });

  it('a longer horizon joins groups', () => {
    const [timeBanking] = parallelPioneers(line, { horizon: 4, theme: 'Time Banking' });
    expect(timeBanking.groups.map((group) => ids(group.organisations))).toEqual([['t1', 't2', 't3'], ['t4']]);
  });

  it('refuses a theme nobody works on', () => {
    expect(() => parallelPioneers(line, { theme: 'asset transfer' })).toThrow('knet: parallel: no organisation works on the theme "asset transfer".');
  });
});
