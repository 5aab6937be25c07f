// Bytes to text: UTF-8 checked byte by byte against the platform's strict decoder, Windows-1252 against the
// platform's decoder, and the errors for binary files and bytes no encoding explains.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes, firstInvalidUtf8 } from './decode.js';
import { KnetInputError, WarningCollector } from './problems.js';

const utf8 = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

function strictUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

describe('firstInvalidUtf8', () => {
  it('agrees with a strict UTF-8 decoder on random bytes and on real text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (bytes) => {
        expect(firstInvalidUtf8(bytes) < 0).toBe(strictUtf8(bytes));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        expect(firstInvalidUtf8(new TextEncoder().encode(text))).toBe(-1);
      }),
    );
  });

  it('points at the first bad byte: overlong forms, surrogates, truncated sequences', () => {
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0x62, 0xed, 0xa0, 0x80]))).toBe(2);
    expect(firstInvalidUtf8(new Uint8Array([0xe2, 0x82]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
  });
});

describe('decodeBytes', () => {
  it('passes UTF-8 through and removes a BOM', () => {
    const warnings = new WarningCollector();
    const decoded = decodeBytes('a.csv', new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xc3, 0xa9]), warnings);
    expect([utf8(decoded.bytes), decoded.encoding, warnings.size]).toEqual(['aé', 'utf-8', 0]);
  });

  it('reads every Windows-1252 character, with one warning', () => {
    // Every byte Windows-1252 defines from 0x20 on. Bytes 0x80-0x9F as Python's cp1252 codec decodes them
    // (Node's own TextDecoder('windows-1252') reads them as Latin-1 controls, so it cannot be the reference);
    // the others are Latin-1.
    const defined = [...Array(256).keys()].filter((b) => b >= 0x20 && ![0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b));
    const cp1252High = '\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178';
    const expected = '\n' + defined.map((b) => (b >= 0x80 && b < 0xa0 ? '' : String.fromCharCode(b))).join('').replace('\u007f', '\u007f' + cp1252High) + '\n\u00e9';
    const bytes = new Uint8Array([0x0a, ...defined, 0x0a, 0xe9]);
    const warnings = new WarningCollector();
    const decoded = decodeBytes('old.csv', bytes, warnings);
    expect(decoded.encoding).toBe('windows-1252');
    expect(utf8(decoded.bytes)).toBe(expected);
    expect(warnings.list()).toEqual([{ code: 'encoding', count: 1, message: 'a file is not UTF-8: read as Windows-1252', examples: [{ file: 'old.csv', line: 2, value: 'byte 0x80' }] }]);
  });

  it.each([
    [[0x81], 0x81],
    [[0xc3, 0x28, 0x8d], 0x8d],
    [[0xe9, 0x20, 0x8f], 0x8f],
    [[0x9d], 0x9d],
  ])('bytes %j are neither UTF-8 nor Windows-1252', (tail, bad) => {
    const bytes = new Uint8Array([0x61, 0x0a, ...tail]);
    let error: unknown;
    try {
      decodeBytes('x.csv', bytes, new WarningCollector());
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(KnetInputError);
    expect(error).toMatchObject({ code: 'bad-encoding', line: 2 });
    expect((error as Error).message).toContain(`byte 0x${bad.toString(16).toUpperCase()} here has no character in Windows-1252`);
  });

  it('keeps a UTF-8 file with a few broken bytes as UTF-8 (not garbled as Windows-1252)', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('id\nZürich\n'), 0xa0, 0x81, 0x0a]);
    const warnings = new WarningCollector();
    const decoded = decodeBytes('mixed.csv', bytes, warnings);
    expect(utf8(decoded.bytes)).toBe('id\nZürich\n\uFFFD\uFFFD\n');
    expect(warnings.list()).toEqual([
      { code: 'encoding', count: 1, message: '1 file has bytes that are not UTF-8 among UTF-8 text: each was read as \uFFFD', examples: [{ file: 'mixed.csv', line: 3, value: 'byte 0xA0' }] },
    ]);
  });

  it('decodes UTF-16 with a byte order mark, both byte orders', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00]);
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x00, 0xe9]);
    for (const bytes of [le, be]) expect(utf8(decodeBytes('u.txt', bytes, new WarningCollector()).bytes)).toBe('Aé');
  });

  it('refuses binary files: NUL bytes, control bytes, known file signatures', () => {
    const cases: [number[], string][] = [
      [[0x61, 0x0a, 0x62, 0x00], 'binary content'],
      [Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)), 'binary content'],
      [[0xd0, 0xcf, 0x11, 0xe0, 0x41], '.xls workbook'],
      [[0x1f, 0x8b, 0x08], 'gzip'],
    ];
    for (const [bytes, words] of cases) {
      expect(() => decodeBytes('b.csv', new Uint8Array(bytes), new WarningCollector())).toThrow(words);
    }
  });
});
