// Test loaders for the classic reference networks (test/fixtures/classic) and the CLI fixture: a tiny
// CSV split (one line per row, RFC 4180 quotes) so metric tests do not depend on the CSV reader.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { createNetwork } from '../../src/model/builder.js';
import type { Network } from '../../src/model/network.js';

export const CLASSIC_DIR = fileURLToPath(new URL('../fixtures/classic/', import.meta.url));
export const CLASSIC_NAMES = ['karate', 'lesmis', 'florentine', 'davis'] as const;

/** Cells of one CSV line: commas split, "quoted, cells" and "" escapes (no line breaks inside cells). */
function splitLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') cells.push(cell), (cell = '');
    else cell += ch;
  }
  if (quoted) throw new Error(`test helper: a quoted cell runs past the end of the line: ${line}`);
  cells.push(cell);
  return cells;
}

/** Rows of a small CSV file as records keyed by header. */
function readPlainCsv(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line !== '');
  const names = splitLine(header);
  return lines.map((line) => {
    const cells = splitLine(line);
    return Object.fromEntries(names.map((name, i) => [name, cells[i] ?? '']));
  });
}

/** A network from a folder holding nodes.csv and edges.csv (source, target, optional weight). */
export function loadCsvFolder(dir: string, directed = false): Network {
  const organisations = readPlainCsv(join(dir, 'nodes.csv')).map((row) => ({ id: row.id, label: row.label || row.id }));
  const flows = readPlainCsv(join(dir, 'edges.csv')).map((row) => ({
    source: row.source,
    target: row.target,
    weight: row.weight ? Number(row.weight) : 1,
  }));
  return createNetwork({ directed, organisations, flows });
}

/** The CLI fixture (test/cli-fixtures): 13 organisations in three components, one isolate. */
export const CLI_FIXTURE_DIR = fileURLToPath(new URL('../cli-fixtures/', import.meta.url));

/** NetworkX's values for the CLI fixture (reference.py there): per-column maps by id, and the summary. */
export function loadCliReference(): {
  undirected: Record<string, Record<string, number | null>>;
  directed: Record<string, Record<string, number | null>>;
  summary: Record<string, number>;
} {
  return JSON.parse(readFileSync(join(CLI_FIXTURE_DIR, 'reference.json'), 'utf8'));
}

export interface ClassicReference {
  graph: { n: number; m: number; directed: boolean; horizon: number; components: number };
  components: string[][];
  nodes: Record<string, Record<string, number>>;
}

export function loadClassic(name: string): { network: Network; reference: ClassicReference } {
  const dir = join(CLASSIC_DIR, name);
  const reference = JSON.parse(readFileSync(join(dir, 'networkx-reference.json'), 'utf8')) as ClassicReference;
  return { network: loadCsvFolder(dir, reference.graph.directed), reference };
}

/** SPEC section 4 tolerance for exact metrics: 1e-6 × (1 + |expected|). */
export function expectColumn(
  network: Network,
  actual: Float64Array,
  expected: (id: string) => number | null | undefined,
  what: string,
  tolerance = 1e-6,
): void {
  expect(actual).toHaveLength(network.order);
  network.organisations.forEach((organisation, v) => {
    const want = expected(organisation.id);
    if (want === null || want === undefined) {
      expect(actual[v], `${what} of ${organisation.id}: expected empty`).toBeNaN();
      return;
    }
    const error = Math.abs(actual[v] - want);
    expect(error, `${what} of ${organisation.id}: got ${actual[v]}, NetworkX ${want}`).toBeLessThanOrEqual(tolerance * (1 + Math.abs(want)));
  });
}
