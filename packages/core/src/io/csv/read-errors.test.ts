// SPEC section 3, errors: each stops the read with a KnetInputError naming the file and, where it means
// something, the line (physical, 1-based) and column (field position, 1-based).
import { describe, expect, it } from 'vitest';
import { KnetInputError } from '../problems.js';
import { readCsvNetwork } from './read.js';

function failure(run: () => unknown): KnetInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof KnetInputError) return error;
    throw error;
  }
  throw new Error('expected a KnetInputError, but the read succeeded');
}

const file = (name: string, content: string | Uint8Array) => ({ name, content });

describe('CSV errors', () => {
  it('an empty file', () => {
    const error = failure(() => readCsvNetwork({ edges: file('edges.csv', '') }));
    expect(error).toMatchObject({ code: 'empty', file: 'edges.csv', line: undefined });
    expect(error.message).toBe('edges.csv: this file is empty: it has no header and no rows.');
  });

  it('a file of blank lines and a BOM is empty too', () => {
    expect(failure(() => readCsvNetwork({ nodes: file('nodes.csv', '\uFEFF\r\n  \n') })).code).toBe('empty');
  });

  it('an empty nodes file is an error even when edges.csv has rows', () => {
    const error = failure(() => readCsvNetwork({ nodes: file('nodes.csv', ''), edges: file('edges.csv', 'source,target\na,b\n') }));
    expect(error).toMatchObject({ code: 'empty', file: 'nodes.csv' });
  });

  it('a header with no rows when nothing else defines the network', () => {
    const error = failure(() => readCsvNetwork({ edges: file('edges.csv', 'source,target,weight\n\n') }));
    expect(error).toMatchObject({ code: 'no-rows', file: 'edges.csv' });
    expect(error.message).toContain('header but no rows');
  });

  it('headers with no rows in both files', () => {
    const error = failure(() => readCsvNetwork({ nodes: file('nodes.csv', 'id,label\n'), edges: file('edges.csv', 'source,target\n') }));
    expect(error).toMatchObject({ code: 'no-rows', file: 'edges.csv' });
    expect(error.message).toContain('nodes.csv has none either');
  });

  it('every row skipped leaves nothing to analyse', () => {
    // With a nodes file a skipped flow adds no organisation (edges alone, its ids would still count).
    const error = failure(() => readCsvNetwork({ nodes: file('nodes.csv', 'id,label\n,Nobody\n'), edges: file('edges.csv', 'source,target,weight\na,b,0\nb,c,-1\n') }));
    expect(error).toMatchObject({ code: 'no-rows', file: 'edges.csv' });
    expect(error.message).toContain('2 flows have a weight that is not a positive number');
    expect(error.message).toContain('1 row has no organisation id where one is needed');
  });

  it('a missing id column names the columns found', () => {
    const error = failure(() => readCsvNetwork({ nodes: file('nodes.csv', 'organisation,sector\nWigan,care\n') }));
    expect(error).toMatchObject({ code: 'missing-column', file: 'nodes.csv', line: 1 });
    expect(error.message).toContain('the columns found are: organisation, sector');
  });

  it('a missing target column names the columns found', () => {
    const error = failure(() => readCsvNetwork({ edges: file('edges.csv', 'source,destination\nhub,care1\n') }));
    expect(error).toMatchObject({ code: 'missing-column', file: 'edges.csv', line: 1 });
    expect(error.message).toBe('edges.csv line 1: an edges file needs a target column (named target or to); the columns found are: source, destination.');
  });

  it('a missing source column, and a hint when a nodes file was given as edges', () => {
    const error = failure(() => readCsvNetwork({ edges: file('nodes.csv', 'id,label\na,A\n') }));
    expect(error.code).toBe('missing-column');
    expect(error.message).toContain('needs a source column (named source or from)');
    expect(error.message).toContain('It looks like a nodes file');
  });

  it('an unbalanced quote names the line where the open cell started', () => {
    const text = 'source,target,weight\nhub,care1,1\nhub,"care2,1\nhub,care3,1\n';
    const error = failure(() => readCsvNetwork({ edges: file('bad-quote.csv', text) }));
    expect(error).toMatchObject({ code: 'unbalanced-quote', file: 'bad-quote.csv', line: 3, column: 2 });
    expect(error.message).toMatch(/^bad-quote\.csv line 3 column 2: a quoted cell opens here and is never closed/);
  });

  it('an unbalanced quote after quoted cells with line breaks still names its own line', () => {
    const text = 'source,target,note\r\na,b,"two\r\nlines"\r\nc,d,"three\nlines\nhere"\r\ne,f,ok\r\ng,h,"never closed\r\ni,j,k\r\n';
    const error = failure(() => readCsvNetwork({ edges: file('edges.csv', text) }));
    expect(error).toMatchObject({ code: 'unbalanced-quote', line: 8, column: 3 });
  });

  it('binary content is not text', () => {
    const bytes = new Uint8Array([0x73, 0x6f, 0x75, 0x72, 0x63, 0x65, 0x0a, 0x00, 0x01, 0x02]);
    const error = failure(() => readCsvNetwork({ edges: file('edges.csv', bytes) }));
    expect(error).toMatchObject({ code: 'not-text', file: 'edges.csv', line: 2 });
  });

  it('bytes that are neither UTF-8 nor Windows-1252 name both encodings tried', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('source,target\nA,B\nC'), 0x81, ...new TextEncoder().encode(',D\n')]);
    const error = failure(() => readCsvNetwork({ edges: file('edges.csv', bytes) }));
    expect(error).toMatchObject({ code: 'bad-encoding', file: 'edges.csv', line: 3 });
    expect(error.message).toContain('not UTF-8');
    expect(error.message).toContain('not Windows-1252 either');
  });
});
