// CSV out: formula-safe cells (OWASP), RFC 4180 quoting, and networks written then read back unchanged
// (property-based: random organisations, flows and attributes, hostile text included).
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNetwork, type FlowInput, type OrganisationInput } from '../../model/builder.js';
import type { Network } from '../../model/network.js';
import { readCsvNetwork } from './read.js';
import { csvCell, writeCsv, writeEdgesCsv, writeNodesCsv } from './write.js';

describe('csvCell', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-cmd', "'-cmd"],
    ['@import', "'@import"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['-3.5', '-3.5'],
    ['+7', '+7'],
    ['-1.5e3', '-1.5e3'],
    ['a=b', 'a=b'],
    ['say "hi", then go', '"say ""hi"", then go"'],
    ['two\nlines', '"two\nlines"'],
    ['', ''],
  ])('%j -> %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it('writes numbers, booleans and empties plainly', () => {
    expect([csvCell(-3), csvCell(0.1), csvCell(NaN), csvCell(undefined), csvCell(null), csvCell(true)]).toEqual(['-3', '0.1', '', '', '', 'true']);
  });

  it('quotes the delimiter in use', () => {
    expect([csvCell('a;b', ';'), csvCell('a;b', ','), csvCell('a\tb', '\t')]).toEqual(['"a;b"', 'a;b', '"a\tb"']);
  });

  it('neutralises the formula in a cell that also needs quotes', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).toBe(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
  });
});

describe('writeCsv', () => {
  it('writes a header and rows that a standard parser reads back', () => {
    const rows = [['Wigan, Council', 3, '=1+1'], ['iNetwork "digital"', NaN, 'line\nbreak']];
    const text = writeCsv(['name', 'ties', 'note'], rows);
    expect(parse(text)).toEqual([
      ['name', 'ties', 'note'],
      ['Wigan, Council', '3', "'=1+1"],
      ['iNetwork "digital"', '', 'line\nbreak'],
    ]);
  });

  it('takes a delimiter and CRLF line ends', () => {
    expect(writeCsv(['a', 'b'], [[1, 'x;y']], { delimiter: ';', newline: '\r\n' })).toBe('a;b\r\n1;"x;y"\r\n');
  });

  it('validates its options at the door', () => {
    expect(() => writeCsv(['a'], [], { delimiter: '|' as never })).toThrow("knet: writeCsv: delimiter must be ',', ';' or a tab, got \"|\".");
    expect(() => writeCsv('a' as never, [])).toThrow('knet: writeCsv: the header must be an array');
  });
});

// What writing does to text by design: a leading formula character gains a single quote (SPEC section 3).
function neutralised(value: string): string {
  return /^[=+\-@\t\r]/.test(value) && !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value) ? `'${value}` : value;
}

const unit = fc.constantFrom('a', 'b', 'Z', '7', ' ', ',', ';', '"', '\n', '\r\n', '\t', '=', '+', '-', '@', "'", 'é', '€', '😀');
const text = fc.string({ unit, minLength: 1, maxLength: 10 });
// Ids, labels and categories are trimmed on reading: generate them without surrounding spaces.
const trimmed = text.filter((value) => value === value.trim() && value !== '');
const number = fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ min: -1e9, max: 1e9, noNaN: true })).map((value) => (Object.is(value, -0) ? 0 : value));
// A string attribute never looks like a number (else the column would rightly read back as numbers).
const word = text.filter((value) => value.trim() !== '').map((value) => `w${value}`);
const attributeNames = fc.uniqueArray(fc.constantFrom('staff', 'note', '__proto__', 'constructor', 'id', 'Label', 'source', 'Type', 'funding £'), { maxLength: 3 });
const flowType = trimmed.filter((value) => !/^(directed|undirected)$/i.test(value));
const date = fc.constantFrom('2014', '2014-09', '2014-09-02', '2016-02-29T10:30:00Z');

const networks = fc
  .record({
    // Unique after writing too: '-' is written "'-", which would be the same id as a real "'-" (by design).
    ids: fc.uniqueArray(trimmed, { minLength: 1, maxLength: 8, selector: (id) => neutralised(id) }),
    nodeColumns: attributeNames,
    edgeColumns: attributeNames,
    numeric: fc.boolean(),
    directed: fc.boolean(),
  })
  .chain(({ ids, nodeColumns, edgeColumns, numeric, directed }) => {
    const value: fc.Arbitrary<string | number> = numeric ? number : word;
    const attributes = (names: string[]) => fc.tuple(...names.map(() => fc.option(value, { nil: undefined }))).map((values) => Object.fromEntries(names.flatMap((name, i) => (values[i] === undefined ? [] : [[name, values[i]]]))));
    const organisation = (id: string) =>
      fc.record({
        id: fc.constant(id),
        label: fc.option(trimmed, { nil: undefined }),
        type: fc.option(trimmed, { nil: undefined }),
        sector: fc.option(trimmed, { nil: undefined }),
        region: fc.option(trimmed, { nil: undefined }),
        pioneer: fc.boolean(),
        themes: fc.uniqueArray(trimmed.filter((theme) => !theme.includes(';')), { maxLength: 3 }),
        attributes: attributes(nodeColumns),
      });
    const flow = fc.record({
      source: fc.constantFrom(...ids),
      target: fc.constantFrom(...ids),
      weight: fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
      type: fc.option(flowType, { nil: undefined }),
      date: fc.option(date, { nil: undefined }),
      attributes: attributes(edgeColumns),
    });
    return fc.record({
      directed: fc.constant(directed),
      organisations: fc.tuple(...ids.map(organisation)),
      flows: fc.array(flow, { maxLength: 12 }),
    });
  });

/** The network as plain data, with the writer's formula quotes applied to every text. */
function snapshot(network: Network, quote: (value: string) => string = (value) => value) {
  const values = (record: Record<string, unknown>) => Object.fromEntries(Object.keys(record).map((key) => [key, typeof record[key] === 'string' ? quote(record[key] as string) : record[key]]));
  return {
    directed: network.directed,
    organisations: network.organisations.map((o) => ({
      id: quote(o.id),
      label: quote(o.label),
      type: quote(o.type),
      sector: quote(o.sector),
      region: quote(o.region),
      pioneer: o.pioneer,
      // Themes share one cell: only the cell's first character can need the quote (and '+' then meets a
      // real "'+": themes are a set, so they become one).
      themes: o.themes.length === 0 ? [] : [...new Set(quote(o.themes.join(';')).split(';'))],
      attributes: values(o.attributes),
    })),
    flows: [...network.eachFlow()].map((flow) => ({ ...flow, source: quote(flow.source), target: quote(flow.target), type: quote(flow.type), attributes: values(flow.attributes) })),
  };
}

describe('writeNodesCsv + writeEdgesCsv, read back', () => {
  it('keeps every organisation, flow, attribute, weight and the direction', () => {
    fc.assert(
      fc.property(networks, (input) => {
        const network = createNetwork(input as { directed: boolean; organisations: OrganisationInput[]; flows: FlowInput[] });
        const read = readCsvNetwork({
          nodes: { name: 'nodes.csv', content: writeNodesCsv(network) },
          edges: { name: 'edges.csv', content: writeEdgesCsv(network) },
          directed: network.directed,
        });
        expect(snapshot(read.network)).toEqual(snapshot(network, neutralised));
        // Only the warnings a network like this deserves: self-loops and repeated pairs.
        for (const warning of read.warnings) expect(['self-loop', 'repeated-flow']).toContain(warning.code);
      }),
      { numRuns: 300 },
    );
  });

  it('validates the network at the door', () => {
    expect(() => writeNodesCsv({} as Network)).toThrow('knet: writeNodesCsv: expected a Network');
    expect(() => writeEdgesCsv(undefined as unknown as Network)).toThrow('knet: writeEdgesCsv: expected a Network');
  });

  it('writes one row per flow as read, repeated flows and self-loops included', () => {
    const network = createNetwork({ flows: [{ source: 'a', target: 'b', weight: 2 }, { source: 'b', target: 'a' }, { source: 'c', target: 'c', date: '2014' }] });
    expect(writeEdgesCsv(network)).toBe('source,target,weight,type,date\na,b,2,,\nb,a,1,,\nc,c,1,,2014\n');
  });

  it('writes the organisation fields first, then attributes in first-seen order', () => {
    const network = createNetwork({
      organisations: [
        { id: 'a', label: 'A', pioneer: true, themes: ['co-production', 'shared services'], attributes: { staff: 3 } },
        { id: 'b', attributes: { note: 'x', staff: 4 } },
      ],
      flows: [],
    });
    expect(writeNodesCsv(network)).toBe('id,label,type,sector,region,pioneer,themes,staff,note\na,A,,,,true,co-production;shared services,3,\nb,b,,,,false,,4,x\n');
  });
});
