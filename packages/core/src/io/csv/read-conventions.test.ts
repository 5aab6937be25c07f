// What users bring: Gephi and Kumu spreadsheets, three delimiters, BOMs, CRLF, Windows-1252, edges or nodes
// alone, ids kept exactly, hostile column names, huge cells, and Gephi's Type column as direction.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { InputWarning } from '../problems.js';
import { readNetwork } from '../read.js';
import type { ReadResult } from '../result.js';
import { readCsvNetwork } from './read.js';

const FIXTURES = new URL('../../../../../test/fixtures/io/', import.meta.url);
const fixture = (path: string) => ({ name: path, content: new Uint8Array(readFileSync(new URL(path, FIXTURES))) });
const file = (name: string, content: string | Uint8Array) => ({ name, content });

function flows(result: ReadResult): string[] {
  return [...result.network.eachFlow()].map((flow) => `${flow.source}>${flow.target}:${flow.weight}`);
}

function codes(warnings: InputWarning[]): string[] {
  return warnings.map((warning) => warning.code);
}

describe('header aliases', () => {
  it("reads Gephi's spreadsheet columns as they are", () => {
    const result = readCsvNetwork({ nodes: fixture('gephi/nodes.csv'), edges: fixture('gephi/edges.csv') });
    const { network } = result;
    expect(network.organisations.map((o) => [o.id, o.label, o.sector, o.pioneer])).toEqual([
      ['wigan', 'Wigan Council', 'social care', true],
      ['inet', 'iNetwork', 'network body', false],
      ['oldham', 'Oldham Council', 'social care', false],
      ['shed', "Moorend Men's Shed", 'health', true],
    ]);
    // Staff is numeric in every filled cell, so it is a number; timeset is empty everywhere and absent.
    expect(network.organisation('wigan')?.attributes).toEqual(Object.assign(Object.create(null), { Staff: 120 }));
    expect(network.organisation('shed')?.attributes.Staff).toBeUndefined();
    // Gephi's edge Id and Label columns are kept as flow attributes.
    expect(network.flows.attributes.get('Id')).toEqual([0, 1, 2, 3, 2, 3]);
  });

  it("reads Kumu's sheets: no id column, so the label is the id; From/To/Strength", () => {
    const result = readCsvNetwork({ nodes: fixture('kumu/elements.csv'), edges: fixture('kumu/connections.csv') });
    const { network } = result;
    expect(network.organisations.map((o) => [o.id, o.label, o.type])).toEqual([
      ['Wigan Council', 'Wigan Council', 'council'],
      ['iNetwork', 'iNetwork', 'network_body'],
      ['Carers Trust', 'Carers Trust', 'charity'],
    ]);
    expect(network.organisation('iNetwork')?.attributes.Description).toBe('Digital partnership; "iNetwork"');
    expect(flows(result)).toEqual(['Wigan Council>iNetwork:3', 'iNetwork>Carers Trust:1']);
    expect([...network.eachFlow()].map((flow) => [flow.type, flow.date])).toEqual([
      ['partnership', '2014-09'],
      ['peer_support', '2015'],
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('matches header names whatever their case and spacing; key and name are aliases too', () => {
    const result = readCsvNetwork({
      nodes: file('nodes.csv', ' KEY , Name ,SECTOR,Themes\n1,One,health,co-production; shared services ;co-production\n'),
      edges: file('edges.csv', 'FROM,To,STRENGTH\n1,2,4\n'),
    });
    expect(result.network.organisation('1')).toMatchObject({ label: 'One', sector: 'health', themes: ['co-production', 'shared services'] });
    expect(flows(result)).toEqual(['1>2:4']);
  });

  it('prefers id over key and label over name when a file has both', () => {
    const result = readCsvNetwork({ nodes: file('nodes.csv', 'key,name,id,label\nk,N,i,L\n') });
    const organisation = result.network.organisations[0];
    expect([organisation.id, organisation.label]).toEqual(['i', 'L']);
    expect({ ...organisation.attributes }).toEqual({ key: 'k', name: 'N' });
  });
});

describe('dialects and encodings', () => {
  it.each([
    [',', 'source,target,weight\na,b,2\n"b,c",d,1\n'],
    [';', 'source;target;weight\na;b;2\n"b,c";d;1\n'],
    ['\t', 'source\ttarget\tweight\na\tb\t2\n"b,c"\td\t1\n'],
  ])('detects the %j delimiter from the header', (_delimiter, text) => {
    expect(flows(readCsvNetwork({ edges: file('edges.csv', text) }))).toEqual(['a>b:2', 'b,c>d:1']);
  });

  it('reads a UTF-8 file with a BOM, CRLF line ends and semicolons', () => {
    const result = readCsvNetwork({ edges: fixture('bom-crlf-semicolon.csv') });
    expect(flows(result)).toEqual(['Wigan>Oldham:1.5', 'Oldham>Bolton:2']);
    expect(result.warnings).toEqual([]);
  });

  it('reads a tab-separated file', () => {
    expect(flows(readCsvNetwork({ edges: fixture('edges.tsv') }))).toEqual(['A>B:1', 'B>C:2']);
  });

  it('reads Windows-1252 with a warning', () => {
    const result = readCsvNetwork({ edges: fixture('cp1252-edges.csv') });
    expect(result.network.organisations.map((o) => o.id)).toEqual(['Café Bruxelles', 'Société Générale', 'Fonds €', 'St Mary’s Trust']);
    expect(result.warnings).toEqual([
      { code: 'encoding', count: 1, message: 'a file is not UTF-8: read as Windows-1252', examples: [{ file: 'cp1252-edges.csv', line: 2, value: 'byte 0xE9' }] },
    ]);
  });

  it('reads UTF-16 with a byte order mark (Excel "Unicode Text")', () => {
    expect(flows(readCsvNetwork({ edges: fixture('utf16-edges.txt') }))).toEqual(['Zürich>Genève:1']);
  });

  it('refuses a workbook saved as .csv by mistake, saying what it looks like', async () => {
    await expect(readNetwork({ file: fixture('workbook.csv') })).rejects.toMatchObject({ code: 'not-text', message: expect.stringContaining('xlsx') });
  });

  it('text, bytes, ArrayBuffer and Blob content read the same', async () => {
    const text = 'source,target,weight\nWigan Council,iNetwork,2\n';
    const bytes = new TextEncoder().encode(text);
    const sources = [text, bytes, bytes.buffer.slice(0), new Blob([bytes])];
    for (const content of sources) {
      const result = await readNetwork({ edges: { name: 'edges.csv', content } });
      expect(flows(result)).toEqual(['Wigan Council>iNetwork:2']);
      expect(result.format).toBe('csv');
    }
  });
});

describe('what defines the network', () => {
  it('edges alone make the organisations from the ids they name', () => {
    const result = readCsvNetwork({ edges: file('edges.csv', 'source,target\nb,a\nc,a\n') });
    expect(result.network.organisations.map((o) => [o.id, o.label])).toEqual([['b', 'b'], ['a', 'a'], ['c', 'c']]);
  });

  it('nodes alone make a network of isolates', () => {
    const result = readCsvNetwork({ nodes: file('nodes.csv', 'id\nx\ny\n') });
    expect([result.network.order, result.network.flows.count]).toEqual([2, 0]);
  });

  it('an edges header with no rows and a nodes file with rows is a valid network of isolates', () => {
    const result = readCsvNetwork({ nodes: file('nodes.csv', 'id,label\nx,X\n'), edges: file('edges.csv', 'source,target\n') });
    expect([result.network.order, result.network.flows.count, result.warnings.length]).toEqual([1, 0, 0]);
  });

  it("keeps ids exactly: '007' and '7' are two organisations", () => {
    const result = readCsvNetwork({ edges: file('edges.csv', 'source,target\n007,7\n7.0,07\n') });
    expect(result.network.organisations.map((o) => o.id)).toEqual(['007', '7', '7.0', '07']);
  });

  it('stores columns named __proto__, constructor and prototype as plain attributes', () => {
    const nodes = 'id,__proto__,constructor,prototype,toString\na,{"polluted":true},x,y,z\n';
    const result = readCsvNetwork({ nodes: file('nodes.csv', nodes), edges: file('edges.csv', 'source,target,__proto__\na,b,1\n') });
    const attributes = result.network.organisation('a')!.attributes;
    expect(Object.getPrototypeOf(attributes)).toBeNull();
    expect(Object.keys(attributes)).toEqual(['__proto__', 'constructor', 'prototype', 'toString']);
    expect(attributes.__proto__).toBe('{"polluted":true}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.network.flow(0).attributes.__proto__).toBe(1);
  });

  it('accepts a 1 MB label', () => {
    const label = 'Ä'.repeat(300_000) + 'x'.repeat(400_000);
    const result = readCsvNetwork({ nodes: file('nodes.csv', `id,label\nbig,"${label}"\nsmall,S\n`) });
    expect(new TextEncoder().encode(result.network.organisation('big')!.label).length).toBe(1_000_000);
    expect(result.network.organisation('big')!.label).toBe(label);
    expect(result.network.organisation('small')!.label).toBe('S');
  });
});

describe("Gephi's Type column", () => {
  it('all Undirected: an undirected network, no flow types', () => {
    const result = readCsvNetwork({ edges: file('edges.csv', 'Source,Target,Type\na,b,Undirected\nb,c,undirected\n') });
    expect(result.network.directed).toBe(false);
    expect([...result.network.eachFlow()].map((flow) => flow.type)).toEqual(['', '']);
    expect(result.warnings).toEqual([]);
  });

  it('all Directed: a directed network, as with directed: true', () => {
    const result = readCsvNetwork({ edges: file('edges.csv', 'Source,Target,Type\na,b,Directed\nb,a,DIRECTED\n') });
    expect(result.network.directed).toBe(true);
    expect(flows(result)).toEqual(['a>b:1', 'b>a:1']);
    expect(codes(result.warnings)).toEqual([]);
  });

  it('mixed: directed, each Undirected flow counted both ways, with a warning giving the counts', () => {
    const result = readCsvNetwork({ nodes: fixture('gephi/nodes.csv'), edges: fixture('gephi/edges.csv') });
    expect(result.network.directed).toBe(true);
    expect(flows(result)).toEqual(['wigan>inet:2', 'inet>oldham:1', 'oldham>wigan:1', 'shed>inet:3.5', 'wigan>oldham:1', 'inet>shed:3.5']);
    const [warning] = result.warnings;
    expect(warning).toMatchObject({ code: 'mixed-direction', count: 2 });
    expect(warning.message).toBe('the Type column mixes 2 Directed flows and 2 Undirected flows: read as a directed network, each Undirected flow counted in both directions');
    expect(warning.examples).toEqual([{ file: 'gephi/edges.csv', line: 4, column: 3, value: 'Undirected' }]);
  });

  it('directed: true with Undirected rows counts them both ways too, and says so', () => {
    const result = readCsvNetwork({ edges: file('edges.csv', 'Source,Target,Type\na,b,Undirected\nc,c,Undirected\n'), directed: true });
    expect(result.network.directed).toBe(true);
    expect(flows(result)).toEqual(['a>b:1', 'c>c:1', 'b>a:1']);
    expect(codes(result.warnings)).toEqual(['self-loop', 'mixed-direction']);
    expect(result.warnings[1].message).toContain('a directed network was asked for');
  });

  it('any other value makes it the flow type', () => {
    const result = readCsvNetwork({ edges: file('edges.csv', 'source,target,type\na,b,Directed\nb,c,partnership\n') });
    expect(result.network.directed).toBe(false);
    expect([...result.network.eachFlow()].map((flow) => flow.type)).toEqual(['Directed', 'partnership']);
  });

  it('directed: true makes a plain edge list directed', () => {
    const result = readCsvNetwork({ edges: file('edges.csv', 'from;to\na;b\nb;a\n'), directed: true });
    expect(result.network.directed).toBe(true);
    expect(result.warnings).toEqual([]);
  });
});
