// The benchmark generator: exact sizes, a simple graph, seeded output, and the shape of a knowledge
// network (heavy tail, clustering, sectors, isolates, small components), checked from the CSV it writes.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SIZES, ensureNetworkFiles, writeNetworkFiles } from '../generate.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'knet-bench-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function readCsv(path) {
  const [header, ...lines] = readFileSync(path, 'utf8').trimEnd().split('\n');
  return { header: header.split(','), rows: lines.map((line) => line.split(',')) };
}

const n = 3000;
const m = 15000;
const files = writeNetworkFiles(join(scratch, 'a'), { n, m, seed: 7 });
const nodes = readCsv(files.nodes);
const edges = readCsv(files.edges);
const sectorOf = new Map(nodes.rows.map((row) => [row[0], row[3]]));
const neighbours = new Map(nodes.rows.map((row) => [row[0], new Set()]));
for (const [source, target] of edges.rows) {
  neighbours.get(source).add(target);
  neighbours.get(target).add(source);
}

describe('writeNetworkFiles', () => {
  it('writes the SPEC columns, n organisations with unique ids and m flows between them', () => {
    expect(nodes.header).toEqual(['id', 'label', 'type', 'sector', 'region', 'pioneer', 'themes']);
    expect(edges.header).toEqual(['source', 'target', 'weight', 'type', 'date']);
    expect(nodes.rows).toHaveLength(n);
    expect(new Set(nodes.rows.map((row) => row[0])).size).toBe(n);
    expect(edges.rows).toHaveLength(m);
    for (const row of nodes.rows) expect(row).toHaveLength(7);
    for (const [source, target, weight, , date] of edges.rows) {
      expect(sectorOf.has(source) && sectorOf.has(target)).toBe(true);
      expect(Number(weight)).toBeGreaterThan(0);
      expect(date).toMatch(/^20(1[4-9]|2[0-4])-(0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])$/);
    }
  });

  it('draws a simple graph: no self-loops, no flow repeated in either direction', () => {
    const pairs = new Set();
    for (const [source, target] of edges.rows) {
      expect(source).not.toBe(target);
      pairs.add(source < target ? `${source} ${target}` : `${target} ${source}`);
    }
    expect(pairs.size).toBe(m);
  });

  it('is seeded: the same seed gives the same bytes, another seed other flows', () => {
    const again = writeNetworkFiles(join(scratch, 'b'), { n, m, seed: 7 });
    const other = writeNetworkFiles(join(scratch, 'c'), { n, m, seed: 8 });
    expect(readFileSync(again.nodes, 'utf8')).toBe(readFileSync(files.nodes, 'utf8'));
    expect(readFileSync(again.edges, 'utf8')).toBe(readFileSync(files.edges, 'utf8'));
    expect(readFileSync(other.edges, 'utf8')).not.toBe(readFileSync(files.edges, 'utf8'));
  });

  it('has heavy-tailed degrees: hubs far above the median', () => {
    const degrees = [...neighbours.values()].map((set) => set.size).sort((a, b) => a - b);
    const median = degrees[degrees.length >> 1];
    expect(degrees.at(-1)).toBeGreaterThan(8 * median);
  });

  it('is clustered far beyond a random graph of the same density', () => {
    // Transitivity: 3 × triangles / connected triples, counted directly.
    let closed = 0;
    let triples = 0;
    for (const [, set] of neighbours) {
      const list = [...set];
      triples += (list.length * (list.length - 1)) / 2;
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) if (neighbours.get(list[i]).has(list[j])) closed++;
      }
    }
    const density = (2 * m) / (n * (n - 1));
    expect(closed / triples).toBeGreaterThan(10 * density);
  });

  it('keeps most ties inside a sector', () => {
    const cross = edges.rows.filter(([source, target]) => sectorOf.get(source) !== sectorOf.get(target)).length;
    expect(cross / m).toBeLessThan(0.25);
    expect(new Set(sectorOf.values()).size).toBeGreaterThan(5);
  });

  it('leaves some organisations isolated and some in small groups cut off from the rest', () => {
    const isolated = [...neighbours.values()].filter((set) => set.size === 0).length;
    expect(isolated).toBeGreaterThan(0.005 * n);
    const seen = new Set();
    const sizes = [];
    for (const start of neighbours.keys()) {
      if (seen.has(start)) continue;
      let size = 0;
      const stack = [start];
      seen.add(start);
      while (stack.length > 0) {
        size++;
        for (const next of neighbours.get(stack.pop())) if (!seen.has(next)) seen.add(next) && stack.push(next);
      }
      sizes.push(size);
    }
    sizes.sort((a, b) => b - a);
    expect(sizes[0]).toBeGreaterThan(0.9 * n);
    expect(sizes.filter((size) => size >= 2 && size <= 6).length).toBeGreaterThan(5);
  });
});

describe('ensureNetworkFiles', () => {
  it('generates a named size once, then reuses the cache until its version changes', () => {
    const log = () => {};
    const first = ensureNetworkFiles('S', { cacheDir: scratch, log });
    expect(first.generated).toBe(true);
    expect(readCsv(first.edges).rows).toHaveLength(SIZES.S.m);
    expect(ensureNetworkFiles('S', { cacheDir: scratch, log }).generated).toBe(false);
    const meta = join(first.dir, 'meta.json');
    writeFileSync(meta, JSON.stringify({ ...JSON.parse(readFileSync(meta, 'utf8')), version: -1 }));
    expect(ensureNetworkFiles('S', { cacheDir: scratch, log }).generated).toBe(true);
  });

  it('names the sizes it knows when given another', () => {
    expect(() => ensureNetworkFiles('XXL', { cacheDir: scratch })).toThrow(/knet bench: unknown size "XXL"; choose from S, M, L, XL/);
  });
});
