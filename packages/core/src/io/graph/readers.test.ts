// Reading graph files as other tools write them (Gephi's GEXF, NetworkX's GraphML, graphology's JSON), with
// the same policy as CSV: fields from known attribute names, everything else kept, problems as warnings.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KnetInputError } from '../problems.js';
import { readNetworkSync, readNetwork } from '../read.js';
import type { ReadResult } from '../result.js';

const FIXTURES = new URL('../../../../../test/fixtures/io/', import.meta.url);
const fixture = (path: string) => ({ name: path, content: new Uint8Array(readFileSync(new URL(path, FIXTURES))) });
const file = (name: string, content: string) => ({ name, content });

function flows(result: ReadResult): string[] {
  return [...result.network.eachFlow()].map((flow) => `${flow.source}>${flow.target}:${flow.weight}`);
}

function failure(run: () => unknown): KnetInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof KnetInputError) return error;
    throw error;
  }
  throw new Error('expected a KnetInputError');
}

describe('GEXF', () => {
  it("reads Gephi's GEXF 1.3: titled attributes, viz data kept, a directed edge in an undirected file", () => {
    const result = readNetworkSync({ file: fixture('gephi.gexf') });
    const { network } = result;
    expect(result.format).toBe('gexf');
    expect(network.organisations.map((o) => [o.id, o.label, o.sector, o.pioneer])).toEqual([
      ['wigan', 'Wigan Council', 'social care', false],
      ['inet', 'iNetwork', 'network body', true],
      ['oldham', 'Oldham & District', 'housing', false],
    ]);
    expect({ ...network.organisation('wigan')!.attributes }).toEqual({ staff: 120, size: 10, x: -12.5, y: 40.25, color: 'rgb(153,0,255)' });
    // One undirected and one directed edge: directed, the undirected one counted both ways.
    expect(network.directed).toBe(true);
    expect(flows(result)).toEqual(['wigan>inet:2', 'inet>oldham:1.5', 'inet>wigan:2']);
    expect([...network.eachFlow()].map((flow) => [flow.type, flow.date])).toEqual([
      ['partnership', '2014-09'],
      ['event', undefined],
      ['partnership', '2014-09'],
    ]);
    expect(result.warnings.map((warning) => [warning.code, warning.count])).toEqual([['mixed-direction', 1]]);
    expect(result.warnings[0].message).toBe('the file mixes 1 Directed flow and 1 Undirected flow: read as a directed network, each Undirected flow counted in both directions');
  });

  const gexf = (nodes: string, edges: string, type = 'undirected') =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="${type}"><nodes>${nodes}</nodes><edges>${edges}</edges></graph></gexf>`;

  it('repeated node ids: the first wins; edges to undeclared nodes create them', () => {
    const text = gexf('<node id="a" label="First"/><node id="b"/><node id="a" label="Second"/>', '<edge source="a" target="b"/><edge source="b" target="ghost"/><edge source="ghost" target="ghost2"/>');
    const result = readNetworkSync({ file: file('net.gexf', text) });
    expect(result.network.organisations.map((o) => [o.id, o.label])).toEqual([['a', 'First'], ['b', 'b'], ['ghost', 'ghost'], ['ghost2', 'ghost2']]);
    const codes = Object.fromEntries(result.warnings.map((warning) => [warning.code, warning.count]));
    expect(codes).toEqual({ 'duplicate-organisation': 1, 'unknown-organisation': 2 });
    expect(result.warnings.find((w) => w.code === 'unknown-organisation')!.message).toContain('2 organisations missing from net.gexf added');
  });

  it('a weight that is not positive skips the edge; a bad date is dropped', () => {
    const edges = '<edge source="a" target="b" weight="0"/><edge source="a" target="c" weight="-1"/><edge source="b" target="c" weight="2"/>';
    const result = readNetworkSync({ file: file('net.gexf', gexf('<node id="a"/><node id="b"/><node id="c"/>', edges)) });
    expect(flows(result)).toEqual(['b>c:2']);
    expect(result.warnings.map((warning) => [warning.code, warning.count])).toEqual([['bad-weight', 2]]);
  });

  it('a node without an id and an edge without a source or target are skipped, with a warning naming their line', () => {
    const text = gexf('<node id="a" label="A"/>\n<node label="No id"/><node id=" "/>\n<node id="b"/>', '<edge source="a" target="b"/>\n<edge source="a"/>\n<edge target="b" weight="2"/><edge source="" target="a"/>');
    const result = readNetworkSync({ file: file('net.gexf', text) });
    expect(result.network.organisations.map((o) => o.id)).toEqual(['a', 'b']);
    expect(flows(result)).toEqual(['a>b:1']);
    expect(result.warnings.map((warning) => [warning.code, warning.count])).toEqual([['missing-id', 5]]);
    const [warning] = result.warnings;
    expect(warning.message).toBe('5 rows have no organisation id where one is needed: skipped');
    expect(warning.examples).toEqual([
      { file: 'net.gexf', line: 3, column: 1 },
      { file: 'net.gexf', line: 3, column: 22 },
      { file: 'net.gexf', line: 5, column: 1, value: 'a - (no target)' },
      { file: 'net.gexf', line: 6, column: 1, value: '(no source) - b' },
      { file: 'net.gexf', line: 6, column: 30, value: '(no source) - a' },
    ]);
  });

  it('a skipped edge adds no undeclared node; a file declaring no nodes is read like edges.csv alone', () => {
    const edges = '<edge source="a" target="b"/><edge source="x" target="y" weight="-1"/>';
    const declared = readNetworkSync({ file: file('net.gexf', gexf('<node id="a"/><node id="b"/>', edges)) });
    expect(declared.network.organisations.map((o) => o.id)).toEqual(['a', 'b']);
    expect(declared.warnings.map((warning) => warning.code)).toEqual(['bad-weight']);
    const edgesOnly = readNetworkSync({ file: file('net.gexf', gexf('', `${edges}<edge source="q"/>`)) });
    expect(edgesOnly.network.organisations.map((o) => o.id)).toEqual(['a', 'b', 'x', 'y', 'q']);
    expect(flows(edgesOnly)).toEqual(['a>b:1']);
    expect(edgesOnly.warnings.map((warning) => [warning.code, warning.count])).toEqual([
      ['missing-id', 1],
      ['bad-weight', 1],
    ]);
  });

  it('takes the direction the file declares even without edges, or directed when asked', () => {
    expect(readNetworkSync({ file: file('a.gexf', gexf('<node id="a"/>', '', 'directed')) }).network.directed).toBe(true);
    expect(readNetworkSync({ file: file('a.gexf', gexf('<node id="a"/>', '')) }).network.directed).toBe(false);
    expect(readNetworkSync({ file: file('a.gexf', gexf('<node id="a"/>', '')), directed: true }).network.directed).toBe(true);
  });

  it('malformed XML is an error with the line, and says nothing on the console', () => {
    const messages: unknown[] = [];
    const original = { error: console.error, warn: console.warn, log: console.log };
    console.error = console.warn = console.log = (...args: unknown[]) => messages.push(args);
    try {
      const error = failure(() => readNetworkSync({ file: file('broken.gexf', '<?xml version="1.0"?>\n<gexf>\n  <graph>\n    <nodes><node id="a"></nodes>\n</gexf>') }));
      expect(error.code).toBe('bad-format');
      expect(error.file).toBe('broken.gexf');
      // <node> on line 4 is the element left open.
      expect(error.line).toBe(4);
      expect(error.message).toBe('broken.gexf line 4 column 12: this is not well-formed XML (<node> opened here is never closed: </nodes> on line 4, column 25 comes first).');
    } finally {
      Object.assign(console, original);
    }
    expect(messages).toEqual([]);
  });

  it('an element left open, a stray end tag or a bare & is an error naming the line and column', () => {
    const cases: [string, string, string][] = [
      [gexf('\n<node id="a" label="A">\n<node id="b"/>\n', '<edge source="a" target="b"/>'), '<nodes>\n<node id="a" label="A">', 'line 3 column 1: this is not well-formed XML (<node> opened here is never closed: </nodes> on line 5, column 1 comes first).'],
      [gexf('<node id="a"/><node id="b"/>', '\n  <edge source="a" target="b">\n  <edge source="b" target="a"/>\n'), '', 'line 3 column 3: this is not well-formed XML (<edge> opened here is never closed: </edges> on line 5, column 1 comes first).'],
      [gexf('<node id="a" label="x & y"/>', ''), '', 'line 2 column 114: this is not well-formed XML (a "&" that does not start a reference such as &amp; or &#38;: write a plain & as &amp;).'],
      [gexf('<node id="a" label="&#0;"/>', ''), '', 'line 2 column 112: this is not well-formed XML (a "&" that does not start a reference such as &amp; or &#38;: write a plain & as &amp;).'],
      [gexf('<node id="a" label="a<b"/>', ''), '', 'line 2 column 113: this is not well-formed XML (a "<" inside the value of label: write it as &lt;).'],
      [gexf('<node id="a"/></node>', ''), '', 'line 2 column 106: this is not well-formed XML (</node> closes an element that is not open).'],
      ['<gexf><graph><nodes><node id="a"/></nodes></graph>', '', 'line 1 column 1: this is not well-formed XML (<gexf> opened here is never closed: the file ends first).'],
      ['<gexf><graph><nodes><node id="a" label="A></nodes></graph></gexf>', '', 'line 1 column 40: this is not well-formed XML (the value of label in <node> opens a quote here that is never closed).'],
      ['<gexf><graph/></gexf>\n<gexf/>', '', 'line 2 column 1: this is not well-formed XML (<gexf> comes after the root element has closed).'],
    ];
    for (const [text, , expected] of cases) {
      const error = failure(() => readNetworkSync({ file: file('bad.gexf', text) }));
      expect(error.code).toBe('bad-format');
      expect(error.message).toBe(`bad.gexf ${expected}`);
    }
  });

  it('accepts references, comments, CDATA and a DOCTYPE; still refuses entities a DTD declares', () => {
    const text = gexf('<!-- a <comment> & more --><node id="a" label="x &amp; y &#38; &#x26; &lt;&gt;&quot;&apos;"/><node id="b" label=\'it\'\'s\'/>', '<edge source="a" target="b"/>')
      .replace('<gexf', '<!DOCTYPE gexf [ <!-- ] > --> ]>\n<gexf');
    const result = readNetworkSync({ file: file('ok.gexf', text.replace("label='it''s'", "label='it&apos;s'")) });
    expect(result.network.organisations.map((o) => o.label)).toEqual(['x & y & & <>"\'', "it's"]);
    const entity = '<?xml version="1.0"?>\n<!DOCTYPE gexf [<!ENTITY a "hello">]>\n<gexf><graph><nodes><node id="x" label="&a;"/></nodes></graph></gexf>';
    expect(failure(() => readNetworkSync({ file: file('ent.gexf', entity) })).message).toBe('ent.gexf line 3 column 21: this is not well-formed XML (entity not found:&a;).');
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE gexf [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 9 }, (_, k) => `<!ENTITY ${'b'.repeat(k + 1)} "${'&a;'.repeat(10)}">`).join('')}]>\n<gexf><graph><nodes><node id="x" label="&bbbbbbbbb;"/></nodes></graph></gexf>`;
    expect(failure(() => readNetworkSync({ file: file('bomb.gexf', bomb) }))).toMatchObject({ code: 'bad-format', line: 2 });
  });

  it('a file that is not GEXF says what it is instead', () => {
    const error = failure(() => readNetworkSync({ file: file('page.gexf', '<html><body>Not found</body></html>') }));
    expect(error.message).toBe('page.gexf: this is not a GEXF file: its root element is <html>, not <gexf>.');
  });
});

describe('GraphML', () => {
  it("reads NetworkX's GraphML: typed keys, a directed graph", () => {
    const result = readNetworkSync({ file: fixture('networkx.graphml') });
    const { network } = result;
    expect(result.format).toBe('graphml');
    expect(network.directed).toBe(true);
    expect(network.organisations.map((o) => [o.id, o.label, o.sector, o.pioneer, o.attributes.staff])).toEqual([
      ['wigan', 'Wigan Council', 'social care', false, 120],
      ['inet', 'iNetwork', 'network body', true, 8],
      ['oldham', 'Oldham Council', '', false, undefined],
    ]);
    expect(flows(result)).toEqual(['wigan>inet:2', 'inet>wigan:0.5', 'inet>oldham:1']);
    expect(network.flow(0).date).toBe('2014-09-02');
    expect(result.warnings).toEqual([]);
  });

  it('a node without an id and an edge without an end are skipped with a warning; a bare & in data is an error', () => {
    const graphml = (body: string) => `<graphml><key id="k0" for="node" attr.name="label" attr.type="string"/><graph edgedefault="undirected">${body}</graph></graphml>`;
    const result = readNetworkSync({ file: file('a.graphml', graphml('<node id="a"/><node><data key="k0">Lost</data></node>\n<node id="b"/><edge source="a" target="b"/><edge target="b"/>')) });
    expect(result.network.organisations.map((o) => o.id)).toEqual(['a', 'b']);
    expect(flows(result)).toEqual(['a>b:1']);
    expect(result.warnings).toEqual([
      {
        code: 'missing-id',
        count: 2,
        message: '2 rows have no organisation id where one is needed: skipped',
        examples: [
          { file: 'a.graphml', line: 1, column: 118 },
          { file: 'a.graphml', line: 2, column: 44, value: '(no source) - b' },
        ],
      },
    ]);
    const error = failure(() => readNetworkSync({ file: file('a.graphml', graphml('<node id="a"><data key="k0">Fish & Chips</data></node>')) }));
    expect(error.message).toBe('a.graphml line 1 column 137: this is not well-formed XML (a "&" that does not start a reference such as &amp; or &#38;: write a plain & as &amp;).');
    const unclosed = failure(() => readNetworkSync({ file: file('a.graphml', graphml('<node id="a"><data key="k0">A</node>')) }));
    expect(unclosed.message).toBe('a.graphml line 1 column 117: this is not well-formed XML (<data> opened here is never closed: </node> on line 1, column 133 comes first).');
  });

  it('prefers the exact key name: a file with label and Label keeps Label as an attribute', () => {
    const text =
      '<graphml><key id="k0" for="node" attr.name="Label" attr.type="string"/><key id="k1" for="node" attr.name="label" attr.type="string"/>' +
      '<graph edgedefault="undirected"><node id="n"><data key="k0">Other</data><data key="k1">Name</data></node></graph></graphml>';
    const organisation = readNetworkSync({ file: file('a.graphml', text) }).network.organisations[0];
    expect([organisation.label, organisation.attributes.Label]).toEqual(['Name', 'Other']);
  });

  it('keeps attributes named __proto__ and constructor', () => {
    const text =
      '<graphml><key id="k0" for="node" attr.name="__proto__" attr.type="string"/><key id="k1" for="node" attr.name="constructor" attr.type="long"/>' +
      '<graph edgedefault="undirected"><node id="n"><data key="k0">x</data><data key="k1">3</data></node></graph></graphml>';
    const attributes = readNetworkSync({ file: file('a.graphml', text) }).network.organisations[0].attributes;
    expect(Object.getPrototypeOf(attributes)).toBeNull();
    expect({ ...attributes }).toEqual(Object.defineProperty({ constructor: 3 }, '__proto__', { value: 'x', enumerable: true }));
  });
});

describe('graphology JSON', () => {
  it('reads a mixed graph: undirected edges counted both ways in a directed network', () => {
    const json = JSON.stringify({
      options: { type: 'mixed' },
      nodes: [{ key: 1, attributes: { label: 'One', pioneer: 'yes', themes: ['a', 'b'] } }, { key: '2' }],
      edges: [{ source: 1, target: 2, attributes: { weight: 2 } }, { source: '2', target: '1', undirected: true, attributes: { weight: 1, type: 'event' } }],
    });
    const result = readNetworkSync({ file: file('graph.json', json) });
    expect(result.network.organisations.map((o) => [o.id, o.label, o.pioneer, o.themes])).toEqual([
      ['1', 'One', true, ['a', 'b']],
      ['2', '2', false, []],
    ]);
    expect(flows(result)).toEqual(['1>2:2', '2>1:1', '1>2:1']);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['mixed-direction', 'repeated-flow']);
  });

  it('an empty key, source or target is skipped with a warning; a null one is not a graph', () => {
    const json = JSON.stringify({ nodes: [{ key: 'a' }, { key: '' }, { key: 'b' }], edges: [{ source: 'a', target: 'b' }, { source: 'a', target: '' }, { source: ' ', target: 'b' }] });
    const result = readNetworkSync({ file: file('graph.json', json) });
    expect(result.network.organisations.map((o) => o.id)).toEqual(['a', 'b']);
    expect(flows(result)).toEqual(['a>b:1']);
    const [warning] = result.warnings;
    expect(result.warnings).toHaveLength(1);
    expect(warning).toMatchObject({ code: 'missing-id', count: 3 });
    expect(warning.examples).toEqual([{ file: 'graph.json' }, { file: 'graph.json', value: 'a - (no target)' }, { file: 'graph.json', value: '(no source) - b' }]);
    const nullEnd = JSON.stringify({ nodes: [{ key: 'a' }], edges: [{ source: 'a', target: null }] });
    expect(failure(() => readNetworkSync({ file: file('graph.json', nullEnd) })).message).toContain('edge 1 has no "source" or "target"');
  });

  it('invalid JSON names the line and column', () => {
    const error = failure(() => readNetworkSync({ file: file('graph.json', '{\n  "nodes": [\n    {"key": "a",}\n  ]\n}') }));
    expect(error).toMatchObject({ code: 'bad-format', file: 'graph.json', line: 3 });
    expect(error.column).toBeGreaterThan(10);
  });

  it('JSON that is not a graph says what is missing', () => {
    expect(failure(() => readNetworkSync({ file: file('graph.json', '{"vertices": []}') })).message).toContain('it has no "nodes" list');
    expect(failure(() => readNetworkSync({ file: file('graph.json', '{"nodes": [{"label": "x"}]}') })).message).toContain('node 1 has no "key"');
    expect(failure(() => readNetworkSync({ file: file('graph.json', '{"nodes": []}') })).code).toBe('no-rows');
  });
});

describe('choosing the reader for a single file', () => {
  it('goes by extension, else by the first characters', async () => {
    const gexf = readFileSync(new URL('gephi.gexf', FIXTURES), 'utf8');
    const graphml = readFileSync(new URL('networkx.graphml', FIXTURES), 'utf8');
    const json = '{"nodes":[{"key":"a"}],"edges":[]}';
    const formats = await Promise.all(
      [
        ['export.xml', gexf],
        ['export.dat', graphml],
        ['export', json],
        ['export', 'source,target\na,b\n'],
        ['edges.tsv', 'source\ttarget\na\tb\n'],
      ].map(async ([name, content]) => (await readNetwork({ file: { name, content } })).format),
    );
    expect(formats).toEqual(['gexf', 'graphml', 'json', 'csv', 'csv']);
  });

  it('a CSV file with a nodes file is the edges file; a GEXF file must come alone', async () => {
    const nodes = { name: 'nodes.csv', content: 'id,label\na,A\n' };
    const read = await readNetwork({ nodes, file: { name: 'edges.csv', content: 'source,target\na,b\n' } });
    expect(read.network.organisation('a')?.label).toBe('A');
    await expect(readNetwork({ nodes, file: fixture('gephi.gexf') })).rejects.toMatchObject({ code: 'bad-format', message: expect.stringContaining('give it alone') });
  });

  it('validates its input at the door', async () => {
    await expect(readNetwork({})).rejects.toThrow(/^knet: readNetwork: give a nodes file/);
    await expect(readNetwork({ edges: { name: 'e.csv', content: 42 as never } })).rejects.toThrow(/edges.content must be a string, Uint8Array, ArrayBuffer or Blob, got number/);
  });
});
