// SPEC section 3, warnings: the read goes on, every valid row is kept, and each kind of problem is reported
// once with its count and first places (file, physical line, field position).
import { describe, expect, it } from 'vitest';
import type { InputWarning, WarningCode } from '../problems.js';
import { formatWarning } from '../problems.js';
import type { ReadResult } from '../result.js';
import { readCsvNetwork } from './read.js';

const file = (name: string, content: string | Uint8Array) => ({ name, content });

function only(result: ReadResult, code: WarningCode): InputWarning {
  const found = result.warnings.filter((warning) => warning.code === code);
  expect(found, `one ${code} warning in ${JSON.stringify(result.warnings.map((w) => w.code))}`).toHaveLength(1);
  return found[0];
}

function ids(result: ReadResult): string[] {
  return result.network.organisations.map((organisation) => organisation.id);
}

function flows(result: ReadResult): string[] {
  return [...result.network.eachFlow()].map((flow) => `${flow.source}>${flow.target}:${flow.weight}`);
}

const NODES = 'id,label\nwigan,Wigan Council\noldham,Oldham Council\nbolton,Bolton Council\n';

describe('CSV warnings', () => {
  it('duplicate organisation ids: the first row wins, later rows are reported', () => {
    const result = readCsvNetwork({ nodes: file('nodes.csv', 'id,label\na,First\nb,Bee\na,Second\na,Third\n') });
    expect(ids(result)).toEqual(['a', 'b']);
    expect(result.network.organisation('a')?.label).toBe('First');
    const warning = only(result, 'duplicate-organisation');
    expect(warning.count).toBe(2);
    expect(warning.examples).toEqual([
      { file: 'nodes.csv', line: 4, column: 1, value: 'a' },
      { file: 'nodes.csv', line: 5, column: 1, value: 'a' },
    ]);
  });

  it('flows naming organisations missing from nodes.csv: created with no attributes', () => {
    const edges = 'source,target\nwigan,oldham\nwigan,Salford\nSalford,Trafford\nbolton,Salford\n';
    const result = readCsvNetwork({ nodes: file('nodes.csv', NODES), edges: file('edges.csv', edges) });
    expect(ids(result)).toEqual(['wigan', 'oldham', 'bolton', 'Salford', 'Trafford']);
    expect(result.network.organisation('Salford')).toMatchObject({ label: 'Salford', sector: '', pioneer: false });
    const warning = only(result, 'unknown-organisation');
    expect(warning.count).toBe(3);
    expect(warning.message).toBe('3 flows name unknown organisations (2 organisations missing from nodes.csv added, with no attributes)');
    expect(formatWarning(warning)).toBe(`${warning.message}; first: edges.csv line 3 column 2 "Salford"`);
    expect(warning.examples.slice(1)).toEqual([
      { file: 'edges.csv', line: 4, column: 1, value: 'Salford' },
      { file: 'edges.csv', line: 5, column: 2, value: 'Salford' },
    ]);
  });

  it('edges alone: organisations come from the ids, with no warning', () => {
    const result = readCsvNetwork({ edges: file('edges.csv', 'source,target\nx,y\ny,z\n') });
    expect(ids(result)).toEqual(['x', 'y', 'z']);
    expect(result.warnings).toEqual([]);
  });

  it('self-loops are kept and reported', () => {
    const result = readCsvNetwork({ edges: file('edges.csv', 'source,target\na,b\nb,b\nc,c\n') });
    expect(flows(result)).toEqual(['a>b:1', 'b>b:1', 'c>c:1']);
    const warning = only(result, 'self-loop');
    expect(warning.count).toBe(2);
    expect(warning.examples[0]).toEqual({ file: 'edges.csv', line: 3, column: 1, value: 'b' });
  });

  it('repeated flows between the same pair are kept in the file model and reported', () => {
    const result = readCsvNetwork({ edges: file('edges.csv', 'source,target,weight\na,b,1\nb,a,2\na,b,3\na,c,1\n') });
    expect(flows(result)).toEqual(['a>b:1', 'b>a:2', 'a>b:3', 'a>c:1']);
    const warning = only(result, 'repeated-flow');
    expect(warning.count).toBe(2);
    expect(warning.message).toContain('2 repeated flows between 1 pair');
    expect(warning.examples.map((example) => example.line)).toEqual([3, 4]);
  });

  it('when directed, only the same direction repeats', () => {
    const result = readCsvNetwork({ edges: file('edges.csv', 'source,target\na,b\nb,a\na,b\n'), directed: true });
    const warning = only(result, 'repeated-flow');
    expect(warning.count).toBe(1);
    expect(warning.examples).toEqual([{ file: 'edges.csv', line: 4, column: 1, value: 'a -> b' }]);
  });

  it('weights that are zero, negative or not numbers skip the flow', () => {
    const edges = 'source,target,weight\na,b,0\na,c,-2\na,d,abc\na,e,"1,5"\na,f,2.5\na,g,\na,h,1e-3\n';
    const result = readCsvNetwork({ edges: file('edges.csv', edges) });
    expect(flows(result)).toEqual(['a>f:2.5', 'a>g:1', 'a>h:0.001']);
    const warning = only(result, 'bad-weight');
    expect(warning.count).toBe(4);
    expect(warning.examples.map((example) => [example.line, example.column, example.value])).toEqual([
      [2, 3, '0'],
      [3, 3, '-2'],
      [4, 3, 'abc'],
      [5, 3, '1,5'],
    ]);
    // Without a nodes file every id a row names is an organisation, even when its flow is skipped.
    expect(ids(result)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
  });

  it('edges alone: the ids of skipped flows stay organisations, with the warning for the flow', () => {
    const weights = readCsvNetwork({ edges: file('drop2.csv', 'source,target,weight\na,b,1\nb,c,1\nd,e,0\n') });
    expect(ids(weights)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(flows(weights)).toEqual(['a>b:1', 'b>c:1']);
    expect(only(weights, 'bad-weight').examples).toEqual([{ file: 'drop2.csv', line: 4, column: 3, value: '0' }]);
    expect(weights.warnings.map((warning) => warning.code)).toEqual(['bad-weight']);

    const blank = readCsvNetwork({ edges: file('edges.csv', 'source,target\na,b\nq,\n, r \n') });
    expect(ids(blank)).toEqual(['a', 'b', 'q', 'r']);
    expect(flows(blank)).toEqual(['a>b:1']);
    expect(only(blank, 'missing-id').examples.map((example) => [example.line, example.column])).toEqual([
      [3, 2],
      [4, 1],
    ]);
    expect(only(blank, 'trimmed').examples).toEqual([{ file: 'edges.csv', line: 4, column: 2, value: ' r ' }]);

    const semicolon = readCsvNetwork({ edges: file('edges.csv', 'source;target;weight\na;b;1\nx;y;1.000,5\n') });
    expect(ids(semicolon)).toEqual(['a', 'b', 'x', 'y']);
    expect(flows(semicolon)).toEqual(['a>b:1']);
    expect(only(semicolon, 'bad-weight').examples).toEqual([{ file: 'edges.csv', line: 3, column: 3, value: '1.000,5' }]);
  });

  it('with a nodes file, a skipped flow adds no organisation', () => {
    const edges = 'source,target,weight\nwigan,oldham,1\nwigan,Salford,0\nTrafford,\nbolton,Trafford,abc\n';
    const result = readCsvNetwork({ nodes: file('nodes.csv', NODES), edges: file('edges.csv', edges) });
    expect(ids(result)).toEqual(['wigan', 'oldham', 'bolton']);
    expect(result.warnings.map((warning) => [warning.code, warning.count])).toEqual([
      ['bad-weight', 2],
      ['missing-id', 1],
    ]);
  });

  it('text after a closing quote: the cell is kept exactly as written, quotes included, with a warning', () => {
    const edges = 'source,target,note\n"d"x,e,ok\na,"b",fine\n"c" ,a,spaces\nf,"g,h"i,x\n';
    const result = readCsvNetwork({ edges: file('edges.csv', edges) });
    expect(flows(result)).toEqual(['"d"x>e:1', 'a>b:1', 'c>a:1', 'f>"g,h"i:1']);
    const warning = only(result, 'text-after-quote');
    expect(warning.count).toBe(2);
    expect(formatWarning(warning)).toBe('2 cells have text after their closing quote (not valid CSV): kept exactly as written, quotes included; first: edges.csv line 2 column 1 "\\"d\\"x"');
    expect(warning.examples).toEqual([
      { file: 'edges.csv', line: 2, column: 1, value: '"d"x' },
      { file: 'edges.csv', line: 5, column: 2, value: '"g,h"i' },
    ]);
    // Spaces alone after the quote are the trimmed warning's business, as for any id.
    expect(only(result, 'trimmed').examples).toEqual([{ file: 'edges.csv', line: 4, column: 1, value: 'c ' }]);
  });

  it('a quote inside an unquoted cell is kept as it is, without a warning', () => {
    const result = readCsvNetwork({ edges: file('edges.csv', 'source,target,note\nf,g"h,5" tall\n') });
    expect(flows(result)).toEqual(['f>g"h:1']);
    expect(result.network.flow(0).attributes.note).toBe('5" tall');
    expect(result.warnings).toEqual([]);
  });

  it('a decimal comma is a weight in a semicolon file', () => {
    const result = readCsvNetwork({ edges: file('edges.csv', 'source;target;weight\na;b;1,5\nb;c;2\n') });
    expect(flows(result)).toEqual(['a>b:1.5', 'b>c:2']);
    expect(result.warnings).toEqual([]);
  });

  it('dates that are not ISO 8601 keep the flow without a date', () => {
    const edges = 'source,target,date\na,b,2014\na,c,2014-09\na,d,2014-09-02\na,e,02/09/2014\na,f,2014-02-30\na,g,2014-13\na,h,2016-02-29T10:30:00Z\n';
    const result = readCsvNetwork({ edges: file('edges.csv', edges) });
    expect([...result.network.eachFlow()].map((flow) => flow.date)).toEqual(['2014', '2014-09', '2014-09-02', undefined, undefined, undefined, '2016-02-29T10:30:00Z']);
    const warning = only(result, 'bad-date');
    expect(warning.count).toBe(3);
    expect(warning.examples[0]).toEqual({ file: 'edges.csv', line: 5, column: 3, value: '02/09/2014' });
  });

  it('ids and labels with spaces around them are trimmed', () => {
    const result = readCsvNetwork({
      nodes: file('nodes.csv', 'id,label\n wigan ,  Wigan Council\noldham,Oldham\n'),
      edges: file('edges.csv', 'source,target\nwigan , oldham\n'),
    });
    expect(ids(result)).toEqual(['wigan', 'oldham']);
    expect(result.network.organisation('wigan')?.label).toBe('Wigan Council');
    expect(flows(result)).toEqual(['wigan>oldham:1']);
    const warning = only(result, 'trimmed');
    expect(warning.count).toBe(4);
    expect(warning.examples.map((example) => [example.file, example.line, example.column, example.value])).toEqual([
      ['nodes.csv', 2, 1, ' wigan '],
      ['nodes.csv', 2, 2, '  Wigan Council'],
      ['edges.csv', 2, 1, 'wigan '],
      ['edges.csv', 2, 2, ' oldham'],
    ]);
  });

  it('pioneer values that are not a flag are read as false', () => {
    const nodes = 'id,pioneer\na,yes\nb,Y\nc,0\nd,perhaps\ne,\nf,TRUE\n';
    const result = readCsvNetwork({ nodes: file('nodes.csv', nodes) });
    expect(result.network.organisations.map((organisation) => organisation.pioneer)).toEqual([true, true, false, false, false, true]);
    const warning = only(result, 'bad-flag');
    expect(warning.examples).toEqual([{ file: 'nodes.csv', line: 5, column: 2, value: 'perhaps' }]);
  });

  it('cells beyond the header are reported (an unquoted 1,5 in a comma file)', () => {
    const result = readCsvNetwork({ edges: file('edges.csv', 'source,target,weight\na,b,1,5\nb,c,2,,\n') });
    expect(flows(result)).toEqual(['a>b:1', 'b>c:2']);
    const warning = only(result, 'extra-cells');
    expect(warning.examples).toEqual([{ file: 'edges.csv', line: 2, column: 4, value: '5' }]);
  });

  it('rows without an id, source or target are skipped and reported', () => {
    const result = readCsvNetwork({ nodes: file('nodes.csv', 'id,label\n,Nobody\na,A\n'), edges: file('edges.csv', 'source,target\na,\n,a\n') });
    expect(ids(result)).toEqual(['a']);
    expect(result.network.flows.count).toBe(0);
    const warning = only(result, 'missing-id');
    expect(warning.count).toBe(3);
    expect(warning.examples.map((example) => [example.file, example.line, example.column])).toEqual([
      ['nodes.csv', 2, 1],
      ['edges.csv', 2, 2],
      ['edges.csv', 3, 1],
    ]);
  });

  it('lines stay right after quoted cells with line breaks (LF and CRLF)', () => {
    const edges = 'source,target,weight,note\r\na,b,1,"first\r\nsecond"\r\nc,d,"x",ok\r\ne,f,1,"one\ntwo\nthree"\r\ng,h,-1,x\r\n';
    const result = readCsvNetwork({ edges: file('edges.csv', edges) });
    const warning = only(result, 'bad-weight');
    expect(warning.examples).toEqual([
      { file: 'edges.csv', line: 4, column: 3, value: 'x' },
      { file: 'edges.csv', line: 8, column: 3, value: '-1' },
    ]);
    expect(result.network.flow(0).attributes.note).toBe('first\r\nsecond');
    expect(result.network.flow(1).attributes.note).toBe('one\ntwo\nthree');
  });

  it('a cell after a quoted cell that spans lines is placed on its own line', () => {
    const result = readCsvNetwork({ edges: file('edges.csv', 'note,source,target,weight\n"a\nb\nc",x,y,zero\n,x,y,1\n') });
    expect(only(result, 'bad-weight').examples).toEqual([{ file: 'edges.csv', line: 4, column: 4, value: 'zero' }]);
  });

  it('many bad rows cost one warning with a count and five examples', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => `a${i},b${i},abc`).join('\n');
    const result = readCsvNetwork({ edges: file('edges.csv', `source,target,weight\n${rows}\nok,fine,1\n`) });
    const warning = only(result, 'bad-weight');
    expect(warning.count).toBe(1000);
    expect(warning.examples.map((example) => example.line)).toEqual([2, 3, 4, 5, 6]);
    expect(flows(result)).toEqual(['ok>fine:1']);
  });
});
