// The metrics CSV: formula-safe by SPEC section 3's rule, quoted by RFC 4180, and in the CLI's column order.
import { createNetwork } from '@knet/core';
import { describe, expect, test } from 'vitest';
import { csvCell, metricsTable, toCsv } from './csv.js';

describe('csvCell', () => {
  test('cells a spreadsheet would run get a leading quote; plain numbers do not', () => {
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('+44 20 7946 0000')).toBe("'+44 20 7946 0000");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell('-3.5')).toBe('-3.5');
    expect(csvCell('+1e3')).toBe('+1e3');
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell('a=b')).toBe('a=b');
  });

  test('quotes commas, quotes and line breaks; empty for missing and NaN', () => {
    expect(csvCell('Advice, Rights and Money')).toBe('"Advice, Rights and Money"');
    expect(csvCell('The "Open Door" Project')).toBe('"The ""Open Door"" Project"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("x","y")')).toBe(`"'=HYPERLINK(""x"",""y"")"`);
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('metricsTable', () => {
  test('id, label, metrics, fields, then attributes (renamed where a name is taken)', () => {
    const network = createNetwork({
      organisations: [
        { id: '007', label: 'Seven', type: 'charity', pioneer: true, themes: ['a', 'b'], attributes: { staff: 4, degree: 'x' } },
        { id: '7', attributes: { notes: '=cmd' } },
      ],
      flows: [{ source: '007', target: '7' }],
    });
    const table = metricsTable(network, { degree: Float64Array.of(1, 1), reach: Float64Array.of(1 / 3, Number.NaN) }, ['degree', 'reach'], [1, 0]);
    expect(table.header).toEqual(['id', 'label', 'degree', 'reach', 'type', 'sector', 'region', 'pioneer', 'themes', 'staff', 'attribute_degree', 'notes']);
    expect(toCsv(table).split('\n')).toEqual([
      'id,label,degree,reach,type,sector,region,pioneer,themes,staff,attribute_degree,notes',
      "7,7,1,,,,,false,,,,'=cmd",
      '007,Seven,1,0.3333333333,charity,,,true,a;b,4,x,',
      '',
    ]);
  });
});
