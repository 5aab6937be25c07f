// The CSV tokenizer against two independent references: csv-parse (a mature RFC 4180 parser) on the same bytes,
// and the records a generator wrote, with the line each record starts on counted from what was written.
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KnetInputError, WarningCollector } from '../problems.js';
import type { Delimiter } from './dialect.js';
import { eachRecord } from './records.js';

function tokenize(text: string, delimiter: Delimiter = ',', warnings?: WarningCollector): { fields: string[]; line: number; fieldLines?: number[] }[] {
  const records: { fields: string[]; line: number; fieldLines?: number[] }[] = [];
  eachRecord('test.csv', new TextEncoder().encode(text), delimiter, (fields, start) => records.push({ fields, ...start }), warnings);
  return records;
}

function reference(text: string, delimiter: Delimiter): string[][] {
  return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, bom: false, record_delimiter: ['\r\n', '\n', '\r'] });
}

// Line breaks as a reader counts them: CRLF, LF or a lone CR.
const breaks = (text: string) => text.split(/\r\n|\r|\n/).length - 1;

// Cells with everything that makes CSV hard: quotes, all three delimiters, CR, LF, unicode beyond the BMP.
const cell = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '"', ',', ';', '\t', '\n', '\r', 'é', '€', '😀', '\u2028', "'", '='), maxLength: 8 });
const records = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 });

function write(rows: string[][], delimiter: Delimiter, newline: string, quoteAll: boolean): string {
  return rows
    .map((row) =>
      row
        .map((value) => {
          const needs = /["\r\n]/.test(value) || value.includes(delimiter) || (row.length === 1 && value === '');
          return needs || quoteAll ? `"${value.replace(/"/g, '""')}"` : value;
        })
        .join(delimiter),
    )
    .join(newline);
}

describe('CSV records', () => {
  it('reads back every record a generator wrote, as csv-parse does, with the right start lines', () => {
    fc.assert(
      fc.property(records, fc.constantFrom<Delimiter>(',', ';', '\t'), fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.boolean(), (rows, delimiter, newline, quoteAll, finalNewline) => {
        const text = write(rows, delimiter, newline, quoteAll) + (finalNewline ? newline : '');
        const read = tokenize(text, delimiter);
        expect(read.map((record) => record.fields)).toEqual(rows);
        expect(read.map((record) => record.fields)).toEqual(reference(text, delimiter));
        let line = 1;
        rows.forEach((row, k) => {
          expect(read[k].line).toBe(line);
          line += 1 + row.reduce((sum, value) => sum + breaks(value), 0);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('places each field on its own line when a quoted cell spans lines', () => {
    const [, second] = tokenize('a,b,c\n"x\ny",z,"p\r\nq\rr",s\n');
    expect(second).toEqual({ fields: ['x\ny', 'z', 'p\r\nq\rr', 's'], line: 2, fieldLines: [2, 3, 3, 5] });
  });

  it('skips empty lines but counts them', () => {
    expect(tokenize('a\n\n\r\nb\r\rc').map((record) => [record.fields, record.line])).toEqual([
      [['a'], 1],
      [['b'], 4],
      [['c'], 6],
    ]);
  });

  it('keeps a quote inside an unquoted cell; a cell with text after its closing quote is kept as written, and reported', () => {
    const warnings = new WarningCollector();
    expect(tokenize('5" tall,"ab"c,x\n"multi\nline""s"" end"!,"ok" \n', ',', warnings).map((record) => record.fields)).toEqual([
      ['5" tall', '"ab"c', 'x'],
      ['"multi\nline""s"" end"!', 'ok '],
    ]);
    const [warning] = warnings.list();
    expect(warnings.size).toBe(1);
    expect(warning).toMatchObject({ code: 'text-after-quote', count: 2 });
    expect(warning.examples).toEqual([
      { file: 'test.csv', line: 1, column: 2, value: '"ab"c' },
      { file: 'test.csv', line: 2, column: 1, value: '"multi\nline""s"" end"!' },
    ]);
  });

  it('reads empty cells, a trailing delimiter and a record without a final line break', () => {
    expect(tokenize(',,\n"",x,').map((record) => record.fields)).toEqual([
      ['', '', ''],
      ['', 'x', ''],
    ]);
  });

  it('names the line and column where an unclosed quote opened', () => {
    let error: unknown;
    try {
      tokenize('a,b\n"x\ny",2\nc,"open\nd,e\n');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(KnetInputError);
    expect(error).toMatchObject({ code: 'unbalanced-quote', line: 4, column: 2 });
  });

  it('never crashes on arbitrary text: it reads it or names an unclosed quote', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '"', ',', '\n', '\r', ' '), maxLength: 40 }), (text) => {
        try {
          const read = tokenize(text);
          const quotes = (text.match(/"/g) ?? []).length;
          // Without any quote the records are the plain split, which makes an independent check.
          if (quotes === 0) {
            const lines = text.split(/\r\n|\r|\n/).filter((line) => line !== '');
            expect(read.map((record) => record.fields)).toEqual(lines.map((line) => line.split(',')));
          }
        } catch (error) {
          expect(error).toBeInstanceOf(KnetInputError);
          expect((error as KnetInputError).code).toBe('unbalanced-quote');
        }
      }),
      { numRuns: 500 },
    );
  });
});
