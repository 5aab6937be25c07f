// readNetworkFiles ('@knet/core/node'): paths that are not files, and the real published networks and the
// classic reference networks read as they are, checked against counts taken from the files independently.
import { parse } from 'csv-parse/sync';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readNetworkFiles } from './files.js';
import type { ReadResult } from './result.js';

const REAL = fileURLToPath(new URL('../../../../test/fixtures/real/', import.meta.url));
const CLASSIC = fileURLToPath(new URL('../../test/fixtures/classic/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../../../test/fixtures/io/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'knet-files-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Rows of a CSV file by csv-parse (the independent reference), header excluded. */
function rows(path: string, delimiter = ','): string[][] {
  return (parse(readFileSync(path), { delimiter, bom: true, skip_empty_lines: true }) as string[][]).slice(1);
}

function warningCounts(result: ReadResult): Record<string, number> {
  return Object.fromEntries(result.warnings.map((warning) => [warning.code, warning.count]));
}

describe('readNetworkFiles: paths', () => {
  it('a path that does not exist names the file', async () => {
    await expect(readNetworkFiles({ edges: join(scratch, 'no-such-file.csv') })).rejects.toMatchObject({
      code: 'not-found',
      file: join(scratch, 'no-such-file.csv'),
      message: `${join(scratch, 'no-such-file.csv')}: there is no such file; check the folder and the name.`,
    });
  });

  it('a folder names the files inside it', async () => {
    await expect(readNetworkFiles({ nodes: join(FIXTURES, 'gephi') })).rejects.toMatchObject({
      code: 'is-directory',
      message: expect.stringContaining('this is a folder, not a file; give a file inside it (it holds edges.csv, nodes.csv)'),
    });
  });

  it('other system errors are worded, not passed on raw (a loop of symbolic links)', async () => {
    const loop = join(scratch, 'loop.csv');
    symlinkSync(join(scratch, 'loop-back.csv'), loop);
    symlinkSync(loop, join(scratch, 'loop-back.csv'));
    await expect(readNetworkFiles({ edges: loop })).rejects.toMatchObject({
      code: 'unreadable',
      message: `${loop}: this file cannot be read: its path is a loop of symbolic links.`,
    });
  });

  it('binary content and impossible encodings are errors naming the file', async () => {
    await expect(readNetworkFiles({ edges: join(FIXTURES, 'binary.csv') })).rejects.toMatchObject({ code: 'not-text', line: 2 });
    await expect(readNetworkFiles({ edges: join(FIXTURES, 'bad-encoding.csv') })).rejects.toMatchObject({ code: 'bad-encoding', line: 3 });
  });

  it('reads a network by path, names as typed', async () => {
    const path = join(scratch, 'edges.csv');
    writeFileSync(path, 'source,target\na,b\nb,b\n');
    const result = await readNetworkFiles({ edges: path });
    expect(result.network.order).toBe(2);
    expect(result.warnings[0].examples[0]).toMatchObject({ file: path, line: 3 });
  });

  it('validates its input at the door', async () => {
    await expect(readNetworkFiles({})).rejects.toThrow(/^knet: readNetworkFiles: give a nodes file/);
    await expect(readNetworkFiles({ edges: 3 as never })).rejects.toThrow(/edges must be a file path/);
  });
});

describe('real published networks, read as they are', () => {
  it('icic: Gephi columns, Type = Undirected: 3,203 people, 26,535 ties including 9 self-loops', async () => {
    const result = await readNetworkFiles({ nodes: join(REAL, 'icic/nodes.csv'), edges: join(REAL, 'icic/edges.csv') });
    const { network } = result;
    const edges = rows(join(REAL, 'icic/edges.csv'));
    const nodes = rows(join(REAL, 'icic/nodes.csv'));
    expect([network.order, network.flows.count, network.directed]).toEqual([3203, 26535, false]);
    expect([nodes.length, edges.length]).toEqual([3203, 26535]);
    expect(warningCounts(result)).toEqual({ 'self-loop': 9 });
    expect(edges.filter(([source, target]) => source === target)).toHaveLength(9);
    // Every tie as the file has it, weights included, and the Type column read as direction, not flow type.
    expect([...network.eachFlow()].map((flow) => [flow.source, flow.target, String(flow.weight), flow.type])).toEqual(edges.map(([s, t, , w]) => [s, t, w, '']));
    // Quoted names with commas and doubled quotes, as Gephi writes them.
    expect(network.organisation('6114')?.attributes.Prenom).toBe('Gerard "Gerry" H.');
    expect(network.organisation('2827')?.attributes.Prenom).toBe('Ray, H.');
    expect(network.organisation('1')?.attributes.Index).toBe(471);
  });

  it('icic, directed when asked: each Undirected tie counted both ways, and said so', async () => {
    const result = await readNetworkFiles({ nodes: join(REAL, 'icic/nodes.csv'), edges: join(REAL, 'icic/edges.csv'), directed: true });
    expect(result.network.directed).toBe(true);
    expect(result.network.flows.count).toBe(26535 + 26535 - 9);
    expect(warningCounts(result)).toEqual({ 'self-loop': 9, 'mixed-direction': 26535 });
  });

  for (const year of ['2019', '2020', '2021']) {
    it(`nfdi ${year}: ${year === '2021' ? 'comma' : 'semicolon'} from/to, directed when the caller says so`, async () => {
      const path = join(REAL, `nfdi/edges-${year}.csv`);
      const edges = rows(path, year === '2021' ? ',' : ';');
      const result = await readNetworkFiles({ edges: path, directed: true });
      const { network } = result;
      expect(network.directed).toBe(true);
      expect(network.flows.count).toBe(edges.length);
      expect(network.order).toBe(new Set(edges.flat()).size);
      const pairs = new Set(edges.map(([from, to]) => `${from}>${to}`));
      expect(warningCounts(result)).toEqual(pairs.size < edges.length ? { 'repeated-flow': edges.length - pairs.size } : {});
    });
  }

  it('nfdi 2020 with its consortia (CRLF, semicolons, a name column as the id, as Kumu does)', async () => {
    const consortia = rows(join(REAL, 'nfdi/consortia-2020.csv'), ';');
    const edges = rows(join(REAL, 'nfdi/edges-2020.csv'), ';');
    const result = await readNetworkFiles({ nodes: join(REAL, 'nfdi/consortia-2020.csv'), edges: join(REAL, 'nfdi/edges-2020.csv'), directed: true });
    const { network } = result;
    expect(network.organisations.slice(0, consortia.length).map((o) => [o.id, o.attributes.year])).toEqual(consortia.map(([name, year]) => [name, Number(year)]));
    const named = new Set(edges.flat());
    const unknown = [...named].filter((id) => !consortia.some(([name]) => name === id));
    expect(network.order).toBe(consortia.length + unknown.length);
    // Organisations named by flows but missing from the consortia file are created and reported.
    expect(warningCounts(result)['unknown-organisation'] ?? 0).toBe(edges.filter(([from, to]) => unknown.includes(from) || unknown.includes(to)).length);
    expect(network.organisations.slice(consortia.length).map((o) => o.id)).toEqual(unknown);
  });
});

describe('the classic reference networks', () => {
  for (const name of ['karate', 'lesmis', 'florentine', 'davis']) {
    it(`${name}: NetworkX's n, m, degrees and weighted degrees`, async () => {
      const reference = JSON.parse(readFileSync(join(CLASSIC, name, 'networkx-reference.json'), 'utf8'));
      const { network, warnings } = await readNetworkFiles({ nodes: join(CLASSIC, name, 'nodes.csv'), edges: join(CLASSIC, name, 'edges.csv') });
      expect(warnings).toEqual([]);
      expect([network.order, network.flows.count, network.directed]).toEqual([reference.graph.n, reference.graph.m, reference.graph.directed]);
      const degree = new Map<string, number>();
      const weighted = new Map<string, number>();
      for (const flow of network.eachFlow()) {
        for (const id of [flow.source, flow.target]) {
          degree.set(id, (degree.get(id) ?? 0) + 1);
          weighted.set(id, (weighted.get(id) ?? 0) + flow.weight);
        }
      }
      for (const organisation of network.organisations) {
        const expected = reference.nodes[organisation.id];
        expect(degree.get(organisation.id) ?? 0, organisation.id).toBe(expected.degree);
        expect(weighted.get(organisation.id) ?? 0, organisation.id).toBeCloseTo(expected.weighted_degree, 9);
      }
    });
  }
});
