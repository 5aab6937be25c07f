// knet metrics / summary / pioneers end to end on the fixture network (test/cli-fixtures), checked against
// NetworkX's values for the same files (reference.json, made by reference.py) and against the files themselves.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { COMPUTE_DEFAULTS } from '../../src/cli/compute.js';
import { writeGexf, writeGraphml, writeJson } from '../../src/io/index.js';
import { readNetworkFiles } from '../../src/node.js';
import { FIXTURES, knet, TINY } from './run.js';

type Reference = Record<'undirected' | 'directed', Record<string, Record<string, number | null>>> & {
  summary: Record<string, number>;
};
const reference = JSON.parse(readFileSync(join(FIXTURES, 'reference.json'), 'utf8')) as Reference;
const nodes = parse(readFileSync(join(FIXTURES, 'nodes.csv'), 'utf8'), { columns: true }) as Record<string, string>[];

const close = (actual: string | number | null, expected: number | null, label: string) => {
  if (expected === null) return expect(actual, label).toBe('');
  expect(Math.abs(Number(actual) - expected), label).toBeLessThanOrEqual(1e-6 * (1 + Math.abs(expected)));
};

describe('knet metrics', () => {
  it('CSV: one row per organisation, id and label, the SPEC columns, then the input attributes', async () => {
    const run = await knet(['metrics', ...TINY]);
    expect(run.code).toBe(0);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(nodes.length);
    const header = run.stdout.split('\n')[0].split(',');
    expect(header).toEqual([
      'id', 'label', 'degree', 'weighted_degree', 'betweenness', 'closeness', 'harmonic', 'eigenvector', 'pagerank',
      'clustering', 'constraint', 'effective_size', 'core_number', 'component', 'community', 'reach', 'isolation',
      'type', 'sector', 'region', 'pioneer', 'themes', 'staff',
    ]);
    expect(rows.map((row) => row.id)).toEqual(nodes.map((node) => node.id));
    const leaf = rows.find((row) => row.id === 'leaf')!;
    expect(leaf).toMatchObject({ sector: 'housing', pioneer: 'true', themes: 'co-production;peer support', staff: '3' });
  });

  it('agrees with NetworkX on every column it names, and leaves undefined cells empty', async () => {
    const rows = parse((await knet(['metrics', ...TINY])).stdout, { columns: true }) as Record<string, string>[];
    for (const row of rows) {
      for (const [column, values] of Object.entries(reference.undirected)) {
        if (column === 'reach3') continue;
        close(row[column], values[row.id], `${column} of ${row.id}`);
      }
      close(row.isolation, 1 - (reference.undirected.reach[row.id] as number), `isolation of ${row.id}`);
      // The network is split, so eigenvector centrality is not defined (SPEC section 4).
      expect(row.eigenvector).toBe('');
    }
    const alone = rows.find((row) => row.id === 'alone')!;
    expect(alone.constraint).toBe('');
    expect(alone.effective_size).toBe('');
  });

  it('--horizon changes reach', async () => {
    const rows = parse((await knet(['metrics', ...TINY, '--horizon', '3'])).stdout, { columns: true }) as Record<string, string>[];
    for (const row of rows) close(row.reach, reference.undirected.reach3[row.id], `reach within 3 of ${row.id}`);
  });

  it('--directed adds in_degree and out_degree, matching NetworkX', async () => {
    const rows = parse((await knet(['metrics', ...TINY, '--directed'])).stdout, { columns: true }) as Record<string, string>[];
    for (const row of rows) {
      for (const column of ['in_degree', 'out_degree', 'degree', 'reach', 'betweenness', 'pagerank']) {
        close(row[column], reference.directed[column][row.id], `${column} of ${row.id}`);
      }
    }
  });

  it('CSV is formula-safe: cells starting = + - @ get a quote, plain numbers do not', async () => {
    const run = await knet(['metrics', ...TINY]);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    const formula = rows.find((row) => row.id === 'formula')!;
    expect(formula.label).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(formula.region).toBe("'@Kelby");
    expect(formula.staff).toBe('-3');
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+@]/);
  });

  it('JSON parses back, with metrics kept apart from the attributes', async () => {
    const run = await knet(['metrics', ...TINY, '--format', 'json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.directed).toBe(false);
    expect(json.horizon).toBe(2);
    expect(json.organisations).toHaveLength(nodes.length);
    const formula = json.organisations.find((o: { id: string }) => o.id === 'formula');
    // JSON is for programs: the label is kept exactly, and numbers are numbers (null where empty).
    expect(formula.label).toBe('=HYPERLINK("http://evil.example","click")');
    expect(formula.attributes).toEqual({ staff: -3 });
    expect(formula.metrics.eigenvector).toBeNull();
    close(formula.metrics.reach, reference.undirected.reach.formula, 'reach');
  });

  it('gives the same table when the path stage runs on worker threads (as for big networks)', async () => {
    const serial = (await knet(['metrics', ...TINY])).stdout;
    const saved = COMPUTE_DEFAULTS.workersFrom;
    COMPUTE_DEFAULTS.workersFrom = 1;
    try {
      const parallel = await knet(['metrics', ...TINY]);
      expect(parallel.code).toBe(0);
      expect(parallel.stdout).toBe(serial);
    } finally {
      COMPUTE_DEFAULTS.workersFrom = saved;
    }
  });

  it('--out writes the file, prints nothing on stdout and a note on stderr (none with --quiet)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'knet-cli-'));
    const out = join(folder, 'metrics.csv');
    const run = await knet(['metrics', ...TINY, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`knet: wrote metrics for 13 organisations to ${out}\n`);
    expect(readFileSync(out, 'utf8')).toBe((await knet(['metrics', ...TINY])).stdout);
    expect((await knet(['metrics', ...TINY, '--out', out, '--quiet'])).stderr).toBe('');
  });

  it('--out into a folder that does not exist is an error (exit 1), not a crash', async () => {
    const run = await knet(['metrics', ...TINY, '--out', join(tmpdir(), 'no-such-folder-knet', 'x.csv')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^knet: cannot write .*x\.csv: its folder does not exist\n$/);
  });
});

describe('whole-network files (--file, or one positional file)', () => {
  it('GEXF, GraphML and JSON give the same metrics as the CSV pair they were written from', async () => {
    const { network } = await readNetworkFiles({ nodes: join(FIXTURES, 'nodes.csv'), edges: join(FIXTURES, 'edges.csv') });
    const folder = mkdtempSync(join(tmpdir(), 'knet-cli-'));
    const files = { 'tiny.gexf': writeGexf(network), 'tiny.graphml': writeGraphml(network), 'tiny.json': writeJson(network) };
    const fromCsv = parse((await knet(['metrics', ...TINY])).stdout, { columns: true }) as Record<string, string>[];
    for (const [name, text] of Object.entries(files)) {
      const path = join(folder, name);
      writeFileSync(path, text);
      for (const argv of [['metrics', '--file', path], ['metrics', path]]) {
        const run = await knet(argv);
        expect(run.code, `${argv.join(' ')}: ${run.stderr}`).toBe(0);
        const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
        expect(rows.map((row) => [row.id, row.degree, row.betweenness, row.reach, row.community])).toEqual(
          fromCsv.map((row) => [row.id, row.degree, row.betweenness, row.reach, row.community]),
        );
      }
    }
  });
});

describe('warnings and --strict', () => {
  const argv = ['summary', '--nodes', 'nodes.csv', '--edges', 'warnings-edges.csv'];

  it('warnings are summarised on stderr, one line each, and the run goes on', async () => {
    const run = await knet(argv);
    expect(run.code).toBe(0);
    const lines = run.stderr.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) expect(line).toMatch(/^knet: warning: .*warnings-edges\.csv line \d+/);
    expect(run.stderr).toContain('"nobody"');
    expect(run.stdout).toContain('Organisations');
  });

  it('--quiet hides them; --strict turns them into an error (exit 1) and prints no result', async () => {
    expect((await knet([...argv, '--quiet'])).stderr).toBe('');
    const strict = await knet([...argv, '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe('');
    expect(strict.stderr).toMatch(/^knet: error: /);
    expect(strict.stderr).toMatch(/knet: stopped by --strict: \d+ input problems/);
    expect((await knet(['summary', ...TINY, '--strict'])).code).toBe(0);
  });
});

describe('knet summary', () => {
  it('reads as aligned text for people', async () => {
    const run = await knet(['summary', ...TINY]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Organisations +13$/m);
    expect(run.stdout).toMatch(/^Ties +11$/m);
    expect(run.stdout).toMatch(/^Groups +3; the main network holds 77% \(10\)$/m);
    expect(run.stdout).toMatch(/^Isolates +1 organisation with no ties at all$/m);
    expect(run.stdout).toMatch(/^Pioneers +3; 2 weakly connected/m);
    expect(run.stdout).toMatch(/^By sector: /m);
  });

  it('JSON parses back and agrees with NetworkX', async () => {
    const json = JSON.parse((await knet(['summary', ...TINY, '--format', 'json'])).stdout);
    const expected = reference.summary;
    expect(json.organisations).toBe(expected.organisations);
    expect(json.ties).toBe(expected.ties);
    expect(json.components).toEqual({ count: 3, largest: 10, largestShare: 10 / 13 });
    expect(json.isolates).toBe(expected.isolates);
    expect(json.weaklyConnectedPioneers).toBe(2);
    for (const [key, figure] of [['density', 'density'], ['fragmentation', 'fragmentation'], ['averageClustering', 'average_clustering'], ['averageShortestPath', 'average_shortest_path'], ['medianReach', 'median_reach']]) {
      close(json[key], expected[figure], key);
    }
    expect(Object.keys(json.ei)).toEqual(['type', 'sector', 'region']);
    // E-I by sector, counted from edges.csv by hand: of 11 ties only hub-house1 and hub-health1 cross sectors.
    expect(json.ei.sector.internal).toBe(9);
    expect(json.ei.sector.external).toBe(2);
    close(json.ei.sector.overall, (2 - 9) / 11, 'E-I by sector');
  });
});

describe('knet pioneers', () => {
  it('lists weakly connected pioneers, most isolated first, with reasons', async () => {
    const run = await knet(['pioneers', ...TINY]);
    expect(run.code).toBe(0);
    const alone = run.stdout.indexOf("Moorend Men's Shed (alone)");
    const pair = run.stdout.indexOf('Fellside Food Co-op (pair1)');
    expect(alone).toBeGreaterThan(0);
    expect(pair).toBeGreaterThan(alone);
    expect(run.stdout).toContain('- no ties to any other organisation');
    expect(run.stdout).toContain('- outside the main network (a group of 2)');
    expect(run.stdout).not.toContain('(leaf)');
    expect(run.stdout).toContain('2 of the 3 pioneers');
  });

  it('--relative moves the bar (median reach 25%: 0.7 × 25% catches leaf at 17%)', async () => {
    const json = JSON.parse((await knet(['pioneers', ...TINY, '--relative', '0.7', '--format', 'json'])).stdout);
    expect(json.weaklyConnected.map((entry: { id: string }) => entry.id)).toEqual(['alone', 'pair1', 'leaf']);
    close(json.medianReach, 0.25, 'median reach');
    const leaf = json.weaklyConnected[2];
    expect(leaf.reasons.map((reason: { code: string }) => reason.code)).toContain('low-reach');
    expect(leaf.reasons.find((reason: { code: string }) => reason.code === 'low-reach').text).toBe(
      'reaches 17% of the network within 2 steps, against 25% for the median organisation',
    );
  });

  it('--all drops the pioneer condition; CSV carries rank, reasons and codes', async () => {
    const run = await knet(['pioneers', ...TINY, '--all', '--format', 'csv']);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.id)).toEqual(['alone', 'pair1', 'pair2']);
    expect(rows[0]).toMatchObject({ rank: '1', reach: '0', isolation: '1', ties: '0', reason_codes: 'no-ties' });
    expect(rows[1].reasons).toContain('outside the main network (a group of 2)');
  });

  it('says so plainly when no organisation is marked as a pioneer', async () => {
    const run = await knet(['pioneers', '--edges', 'edges.csv']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No organisation is marked as a pioneer');
  });
});

describe('progress', () => {
  it('is drawn on stderr only when it is a terminal', async () => {
    expect((await knet(['summary', ...TINY])).stderr).toBe('');
    const tty = await knet(['summary', ...TINY], { stderrIsTTY: true });
    expect(tty.stderr).toContain('\r');
    expect(tty.stderr).toContain('betweenness');
    expect(tty.stderr.endsWith('\r\u001b[2K')).toBe(true);
    expect((await knet(['summary', ...TINY, '--quiet'], { stderrIsTTY: true })).stderr).toBe('');
  });
});

/** Every command that reads one network, with what it needs besides the input (compare takes BEFORE AFTER). */
const ONE_NETWORK_COMMANDS: [string, string[]][] = [
  ['summary', []],
  ['pioneers', ['--all']],
  ['metrics', []],
  ['introduce', ['leaf']],
  ['plan', []],
  ['whatif', ['--add', 'leaf,alone']],
  ['parallel', []],
  ['brokers', []],
  ['dependence', ['--without', 'type=charity']],
  ['trend', []],
  ['report', []],
];

describe('--nodes alone: organisations with no flows yet (docs/format.md)', () => {
  it.each(ONE_NETWORK_COMMANDS)('knet %s --nodes FILE runs (exit 0)', async (command, extra) => {
    const run = await knet([command, ...extra, '--nodes', 'nodes.csv']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toBe('');
    expect(run.stderr).not.toContain('--edges');
  });

  it('every organisation is there, with no ties', async () => {
    const rows = parse((await knet(['metrics', '--nodes', 'nodes.csv'])).stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.id)).toEqual(nodes.map((node) => node.id));
    for (const row of rows) expect(row.degree).toBe('0');
    const summary = JSON.parse((await knet(['summary', '--nodes', 'nodes.csv', '--format', 'json'])).stdout);
    expect(summary).toMatchObject({ organisations: 13, ties: 0, isolates: 13 });
  });

  it('messages name the file as the person typed it, not "nodes.csv"', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'knet-cli-'));
    const headerOnly = join(folder, 'orgs-2024.csv');
    writeFileSync(headerOnly, 'id,label\n');
    const run = await knet(['summary', '--nodes', headerOnly]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`knet: ${headerOnly}: there is a header but no rows: no organisation or flow to read.\n`);
    const noId = join(folder, 'members.csv');
    writeFileSync(noId, 'organisation,sector\nx,y\n');
    expect((await knet(['summary', '--nodes', noId])).stderr).toMatch(new RegExp(`^knet: ${noId} line 1: a nodes file needs an id column`));
  });
});

describe('every CSV output has a header of unique names', () => {
  const folder = mkdtempSync(join(tmpdir(), 'knet-cli-'));
  const lines = readFileSync(join(FIXTURES, 'nodes.csv'), 'utf8').trim().split('\n');
  // Attributes named like metric columns, like fields, and like the names knet gives such columns.
  const extra = ['degree', 'attribute_degree', 'attribute_degree_2', 'in_degree', 'Reach', 'rank', 'reasons', 'Staff'];
  const collide = join(folder, 'nodes-collide.csv');
  writeFileSync(collide, [`${lines[0]},${extra.join(',')}`, ...lines.slice(1).map((line, i) => `${line},${extra.map((_, k) => i * 10 + k).join(',')}`)].join('\n') + '\n');
  const input = ['--nodes', collide, '--edges', 'edges.csv'];
  const unique = (header: string[], label: string) => {
    const seen = new Set(header.map((name) => name.toLowerCase()));
    expect(seen.size, `${label}: ${header.join(',')}`).toBe(header.length);
  };
  const headerOf = (text: string) => (parse(text, { to_line: 1 }) as string[][])[0];

  it('knet metrics: an attribute named like a metric or an earlier rename gets a name of its own (the probe\'s case)', async () => {
    const probe = join(folder, 'ncol.csv');
    writeFileSync(probe, 'id,degree,attribute_degree\na,1,2\nb,3,4\n');
    const ab = join(folder, 'eab.csv');
    writeFileSync(ab, 'source,target\na,b\n');
    const run = await knet(['metrics', '--nodes', probe, '--edges', ab]);
    const header = headerOf(run.stdout);
    unique(header, 'metrics');
    // The attribute called attribute_degree keeps its name; the one called degree cannot, nor take that one.
    expect(header.slice(-2)).toEqual(['attribute_degree_2', 'attribute_degree']);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => [row.degree, row.attribute_degree_2, row.attribute_degree])).toEqual([['1', '1', '2'], ['1', '3', '4']]);
  });

  it('knet metrics, undirected and directed, keeps every attribute under a distinct name', async () => {
    for (const directed of [[], ['--directed']]) {
      const run = await knet(['metrics', ...input, ...directed]);
      expect(run.code).toBe(0);
      const header = headerOf(run.stdout);
      unique(header, `metrics ${directed.join('')}`);
      expect(header.length).toBe(new Set(header).size);
      // 8 attributes plus staff: none lost.
      const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
      expect(Object.keys(rows[0]).filter((name) => !/^(id|label|type|sector|region|pioneer|themes)$/.test(name)).length).toBeGreaterThanOrEqual(9);
    }
  });

  // metrics has its own tests above; report writes HTML.
  const commands = ONE_NETWORK_COMMANDS.filter(([command]) => command !== 'metrics' && command !== 'report');
  it.each(commands)('knet %s --format csv', async (command, extraArgs) => {
    const run = await knet([command, ...extraArgs, ...input, '--format', 'csv']);
    expect(run.code, run.stderr).toBe(0);
    unique(headerOf(run.stdout), command);
  });

  it('knet compare --format csv (organisations and --ties)', async () => {
    for (const ties of [[], ['--ties']]) {
      const run = await knet(['compare', 'edges.csv', 'edges.csv', '--nodes', collide, '--format', 'csv', ...ties]);
      expect(run.code, run.stderr).toBe(0);
      unique(headerOf(run.stdout), `compare ${ties.join('')}`);
    }
  });
});
