// knet introduce / plan / whatif / parallel end to end: usage mistakes exit 2 with one line naming what was
// wrong, JSON parses and agrees with the files, CSV is formula-safe, and every command runs on Northfold.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { expectUsageMistake, knet, TINY } from './run.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const NORTHFOLD = ['--nodes', 'data/northfold/nodes.csv', '--edges', 'data/northfold/edges.csv'];
const northfold = (argv: string[]) => knet([...argv, ...NORTHFOLD], { cwd: ROOT });

describe('usage mistakes: exit 2, one line, then where to look', () => {
  const cases: [string, string[], RegExp][] = [
    ['introduce without an organisation', ['introduce', ...TINY], /^knet introduce: give an organisation \(its id\) or --pioneers\n/],
    ['introduce with both', ['introduce', 'leaf', '--pioneers', ...TINY], /give an organisation or --pioneers, not both/],
    ['introduce an unknown organisation', ['introduce', 'nobody', ...TINY], /^knet introduce: ORG: "nobody" is not an organisation in the network/],
    ['introduce with a bare file name', ['introduce', '--pioneers', 'edges.csv'], /"edges.csv" looks like a file: give the input as --edges FILE/],
    ['introduce --top 0', ['introduce', 'leaf', '--top', '0', ...TINY], /--top must be a whole number from 1 to 1000000 \(got "0"\)/],
    ['introduce --top -1', ['introduce', 'leaf', '--top', '-1', ...TINY], /^knet introduce: --top must be positive: a whole number from 1 to 1000000 \(got "-1"\)\n/],
    ['introduce --top too many', ['introduce', 'leaf', '--top', '99999999999', ...TINY], /--top must be a whole number from 1 to 1000000 \(got "99999999999"\)/],
    ['introduce --relative without --pioneers', ['introduce', 'leaf', '--relative', '0.3', ...TINY], /--relative only applies with --pioneers/],
    ['plan --budget 0', ['plan', '--budget', '0', ...TINY], /^knet plan: --budget must be a whole number of introductions from 1 to 1000 \(got "0"\)\n/],
    ['plan --budget -2', ['plan', '--budget', '-2', ...TINY], /^knet plan: --budget must be positive: a whole number of introductions from 1 to 1000 \(got "-2"\)\n/],
    ['plan --budget two', ['plan', '--budget', 'two', ...TINY], /--budget must be a whole number/],
    ['whatif with nothing to change', ['whatif', ...TINY], /^knet whatif: nothing to change: give --add A,B or --remove A,B\n/],
    ['whatif --add without a comma', ['whatif', '--add', 'leaf', ...TINY], /--add needs two organisation ids separated by a comma, such as --add A,B \(got "leaf"\)/],
    ['whatif --add with three ids', ['whatif', '--add', 'a,b,c', ...TINY], /--add needs two organisation ids/],
    ['whatif --add an unknown id', ['whatif', '--add', 'leaf,nobody', ...TINY], /^knet whatif: unknown organisation "nobody" in --add leaf,nobody: it is not in the network\n/],
    ['whatif --add an existing tie', ['whatif', '--add', 'house2,leaf', ...TINY], /house2 and leaf are already tied/],
    ['whatif --remove a missing tie', ['whatif', '--remove', 'leaf,alone', ...TINY], /there is no tie between leaf and alone to remove/],
    ['whatif an unclosed quote', ['whatif', '--add', '"leaf,alone', ...TINY], /a quote is not closed/],
    ['parallel --theme nobody works on', ['parallel', '--theme', 'jetpacks', ...TINY], /^knet parallel: no organisation works on the theme "jetpacks" \(the themes are co-production, community food, peer support, shared services\)\n/],
  ];
  it.each(cases)('%s', async (_name, argv, message) => expectUsageMistake(await knet(argv), message));

  it('an input problem is still exit 1', async () => {
    const run = await knet(['plan', '--edges', 'no-such-file.csv']);
    expect(run.code).toBe(1);
  });
});

describe('knet introduce', () => {
  it('JSON: never an existing partner, best first, each with an explanation', async () => {
    const run = await knet(['introduce', 'leaf', ...TINY, '--format', 'json', '--top', '20']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    const [leaf] = json.organisations;
    expect(leaf.id).toBe('leaf');
    // leaf's only partner is house2; the other 11 organisations are all candidates.
    expect(leaf.introductions.map((entry: { id: string }) => entry.id).sort()).toEqual(
      ['hub', 'care1', 'care2', 'care3', 'house1', 'health1', 'health2', 'pair1', 'pair2', 'alone', 'formula'].sort(),
    );
    const scores = leaf.introductions.map((entry: { score: number }) => entry.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // leaf (housing; co-production, peer support) reaches house2 and house1 now. hub would add hub, care1-3 and
    // health1 (5, the best gain): 0.4 × 1 + 0.2 × 12/13 (the highest betweenness) ≈ 0.58. care2 shares one of
    // leaf's two themes (relevance 0.5 + 0.25 × 1/2) and adds 3: 0.4 × 0.625 + 0.4 × 3/5 + 0 (no betweenness) = 0.49.
    const ids = leaf.introductions.map((entry: { id: string }) => entry.id);
    expect(ids.slice(0, 2)).toEqual(['hub', 'care2']);
    expect(leaf.introductions[1].score).toBeCloseTo(0.49, 12);
    // alone shares 'peer support' and adds 1 (0.25 + 0.08); pair1 shares nothing and adds 2 (0.16): relevance wins.
    expect(ids.indexOf('alone')).toBeLessThan(ids.indexOf('pair1'));
  });

  it('accepts a label that only one organisation has', async () => {
    const run = await knet(['introduce', 'Tenants Together', ...TINY, '--format', 'json']);
    expect(JSON.parse(run.stdout).organisations[0].id).toBe('leaf');
  });

  it('CSV neutralises formula labels', async () => {
    const run = await knet(['introduce', 'leaf', ...TINY, '--format', 'csv', '--top', '20']);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    const formula = rows.find((row) => row.partner_id === 'formula')!;
    expect(formula.partner_label.startsWith("'=")).toBe(true);
  });

  it('--pioneers on Northfold: one block per weakly connected pioneer, as knet pioneers lists them', async () => {
    const pioneers = JSON.parse((await northfold(['pioneers', '--format', 'json'])).stdout).weaklyConnected.map((p: { id: string }) => p.id);
    const run = await northfold(['introduce', '--pioneers', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).organisations.map((o: { id: string }) => o.id)).toEqual(pioneers);
    const table = await northfold(['introduce', '--pioneers']);
    expect(table.stdout).toContain('would bring');
  });
});

describe('knet plan', () => {
  it('on Northfold: budget 2 lowers the weakly connected pioneers\' total isolation, tie by tie', async () => {
    const run = await northfold(['plan', '--budget', '2', '--format', 'json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.introductions).toHaveLength(2);
    const pioneers = JSON.parse((await northfold(['pioneers', '--format', 'json'])).stdout).weaklyConnected.map((p: { id: string }) => p.id);
    expect(json.pioneers.map((p: { id: string }) => p.id)).toEqual(pioneers);
    // Each tie's gain is what separates the totals before and after it.
    let total = json.totalIsolationBefore;
    for (const tie of json.introductions) {
      expect(tie.gain).toBeGreaterThan(0);
      expect(tie.totalIsolationAfter).toBeCloseTo(total - tie.gain, 12);
      total = tie.totalIsolationAfter;
    }
    const sum = json.pioneers.reduce((acc: number, p: { isolationAfter: number }) => acc + p.isolationAfter, 0);
    expect(sum).toBeCloseTo(json.totalIsolationAfter, 12);
  });
});

describe('knet whatif', () => {
  it('on Northfold: tying the cut-off Tarnside pair to the main network leaves one component', async () => {
    const run = await northfold(['whatif', '--add', 'tarnside-community-transport-mutual,kelbridge-green-transport-cic', '--format', 'json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    // knet pioneers says Tarnside is "outside the main network (a group of 2)": Northfold has two components.
    expect(json.before.components).toBe(2);
    expect(json.after.components).toBe(1);
    expect(json.after.fragmentation).toBe(0);
    const tarnside = json.pioneers.find((p: { id: string }) => p.id === 'tarnside-community-transport-mutual');
    expect(tarnside.isolationAfter).toBeLessThan(tarnside.isolationBefore);
    expect(tarnside.weaklyConnectedBefore).toBe(true);
  });

  it('quoted ids may hold commas', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'knet-whatif-'));
    writeFileSync(join(folder, 'edges.csv'), 'source,target\n"Smith, Jones",B\nB,C\n');
    const run = await knet(['whatif', '--add', '"Smith, Jones",C', '--edges', 'edges.csv', '--format', 'json'], { cwd: folder });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).added).toEqual([['Smith, Jones', 'C']]);
  });

  it('table: the figures side by side, and CSV with one row per figure and pioneer', async () => {
    const table = await knet(['whatif', '--add', 'leaf,pair1', ...TINY]);
    expect(table.stdout).toMatch(/components +3 +2 +−1/);
    const rows = parse((await knet(['whatif', '--add', 'leaf,pair1', ...TINY, '--format', 'csv'])).stdout, { columns: true }) as Record<string, string>[];
    expect(rows.filter((row) => row.kind === 'network').map((row) => row.measure)).toEqual(['fragmentation', 'components', 'largestShare', 'averageReach', 'modularity', 'communities']);
    expect(rows.filter((row) => row.kind === 'pioneer').map((row) => row.id).sort()).toEqual(['alone', 'leaf', 'pair1']);
  });
});

describe('knet parallel', () => {
  it('on Northfold: groups of a theme are more than the horizon apart, paths run between them', async () => {
    const run = await northfold(['parallel', '--format', 'json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    for (const theme of json.themes) {
      for (const path of theme.paths) {
        // Groups are out of each other's reach: any path is longer than the horizon, and has steps + 1 stops.
        if (path.steps !== null) {
          expect(path.steps).toBeGreaterThan(json.horizon);
          expect(path.path).toHaveLength(path.steps + 1);
        }
      }
    }
    expect(json.themes.some((theme: { groups: unknown[] }) => theme.groups.length > 1)).toBe(true);
  });

  it('on the fixture: peer support is worked on alone by leaf and alone, with no path between them', async () => {
    const run = await knet(['parallel', ...TINY, '--theme', 'peer support', '--format', 'json']);
    const [theme] = JSON.parse(run.stdout).themes;
    expect(theme.groups.map((group: { members: { id: string }[] }) => group.members.map((m) => m.id))).toEqual([['leaf'], ['alone']]);
    expect(theme.paths).toEqual([{ from: 1, to: 2, steps: null, path: [] }]);
    const table = await knet(['parallel', ...TINY, '--theme', 'peer support']);
    expect(table.stdout).toContain('group 1: no path to any other group');
  });
});

describe('on the other sample network (data/seed-stories)', () => {
  const SEED = ['--nodes', 'data/seed-stories/nodes.csv', '--edges', 'data/seed-stories/edges.csv'];
  it.each([
    ['introduce', '--pioneers'],
    ['plan', '--budget', '2'],
    ['whatif', '--add', 'monmouthshire-county-council,collaborate'],
    ['parallel'],
  ])('knet %s runs, as a table and as JSON', async (...argv) => {
    const table = await knet([...argv, ...SEED], { cwd: ROOT });
    expect(table.code, table.stderr).toBe(0);
    const json = await knet([...argv, ...SEED, '--format', 'json'], { cwd: ROOT });
    expect(() => JSON.parse(json.stdout)).not.toThrow();
  });

  it('parallel: no pioneer legend when no theme is split', async () => {
    const run = await knet(['parallel', ...SEED], { cwd: ROOT });
    expect(run.stdout).toContain('On every theme, everyone is within reach');
    expect(run.stdout).not.toContain('* pioneer');
  });
});
