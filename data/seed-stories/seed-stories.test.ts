// Checks the hand-made seed-stories network is well formed and keeps the shape its README describes:
// every flow cites a seed text, and the texts' three stories stay unconnected (plus DWP alone).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const SEED_FILE = /^\d{3}_[0-9a-f]{16}\.txt$/;

function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  const [header, ...body] = rows;
  return body.map((cells) => {
    expect(cells.length).toBe(header.length);
    return Object.fromEntries(header.map((name, i) => [name, cells[i]]));
  });
}

const nodes = parseCsv(readFileSync(join(HERE, 'nodes.csv'), 'utf8'));
const edges = parseCsv(readFileSync(join(HERE, 'edges.csv'), 'utf8'));

describe('data/seed-stories', () => {
  it('has unique ids and flows between organisations that exist, one per pair', () => {
    const ids = new Set(nodes.map((x) => x.id));
    expect(ids.size).toBe(nodes.length);
    const pairs = new Set<string>();
    for (const e of edges) {
      expect(ids.has(e.source) && ids.has(e.target), `${e.source} -> ${e.target}`).toBe(true);
      expect(e.source).not.toBe(e.target);
      pairs.add([e.source, e.target].sort().join('\u0000'));
    }
    expect(pairs.size).toBe(edges.length);
  });

  it('cites a seed text and a quote for every organisation and every flow', () => {
    for (const row of [...nodes, ...edges]) {
      expect(row.source_note.length).toBeGreaterThan(10);
      for (const file of row.seed_file.split(';')) expect(file).toMatch(SEED_FILE);
    }
  });

  it('uses weight 1 and dates only in ISO form', () => {
    for (const e of edges) {
      expect(e.weight).toBe('1');
      expect(e.date).toMatch(/^(\d{4}(-\d{2}(-\d{2})?)?)?$/);
    }
    // The festival flows carry the month the text gives.
    const festival = edges.filter((e) => e.target === 'oxfam');
    expect(festival.map((e) => e.date)).toEqual(['2014-09', '2014-09', '2014-09']);
  });

  it('falls into the four unconnected stories: the blog, iNetwork, the festival, DWP alone', () => {
    const parent = new Map(nodes.map((x) => [x.id, x.id]));
    const root = (id: string): string => (parent.get(id) === id ? id : root(parent.get(id)!));
    for (const e of edges) parent.set(root(e.source), root(e.target));
    const groups = new Map<string, string[]>();
    for (const x of nodes) groups.set(root(x.id), [...(groups.get(root(x.id)) ?? []), x.id]);
    const sizes = [...groups.values()].map((g) => g.length).sort((a, b) => a - b);
    expect(sizes).toEqual([1, 4, 7, 10]);
    const together = (a: string, b: string) => root(a) === root(b);
    expect(together('opm', 'transition-institute')).toBe(true);
    expect(together('inetwork', 'wigan-council')).toBe(true);
    expect(together('collaborate', 'cooperative-councils-innovation-network')).toBe(true);
    expect(together('inetwork', 'collaborate')).toBe(false);
    expect([...groups.values()].find((g) => g.length === 1)).toEqual(['dwp']);
  });
});
