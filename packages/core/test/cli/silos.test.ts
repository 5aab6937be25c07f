// Issue 7 end to end on the fixture network (test/cli-fixtures, 13 organisations, 11 flows dated 2012-2018):
// --as-of and --window, knet brokers, dependence, trend and compare, and --anonymise. Expected values are
// worked out by hand from the two files, in the comments.
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { FIXTURES, knet, TINY } from './run.js';

const scratch = mkdtempSync(join(tmpdir(), 'knet-silos-'));
const edgesText = readFileSync(join(FIXTURES, 'edges.csv'), 'utf8');
const [edgesHeader, ...edgeRows] = edgesText.trim().split('\n');
/** An edges file with the flows dated by `year` (the date column is the fifth; every fixture date starts with its year). */
function edgesUpTo(year: number): string {
  const path = join(scratch, `edges-${year}.csv`);
  writeFileSync(path, [edgesHeader, ...edgeRows.filter((row) => Number(row.split(',')[4].slice(0, 4)) <= year)].join('\n') + '\n');
  return path;
}

describe('--as-of and --window (every command)', () => {
  it('--as-of keeps the flows observed by the end of the period, and says how many on stderr', async () => {
    // Dated by 2014: hub-care1 (2014-03), hub-care2, care1-care2 (2014), hub-house1 (2013), hub-health1 (2012).
    const run = await knet(['summary', ...TINY, '--as-of', '2014', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).ties).toBe(5);
    expect(run.stderr).toBe('knet: --as-of 2014 (to 2014-12-31): kept 5 of 11 flows (left out: 6 outside it)\n');
    expect((await knet(['summary', ...TINY, '--as-of', '2014', '--quiet'])).stderr).toBe('');
  });

  it('--window counts back from --as-of, or else from the latest flow date', async () => {
    // 12 months to the end of 2015: hub-care3 (2015-01-20) and house1-house2 (2015).
    const fifteen = await knet(['summary', ...TINY, '--window', '12', '--as-of', '2015', '--format', 'json']);
    expect(JSON.parse(fifteen.stdout).ties).toBe(2);
    expect(fifteen.stderr).toContain('--window 12 (2015-01-01 to 2015-12-31): kept 2 of 11 flows');
    // Latest flow: pair1-pair2 in 2018, the only one in the last 12 months.
    expect(JSON.parse((await knet(['summary', ...TINY, '--window', '12', '--format', 'json'])).stdout).ties).toBe(1);
  });

  it('applies to metrics too: an organisation whose only flow is later has no ties', async () => {
    const rows = parse((await knet(['metrics', ...TINY, '--as-of', '2016'])).stdout, { columns: true }) as Record<string, string>[];
    // leaf's only flow (house2-leaf) is dated 2017.
    expect(rows.find((row) => row.id === 'leaf')!.degree).toBe('0');
    expect(rows.find((row) => row.id === 'house2')!.degree).toBe('1');
  });

  const usage: [string, string[], RegExp][] = [
    ['an impossible date', ['summary', ...TINY, '--as-of', '2014-13'], /^knet summary: --as-of must be a date written 2014, 2014-09 or 2014-09-02 \(got "2014-13"\)\n/],
    ['a date in words', ['pioneers', ...TINY, '--as-of', 'last year'], /--as-of must be a date/],
    ['window 0', ['metrics', ...TINY, '--window', '0'], /^knet metrics: --window must be a whole number of months from 1 to 1200 \(got "0"\)\n/],
    // Found by a probe: 99999999999 printed "(undefined to 2014-12-31)" and 1000000 a year -081307.
    ['window 99999999999', ['summary', ...TINY, '--window', '99999999999'], /^knet summary: --window must be a whole number of months from 1 to 1200 \(got "99999999999"\)\n/],
    ['window 1000000', ['summary', ...TINY, '--window', '1000000'], /--window must be a whole number of months from 1 to 1200 \(got "1000000"\)/],
    ['window -3', ['trend', ...TINY, '--window', '-3'], /^knet trend: --window must be positive: a whole number of months from 1 to 1200 \(got "-3"\)\n/],
    ['window 1.5', ['trend', ...TINY, '--window', '1.5'], /--window must be a whole number of months/],
    ['without, no =', ['summary', ...TINY, '--without', 'funder'], /^knet summary: --without must be FIELD=VALUE, such as type=funder/],
    ['without, nobody matches', ['summary', ...TINY, '--without', 'type=funder'], /--without type=funder matches no organisation \(type values: "charity", "council"/],
    ['mapping without --anonymise', ['pioneers', ...TINY, '--mapping', 'x.csv'], /--mapping only means something with --anonymise/],
  ];
  it.each(usage)('usage error (exit 2, one line): %s', async (_name, argv, message) => {
    const run = await knet(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(2);
    expect(run.stdout).toBe('');
  });
});

describe('knet brokers', () => {
  it('counts each role by hand on the fixture (undirected, by sector)', async () => {
    const run = await knet(['brokers', ...TINY, '--by', 'sector', '--format', 'json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    // hub (social care) ties care1, care2, care3 (social care), house1 (housing), health1 (health); care1-care2 is
    // closed. Open pairs, each brokered both ways: care1-care3, care2-care3 inside (coordinator 4); each of the
    // three carers with house1 or health1 (6 pairs: representative 6, gatekeeper 6); house1-health1 (liaison 2).
    expect(json.organisations[0]).toMatchObject({
      id: 'hub',
      group: 'social care',
      roles: { coordinator: 4, itinerant: 0, representative: 6, gatekeeper: 6, liaison: 2, total: 18 },
      // Three partners inside social care, two outside: (2 - 3) / 5.
      ei: -0.2,
    });
    // health1 (health): hub-health2 and hub-formula cross (1 representative + 1 gatekeeper each),
    // health2-formula inside (coordinator 2): 6. Then house1 (hub-house2: 2, one a gatekeeper) before house2
    // (house1-leaf, all housing: coordinator 2), the gatekeeper role breaking the tie.
    expect(json.organisations.slice(1, 4).map((o: { id: string; roles: { total: number } }) => [o.id, o.roles.total])).toEqual([
      ['health1', 6], ['house1', 2], ['house2', 2],
    ]);
    expect(json.note).toMatch(/representative always equals gatekeeper/);
    // Group E-I over ties: social care has hub-care1, hub-care2, hub-care3, care1-care2 inside, and 2 across.
    expect(json.ei.groups.find((g: { group: string }) => g.group === 'social care')).toMatchObject({ internal: 4, external: 2 });
  });

  it('follows direction with --directed: hub only gives, so it brokers nothing', async () => {
    const json = JSON.parse((await knet(['brokers', ...TINY, '--by', 'sector', '--directed', '--format', 'json'])).stdout);
    // Two-paths a -> b -> c: hub -> health1 -> health2 and hub -> health1 -> formula (a outside health, c inside:
    // gatekeeper 2); hub -> house1 -> house2 (gatekeeper 1); house1 -> house2 -> leaf (all housing: coordinator 1).
    // hub receives nothing, so it is in the middle of no two-path.
    const roles = Object.fromEntries(json.organisations.map((o: { id: string; roles: Record<string, number> }) => [o.id, o.roles]));
    expect(roles.health1).toMatchObject({ gatekeeper: 2, total: 2 });
    expect(roles.house1).toMatchObject({ gatekeeper: 1, total: 1 });
    expect(roles.house2).toMatchObject({ coordinator: 1, total: 1 });
    expect(roles.hub.total).toBe(0);
    expect(json.network.roles.total).toBe(4);
    expect(json.note).toBeNull();
  });

  it('table: the top N, the undirected note, and group E-I; CSV is formula-safe', async () => {
    const table = await knet(['brokers', ...TINY, '--by', 'sector', '--top', '2']);
    expect(table.stdout).toContain('representative always equals gatekeeper');
    expect(table.stdout).toMatch(/^1 {2}Kelby Council +social care/m);
    expect(table.stdout).not.toMatch(/^3 /m);
    expect(table.stdout).toContain('E-I index by sector');
    const rows = parse((await knet(['brokers', ...TINY, '--by', 'region', '--format', 'csv'])).stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(13);
    const formula = rows.find((row) => row.id === 'formula')!;
    expect(formula.label.startsWith("'=")).toBe(true);
    expect(formula.region).toBe("'@Kelby");
  });

  it('groups by community or any column; refuses a column nobody has', async () => {
    expect((await knet(['brokers', ...TINY, '--by', 'community', '--format', 'json'])).code).toBe(0);
    expect((await knet(['brokers', ...TINY, '--by', 'staff', '--format', 'json'])).code).toBe(0);
    const run = await knet(['brokers', ...TINY, '--by', 'colour']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^knet brokers: --by colour: no organisation has that column \(group by type, sector, region, community, or a column of the nodes file: staff\)/);
    expect((await knet(['brokers', ...TINY, '--top', '0'])).code).toBe(2);
    // id is not a grouping (one organisation per group): a usage error, not a crash.
    expect((await knet(['brokers', ...TINY, '--by', 'id'])).code).toBe(2);
  });
});

describe('knet dependence', () => {
  it('without the council: who loses reach, who is cut off, and the survival figure', async () => {
    const run = await knet(['dependence', ...TINY, '--without', 'type=council', '--format', 'json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.removed).toEqual(['hub']);
    // Within 2 steps, not counting hub: care3 reached care1, care2, house1, health1 through hub (4), then nobody;
    // house1 reached house2, leaf, the three carers and health1 (6), then house2 and leaf (2); health1 likewise
    // 6 then 2; care1 and care2 reached 4, then each other (1).
    const rows = json.organisations.slice(0, 5).map((o: { id: string; reachedBefore: number; reachedAfter: number; lost: number }) => [o.id, o.reachedBefore, o.reachedAfter, o.lost]);
    expect(rows).toEqual([
      ['care3', 4, 0, 4],
      ['house1', 6, 2, 4],
      ['health1', 6, 2, 4],
      ['care1', 4, 1, 3],
      ['care2', 4, 1, 3],
    ]);
    expect(json.cutOff).toBe(1);
    // Pairs of the 12 remaining: before, 9 in hub's component (72 ordered pairs) + pair1-pair2 (2) of 132;
    // after, {care1,care2} 2 + {house1,house2,leaf} 6 + {health1,health2,formula} 6 + pair 2 = 16 of 132.
    expect(json.before.restConnected).toBeCloseTo(74 / 132, 12);
    expect(json.after.restConnected).toBeCloseTo(16 / 132, 12);
    expect([json.before.organisations, json.after.organisations, json.after.ties]).toEqual([13, 12, 6]);
  });

  it('the table names the cut-off organisation; --without is required', async () => {
    const run = await knet(['dependence', ...TINY, '--without', 'type=council']);
    expect(run.stdout).toMatch(/^1 {2}Kelby Day Services .* cut off$/m);
    expect(run.stdout).toContain('The 5 organisations that lose reach (organisations outside the group within 2 steps):');
    expect(run.stdout).toContain('1 organisation reaches the rest only through them');
    const missing = await knet(['dependence', ...TINY]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^knet dependence: say which group to take away: --without FIELD=VALUE/);
  });

  it('--without on another command recomputes it without the group', async () => {
    const json = JSON.parse((await knet(['summary', ...TINY, '--without', 'type=council', '--format', 'json'])).stdout);
    expect([json.organisations, json.ties, json.components.count]).toEqual([12, 6, 6]);
  });
});

describe('knet trend', () => {
  it('one cumulative period per year, 2012 to 2018, with the pioneers period by period', async () => {
    const run = await knet(['trend', ...TINY, '--format', 'json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    // Flows by year: 2012 hub-health1; 2013 hub-house1; 2014 three; 2015 two; 2016 two; 2017 one; 2018 one.
    expect(json.periods.map((p: { label: string; flows: number }) => [p.label, p.flows])).toEqual([
      ['2012', 1], ['2013', 2], ['2014', 5], ['2015', 7], ['2016', 9], ['2017', 10], ['2018', 11],
    ]);
    // 2016: leaf (tie in 2017), pair1 (2018) and alone have no tie: all three weakly connected.
    expect(json.periods[4].weakPioneers).toBe(3);
    // 2018: pair1 outside the main network, alone isolated; leaf reaches 2 of 12 (17%), above 0.5 × the 25% median.
    const last = json.periods[6];
    expect(last.weakPioneers).toBe(2);
    expect(last.pioneers.map((p: { id: string; weak: boolean }) => [p.id, p.weak])).toEqual([['leaf', false], ['pair1', true], ['alone', true]]);
  });

  it('the last period is the whole network: its fragmentation is the summary\'s', async () => {
    const trend = JSON.parse((await knet(['trend', ...TINY, '--format', 'json'])).stdout);
    const summary = JSON.parse((await knet(['summary', ...TINY, '--format', 'json'])).stdout);
    expect(trend.periods.at(-1).fragmentation).toBeCloseTo(summary.fragmentation, 12);
    expect(trend.periods.at(-1).components).toBe(summary.components.count);
  });

  it('table and CSV (periods, or --pioneers one row per pioneer and period)', async () => {
    const table = await knet(['trend', ...TINY]);
    expect(table.stdout).toMatch(/^2018 +11 +1 /m);
    expect(table.stdout).toContain('Pioneers: isolation');
    const periods = parse((await knet(['trend', ...TINY, '--by', 'quarter', '--format', 'csv'])).stdout, { columns: true }) as Record<string, string>[];
    // 2012-Q1 (the flow dated 2012 counts from 1 January) to 2018-Q1: 6 × 4 + 1 quarters.
    expect([periods.length, periods[0].period, periods.at(-1)!.period]).toEqual([25, '2012-Q1', '2018-Q1']);
    const pioneers = parse((await knet(['trend', ...TINY, '--format', 'csv', '--pioneers'])).stdout, { columns: true }) as Record<string, string>[];
    expect(pioneers).toHaveLength(7 * 3);
    expect(pioneers[0]).toMatchObject({ period: '2012', id: 'leaf', present: 'true', isolation: '1', weakly_connected: 'true' });
  });

  it('usage errors', async () => {
    expect((await knet(['trend', ...TINY, '--by', 'decade'])).stderr).toMatch(/^knet trend: --by must be year, quarter or month \(got "decade"\)/);
    expect((await knet(['trend', ...TINY, '--pioneers'])).stderr).toMatch(/--pioneers chooses the CSV layout/);
    expect((await knet(['trend', ...TINY, '--members', 'some'])).code).toBe(2);
  });
});

describe('knet compare', () => {
  const early = edgesUpTo(2014);

  it('ties gained and who became less isolated, from 2014 to the whole network', async () => {
    const run = await knet(['compare', early, 'edges.csv', '--nodes', 'nodes.csv', '--format', 'json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.ties).toEqual({ gained: 6, lost: 0, reweighted: 0, kept: 5 });
    expect(json.organisationsAdded).toEqual([]);
    // care3 had no tie by 2014 (isolation 1); after, it reaches hub, then care1, care2, house1, health1: 5 of 12.
    const care3 = json.isolation.find((entry: { id: string }) => entry.id === 'care3');
    expect(care3.before).toBe(1);
    expect(care3.change).toBeCloseTo(-5 / 12, 12);
    // Ties only grow, so nobody becomes more isolated.
    expect(json.isolation.every((entry: { change: number }) => entry.change < 0)).toBe(true);
  });

  it('the other way round: ties lost and who became more isolated (table)', async () => {
    const run = await knet(['compare', 'edges.csv', early, '--nodes', 'nodes.csv']);
    expect(run.stdout).toContain('Ties: 0 gained, 6 lost');
    expect(run.stdout).toMatch(/More isolated .*:\n.*\n.*\n {2}Kelby Day Services +58% +100% +\+42 pts/);
    expect(run.stdout).toContain('Less isolated: none');
  });

  it('CSV of organisations, or --ties; organisations joined are matched by id', async () => {
    const rows = parse((await knet(['compare', early, 'edges.csv', '--format', 'csv', '--ties'])).stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(6);
    expect(rows.every((row) => row.change === 'gained')).toBe(true);
    // Without a nodes file, organisations are made from each edges file: leaf, pair1, pair2, house2, care3,
    // health2 and formula appear only in the later flows.
    const json = JSON.parse((await knet(['compare', early, 'edges.csv', '--format', 'json'])).stdout);
    expect([...json.organisationsAdded].sort()).toEqual(['care3', 'formula', 'health2', 'house2', 'leaf', 'pair1', 'pair2']);
  });

  it('--as-of applies to both networks, and the notes say which', async () => {
    const run = await knet(['compare', early, 'edges.csv', '--nodes', 'nodes.csv', '--as-of', '2013', '--format', 'json']);
    // By 2013 both hold hub-health1 (2012) and hub-house1 (2013): nothing changed.
    expect(JSON.parse(run.stdout).ties).toEqual({ gained: 0, lost: 0, reweighted: 0, kept: 2 });
    expect(run.stderr).toContain('knet: before: --as-of 2013 (to 2013-12-31): kept 2 of 5 flows');
    expect(run.stderr).toContain('knet: after: --as-of 2013 (to 2013-12-31): kept 2 of 11 flows');
  });

  it('usage errors', async () => {
    expect((await knet(['compare', 'edges.csv'])).stderr).toMatch(/^knet compare: expected two networks, BEFORE and AFTER, got 1: edges.csv/);
    expect((await knet(['compare', '--edges', 'edges.csv', 'a.csv', 'b.csv'])).stderr).toMatch(/not with --edges or --file/);
    expect((await knet(['compare', 'edges.csv', 'edges.csv', '--ties'])).code).toBe(2);
  });

  it('--anonymise gives each organisation one pseudonym on both sides', async () => {
    const run = await knet(['compare', early, 'edges.csv', '--nodes', 'nodes.csv', '--format', 'json', '--anonymise']);
    const json = JSON.parse(run.stdout);
    for (const name of ['hub', 'care3', 'Kelby', 'Moorend']) expect(run.stdout).not.toContain(name);
    // Every id in the ties is one of the isolation list's ids (all 13 organisations changed or not, same names).
    const named = new Set(json.isolation.map((entry: { id: string }) => entry.id));
    const tieIds = json.tiesGained.flatMap((tie: { source: string; target: string }) => [tie.source, tie.target]);
    expect(tieIds.every((id: string) => named.has(id))).toBe(true);
  });
});

describe('--anonymise', () => {
  it('replaces every name in the output; the mapping is written only when asked', async () => {
    const run = await knet(['pioneers', ...TINY, '--all', '--format', 'csv', '--anonymise']);
    expect(run.code).toBe(0);
    // Places (region) are not names: Fellside stays, Fellside Food Co-op goes.
    for (const name of ['alone', "Moorend Men's Shed", 'Fellside Food Co-op', 'pair1']) expect(run.stdout).not.toContain(name);
    expect(run.stderr).toContain('--anonymise: 13 of 13 organisations given pseudonyms (0 keep their names, from no consent list)');
    const mapping = join(scratch, 'mapping.csv');
    expect(existsSync(mapping)).toBe(false);
    await knet(['pioneers', ...TINY, '--anonymise', '--mapping', mapping]);
    const rows = parse(readFileSync(mapping, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(13);
    expect(Object.keys(rows[0])).toEqual(['id', 'label', 'pseudonym', 'consented']);
    // The formula label stays formula-safe in the mapping too.
    expect(rows.find((row) => row.id === 'formula')!.label.startsWith("'=")).toBe(true);
  });

  it('--consent FILE keeps the names listed (ids or labels), and warns about entries that match nobody', async () => {
    const consent = join(scratch, 'consent.txt');
    writeFileSync(consent, 'id\nalone\nFellside Food Co-op\nnobody-by-that-name\n');
    const run = await knet(['pioneers', ...TINY, '--anonymise', '--consent', consent]);
    expect(run.stdout).toContain("Moorend Men's Shed (alone)");
    expect(run.stdout).toContain('Fellside Food Co-op (pair1)');
    expect(run.stderr).toContain('1 entry in');
    expect(run.stderr).toContain('matches no organisation (their names stay hidden): "nobody-by-that-name"');
  });

  it('reads a consent column when the nodes file has one', async () => {
    const nodes = join(scratch, 'nodes-consent.csv');
    const lines = readFileSync(join(FIXTURES, 'nodes.csv'), 'utf8').trim().split('\n');
    writeFileSync(nodes, [`${lines[0]},consent`, ...lines.slice(1).map((line) => `${line},${line.startsWith('alone,') ? 'yes' : 'no'}`)].join('\n'));
    const run = await knet(['pioneers', '--nodes', nodes, '--edges', 'edges.csv', '--anonymise']);
    expect(run.stdout).toContain("Moorend Men's Shed (alone)");
    expect(run.stdout).not.toContain('Fellside Food Co-op');
    expect(run.stderr).toContain('(1 keep their names, from the consent column)');
  });

  // Read with the input files' decoding (io/decode.ts), as a spreadsheet may save it.
  const consentAs = (name: string, bytes: Uint8Array) => {
    const path = join(scratch, name);
    writeFileSync(path, bytes);
    return path;
  };

  it('--consent FILE in UTF-16 with a BOM (Excel\'s "Unicode text") keeps the names listed', async () => {
    const text = '\uFEFFid\r\nalone\r\nFellside Food Co-op\r\n';
    const run = await knet(['pioneers', ...TINY, '--anonymise', '--consent', consentAs('consent-utf16.txt', new Uint8Array(Buffer.from(text, 'utf16le')))]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Moorend Men's Shed (alone)");
    expect(run.stdout).toContain('Fellside Food Co-op (pair1)');
    expect(run.stderr).toContain('(2 keep their names, from');
    expect(run.stderr).not.toContain('match no organisation');
  });

  it('--consent FILE in Windows-1252 matches accented names, with the encoding warning', async () => {
    const nodes = join(scratch, 'nodes-accent.csv');
    writeFileSync(nodes, readFileSync(join(FIXTURES, 'nodes.csv'), 'utf8').replace("Moorend Men's Shed", 'Café Moorend'));
    const cp1252 = new Uint8Array([...Buffer.from('label\nCaf', 'latin1'), 0xe9, ...Buffer.from(' Moorend\n', 'latin1')]);
    const run = await knet(['pioneers', '--nodes', nodes, '--edges', 'edges.csv', '--anonymise', '--consent', consentAs('consent-1252.txt', cp1252)]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Café Moorend (alone)');
    expect(run.stderr).toContain('(1 keep their names, from');
    expect(run.stderr).toMatch(/knet: warning: a file is not UTF-8: read as Windows-1252; first: \S*consent-1252\.txt line 2/);
    const strict = await knet(['pioneers', '--nodes', nodes, '--edges', 'edges.csv', '--anonymise', '--strict', '--consent', join(scratch, 'consent-1252.txt')]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe('');
  });

  it('a binary --consent FILE (an Excel workbook) is an input error naming the file, and nothing is echoed', async () => {
    const xlsx = consentAs('consent.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0xff, 0x9c, 0x00, 0x01]));
    const run = await knet(['pioneers', ...TINY, '--anonymise', '--consent', xlsx]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`knet: ${xlsx}: this is not a text file; it looks like a zip archive (an Excel .xlsx or OpenDocument .ods workbook?): save the sheet as CSV.\n`);
    const nul = consentAs('consent.bin', new Uint8Array([0x61, 0x00, 0x62, 0x0a]));
    expect((await knet(['pioneers', ...TINY, '--anonymise', '--consent', nul])).stderr).toMatch(new RegExp(`^knet: ${nul} line 1: this is not a text file`));
  });

  it('a folder given as --consent is an input error in plain words', async () => {
    const run = await knet(['pioneers', ...TINY, '--anonymise', '--consent', scratch]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`knet: ${scratch}: this is a folder, not a file (the --consent list)\n`);
  });

  it('a consent file that does not exist is an input error (exit 1)', async () => {
    const run = await knet(['pioneers', ...TINY, '--anonymise', '--consent', 'no-such-file.txt']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('knet: no-such-file.txt: there is no such file (the --consent list)\n');
  });
});
