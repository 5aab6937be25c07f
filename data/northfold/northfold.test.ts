// Checks that the shipped Northfold network has the structure its README promises, and that the seeded
// generator reproduces it byte for byte. Uses a tiny local CSV parse, independent of the library's reader.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const SPEC_TYPES = ['council', 'mutual', 'charity', 'social_enterprise', 'user_led', 'network_body', 'funder', 'university', 'government', 'private', 'other'];
const FLOW_TYPES = ['partnership', 'peer_support', 'shared_practice', 'event', 'funding', 'secondment'];
const BROKER_TYPES = new Set(['council', 'government', 'university', 'funder', 'network_body']);
// Promised in README.md ("What was planted").
const CUT_OFF = ['disabled-people-together-saltcote', 'moorend-social-prescribing-cic', 'ravensby-shared-lives-mutual', 'wherry-point-digital-champions'];
const OUTSIDE = ['tarnside-accessible-transport-users-group', 'tarnside-community-transport-mutual'];

/** RFC 4180, comma-delimited, LF or CRLF: enough for files we wrote ourselves. */
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
    else if (c === '\n') { row.push(field.replace(/\r$/, '')); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  const [header, ...body] = rows;
  return body.map((cells) => {
    expect(cells.length).toBe(header.length);
    return Object.fromEntries(header.map((name, i) => [name, cells[i]]));
  });
}

const nodes = parseCsv(readFileSync(join(HERE, 'nodes.csv'), 'utf8'));
const edges = parseCsv(readFileSync(join(HERE, 'edges.csv'), 'utf8'));
const n = nodes.length;
const at = new Map(nodes.map((x, i) => [x.id, i]));
const neighbours = nodes.map(() => new Set<number>());
for (const e of edges) {
  const a = at.get(e.source), b = at.get(e.target);
  if (a !== undefined && b !== undefined) { neighbours[a].add(b); neighbours[b].add(a); }
}

function within(start: number, hops: number): Map<number, number> {
  const distance = new Map([[start, 0]]);
  let frontier = [start];
  for (let d = 1; d <= hops && frontier.length; d++) {
    const next: number[] = [];
    for (const v of frontier) for (const w of neighbours[v]) if (!distance.has(w)) { distance.set(w, d); next.push(w); }
    frontier = next;
  }
  return distance;
}

function components(): number[][] {
  const seen = new Set<number>();
  const found: number[][] = [];
  for (let v = 0; v < n; v++) if (!seen.has(v)) {
    const members = [...within(v, Infinity).keys()];
    members.forEach((w) => seen.add(w));
    found.push(members);
  }
  return found.sort((a, b) => b.length - a.length);
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

describe('data/northfold: the organisations', () => {
  it('has 250-400 organisations with unique ids and every SPEC type', () => {
    expect(n).toBeGreaterThanOrEqual(250);
    expect(n).toBeLessThanOrEqual(400);
    expect(new Set(nodes.map((x) => x.id)).size).toBe(n);
    expect(new Set(nodes.map((x) => x.type))).toEqual(new Set(SPEC_TYPES));
  });

  it('fills sector and region everywhere, with the nine service sectors present', () => {
    for (const x of nodes) expect(x.sector && x.region && x.label).toBeTruthy();
    const sectors = new Set(nodes.map((x) => x.sector));
    for (const s of ['health', 'social care', 'housing', 'libraries', 'transport', 'children', 'employment', 'community safety', 'digital']) expect(sectors).toContain(s);
  });

  it('keeps names with commas and quotes intact through RFC 4180 quoting', () => {
    expect(nodes.some((x) => x.label.includes(','))).toBe(true);
    expect(nodes.some((x) => /"Open Door"/.test(x.label))).toBe(true);
  });

  it('has about 15% pioneers, every one with themes, and numeric founded/staff columns', () => {
    const pioneers = nodes.filter((x) => x.pioneer === 'true');
    expect(nodes.every((x) => x.pioneer === 'true' || x.pioneer === 'false')).toBe(true);
    expect(pioneers.length / n).toBeGreaterThan(0.12);
    expect(pioneers.length / n).toBeLessThan(0.18);
    for (const p of pioneers) expect(p.themes.split(';').filter(Boolean).length).toBeGreaterThanOrEqual(1);
    for (const x of nodes) {
      expect(x.founded).toMatch(/^\d{4}$/);
      expect(x.staff).toMatch(/^\d+$/);
    }
  });
});

describe('data/northfold: the flows', () => {
  it('names only organisations that exist, with no self-loops and one flow per pair (so no reader warnings)', () => {
    const pairs = new Set<string>();
    for (const e of edges) {
      expect(at.has(e.source) && at.has(e.target)).toBe(true);
      expect(e.source).not.toBe(e.target);
      const key = [e.source, e.target].sort().join('\u0000');
      expect(pairs.has(key)).toBe(false);
      pairs.add(key);
    }
  });

  it('has weights 1-5, all six flow types, and ISO dates spread over 2010-2016, none before a founding year', () => {
    const years = new Set<number>();
    for (const e of edges) {
      expect(['1', '2', '3', '4', '5']).toContain(e.weight);
      expect(FLOW_TYPES).toContain(e.type);
      const match = /^(\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.exec(e.date);
      expect(match, e.date).not.toBeNull();
      const year = Number(match![1]);
      expect(year).toBeGreaterThanOrEqual(2010);
      expect(year).toBeLessThanOrEqual(2016);
      expect(year).toBeGreaterThanOrEqual(Number(nodes[at.get(e.source)!].founded));
      expect(year).toBeGreaterThanOrEqual(Number(nodes[at.get(e.target)!].founded));
      years.add(year);
    }
    expect(years.size).toBe(7);
    expect(new Set(edges.map((e) => e.type))).toEqual(new Set(FLOW_TYPES));
    // All three ISO precisions occur, as in real spreadsheets.
    expect(new Set(edges.map((e) => e.date.length))).toEqual(new Set([4, 7, 10]));
  });
});

describe('data/northfold: the planted structure', () => {
  it('has exactly two organisations outside the largest component: the Tarnside pair, who know only each other', () => {
    const [, ...rest] = components();
    const outside = rest.flat().map((v) => nodes[v].id).sort();
    expect(outside).toEqual(OUTSIDE);
    expect(rest).toHaveLength(1);
    expect(edges.filter((e) => OUTSIDE.includes(e.source) || OUTSIDE.includes(e.target))).toHaveLength(1);
  });

  it('has no isolates and a connected main body', () => {
    expect(neighbours.every((s) => s.size > 0)).toBe(true);
    expect(components()[0].length).toBe(n - 2);
  });

  it('flags exactly the planted pioneers as weakly connected by SPEC section 6 (horizon 2, relative 0.5)', () => {
    const main = new Set(components()[0]);
    const reach = nodes.map((_, v) => (within(v, 2).size - 1) / (n - 1));
    const threshold = 0.5 * median(reach);
    const weak = nodes.filter((x, v) => x.pioneer === 'true' && (!main.has(v) || reach[v] <= threshold)).map((x) => x.id).sort();
    expect(weak).toEqual([...CUT_OFF, 'tarnside-community-transport-mutual'].sort());
    // The rest of the pioneers are clearly clear of the line, not just over it.
    const others = nodes.map((x, v) => (x.pioneer === 'true' && !weak.includes(x.id) ? reach[v] : Infinity));
    expect(Math.min(...others)).toBeGreaterThan(1.5 * threshold);
  });

  it('gives each cut-off pioneer 1-2 ties, all inside its own sector, with no broker within two introductions', () => {
    for (const id of CUT_OFF) {
      const v = at.get(id)!;
      expect(nodes[v].pioneer).toBe('true');
      expect(neighbours[v].size).toBeGreaterThanOrEqual(1);
      expect(neighbours[v].size).toBeLessThanOrEqual(2);
      for (const w of neighbours[v]) expect(nodes[w].sector).toBe(nodes[v].sector);
      for (const [w, d] of within(v, 2)) if (d > 0) expect(BROKER_TYPES.has(nodes[w].type), nodes[w].id).toBe(false);
    }
  });

  it('each cut-off pioneer shares a theme with a well-connected pioneer it does not know', () => {
    const reach = nodes.map((_, v) => (within(v, 2).size - 1) / (n - 1));
    const typical = median(reach);
    for (const id of CUT_OFF) {
      const v = at.get(id)!;
      const themes = nodes[v].themes.split(';');
      const twins = nodes.filter((x, w) => w !== v && x.pioneer === 'true' && reach[w] >= typical && !neighbours[v].has(w) &&
        x.themes.split(';').some((t) => themes.includes(t)));
      expect(twins.length, id).toBeGreaterThan(0);
    }
  });

  it('is silo-shaped: most ties between sector organisations stay inside the sector, brokers span sectors', () => {
    const specific = edges.filter((e) => nodes[at.get(e.source)!].sector !== 'cross-sector' && nodes[at.get(e.target)!].sector !== 'cross-sector');
    const inside = specific.filter((e) => nodes[at.get(e.source)!].sector === nodes[at.get(e.target)!].sector);
    expect(inside.length / specific.length).toBeGreaterThan(0.75);
    const spans = (id: string) => new Set([...neighbours[at.get(id)!]].map((w) => nodes[w].sector)).size;
    for (const broker of ['northfold-innovation-network', 'northfold-county-council', 'university-of-northfold', 'northfold-voluntary-action']) {
      expect(spans(broker), broker).toBeGreaterThanOrEqual(6);
    }
  });

  it('has heavy-tailed degrees and clustering far above a random network of the same density', () => {
    const degrees = neighbours.map((s) => s.size);
    expect(Math.max(...degrees)).toBeGreaterThanOrEqual(5 * median(degrees));
    const density = (2 * edges.length) / (n * (n - 1));
    const clustering = neighbours.map((s) => {
      const list = [...s];
      if (list.length < 2) return 0;
      let closed = 0;
      for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) if (neighbours[list[i]].has(list[j])) closed++;
      return (2 * closed) / (list.length * (list.length - 1));
    });
    expect(clustering.reduce((a, b) => a + b, 0) / n).toBeGreaterThan(5 * density);
  });
});

describe('data/northfold: the generator', () => {
  const out = mkdtempSync(join(tmpdir(), 'knet-northfold-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('reproduces nodes.csv and edges.csv byte for byte', () => {
    execFileSync(process.execPath, [join(HERE, 'generate.mjs'), out], { stdio: 'pipe' });
    for (const file of ['nodes.csv', 'edges.csv']) {
      expect(readFileSync(join(out, file)).equals(readFileSync(join(HERE, file))), file).toBe(true);
    }
  });
});
