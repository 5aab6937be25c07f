// Output formatting: numbers at up to 10 significant digits, terminal-safe text, aligned tables, safe CSV.
import { describe, expect, it } from 'vitest';
import { csvCell } from '../io/csv/write.js';
import { csvDocument } from './csv.js';
import { formatNumber, formatPercent, plainText, renderTable } from './format.js';

describe('formatNumber', () => {
  it('prints integers as integers, others at up to 10 significant digits, NaN as empty', () => {
    expect(formatNumber(3)).toBe('3');
    expect(formatNumber(1 / 3)).toBe('0.3333333333');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(2.5e-12)).toBe('2.5e-12');
    expect(formatNumber(Number.NaN)).toBe('');
    expect(Number(formatNumber(Math.PI))).toBeCloseTo(Math.PI, 9);
  });
  it('formatPercent keeps one decimal under 10%', () => {
    expect(formatPercent(0.0625)).toBe('6.3%');
    expect(formatPercent(0.25)).toBe('25%');
    expect(formatPercent(0)).toBe('0%');
  });
});

describe('terminal safety', () => {
  it('plainText removes control characters, ANSI escapes included', () => {
    expect(plainText('Evil\u001b[31mRed\u0007\nName')).toBe('Evil [31mRed  Name');
  });
  it('renderTable aligns columns and right-aligns numbers', () => {
    const text = renderTable([{ header: 'name' }, { header: 'n', right: true }], [['a', '1'], ['long name', '10']]);
    expect(text.split('\n')).toEqual(['name        n', '---------  --', 'a           1', 'long name  10', '']);
  });
});

describe('csv', () => {
  it('neutralises formulas (OWASP) but not plain numbers, and quotes per RFC 4180', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('+44 20')).toBe("'+44 20");
    expect(csvCell('-3')).toBe('-3');
    expect(csvCell('-1.5e3')).toBe('-1.5e3');
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvDocument(['a', 'b'], [['1', 'x\ny']])).toBe('a,b\n1,"x\ny"\n');
  });
});
