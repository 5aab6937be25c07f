// Bytes to UTF-8 for every reader: UTF-8 (with or without BOM) as it is, UTF-16 with a BOM, Windows-1252
// (what older spreadsheets save) with a warning, and a clear error for binary files or bytes that fit neither.
// A UTF-8 file with a few broken bytes stays UTF-8 (broken bytes read as U+FFFD, with a warning).
import { KnetInputError, type WarningCollector } from './problems.js';
import type { LoadedSource } from './source.js';
import { plural } from './wording.js';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  /** The text as UTF-8 bytes, BOM removed (the same array as the input when it was already clean UTF-8). */
  bytes: Uint8Array;
  encoding: TextEncodingName;
}

// Windows-1252 characters for bytes 0x80-0x9F; 0 marks the five bytes the encoding leaves undefined.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

// Files people pick by mistake, recognised by their first bytes, so the message can say what they are.
const SIGNATURES: { bytes: number[]; what: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a zip archive (an Excel .xlsx or OpenDocument .ods workbook?): save the sheet as CSV' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Excel .xls workbook: save the sheet as CSV' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive: unpack it first' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
];

/**
 * Checks that `bytes` are text and returns them as UTF-8. Throws KnetInputError 'not-text' for binary
 * content and 'bad-encoding' when the bytes are neither UTF-8 nor Windows-1252; warns ('encoding') when
 * it falls back to Windows-1252.
 */
export function decodeBytes(file: string, bytes: Uint8Array, warnings: WarningCollector): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return checkedUtf8(file, bytes.subarray(3), warnings);
  if (startsWith(bytes, [0xff, 0xfe])) return fromUtf16(file, bytes.subarray(2), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return fromUtf16(file, bytes.subarray(2), 'utf-16be');
  for (const signature of SIGNATURES) {
    if (startsWith(bytes, signature.bytes)) throw new KnetInputError('not-text', { file }, `this is not a text file; it looks like ${signature.what}.`);
  }
  return checkedUtf8(file, bytes, warnings);
}

/** A string the caller already decoded: only checked for binary content, then encoded as UTF-8. */
export function encodeString(file: string, text: string): DecodedText {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const nul = text.indexOf('\0');
  if (nul >= 0) throw notText(file, lineOfString(text, nul));
  return { bytes: new TextEncoder().encode(start ? text.slice(start) : text), encoding: 'utf-8' };
}

/** A source's content as a string (for the XML and JSON readers), with the same checks as the CSV reader. */
export function textOf(source: LoadedSource, warnings: WarningCollector): string {
  if (typeof source.content === 'string') {
    const nul = source.content.indexOf('\0');
    if (nul >= 0) throw notText(source.name, lineOfString(source.content, nul));
    return source.content.charCodeAt(0) === 0xfeff ? source.content.slice(1) : source.content;
  }
  return new TextDecoder('utf-8').decode(decodeBytes(source.name, source.content, warnings).bytes);
}

function checkedUtf8(file: string, bytes: Uint8Array, warnings: WarningCollector): DecodedText {
  const nul = bytes.indexOf(0);
  if (nul >= 0 || looksBinary(bytes)) throw notText(file, nul >= 0 ? lineOfByte(bytes, nul) : undefined);
  const invalid = firstInvalidUtf8(bytes);
  if (invalid < 0) return { bytes, encoding: 'utf-8' };
  const line = lineOfByte(bytes, invalid);
  const example = { file, line, value: `byte 0x${hex(bytes[invalid])}` };
  if (hasUtf8Characters(bytes)) {
    warnings.add('encoding', (n) => `${plural(n, 'file has', 'files have')} bytes that are not UTF-8 among UTF-8 text: each was read as \uFFFD`, example);
    return { bytes: new TextEncoder().encode(new TextDecoder('utf-8').decode(bytes)), encoding: 'utf-8' };
  }
  const undefinedByte = firstUndefinedCp1252(bytes);
  if (undefinedByte >= 0) {
    throw new KnetInputError(
      'bad-encoding',
      { file, line: lineOfByte(bytes, undefinedByte) },
      `knet cannot read this file as text: it is not UTF-8 (byte 0x${hex(bytes[invalid])} on line ${line} is not valid UTF-8), ` +
        `and not Windows-1252 either (byte 0x${hex(bytes[undefinedByte])} here has no character in Windows-1252). Save it as "CSV UTF-8" and try again.`,
    );
  }
  warnings.add('encoding', (n) => (n === 1 ? 'a file is not UTF-8: read as Windows-1252' : `${n} files are not UTF-8: read as Windows-1252`), example);
  return { bytes: cp1252ToUtf8(bytes), encoding: 'windows-1252' };
}

function fromUtf16(file: string, bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new KnetInputError('bad-encoding', { file }, `knet cannot read this file as text: it starts with a ${encoding.toUpperCase()} byte order mark but is not valid ${encoding.toUpperCase()}.`);
  }
  return { bytes: encodeString(file, text).bytes, encoding };
}

function notText(file: string, line: number | undefined): KnetInputError {
  return new KnetInputError('not-text', { file, line }, 'this is not a text file (it holds binary content such as NUL bytes); knet reads CSV, GEXF, GraphML and JSON text.');
}

// Binary files nearly always hold NUL bytes (checked first); this catches the rest by their control bytes.
function looksBinary(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 4096);
  let control = 0;
  for (let i = 0; i < sample; i++) {
    const b = bytes[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return sample > 0 && control / sample > 0.1;
}

/** Offset of the first byte that breaks UTF-8 (overlong forms and surrogates included), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i] < 0x80) i++;
    else {
      const length = sequenceLength(bytes, i);
      if (length === 0) return i;
      i += length;
    }
  }
  return -1;
}

// True when the bytes hold at least one well-formed multi-byte UTF-8 character: then bad bytes are damage in
// a UTF-8 file, not the sign of another encoding (Windows-1252 text almost never forms such sequences).
function hasUtf8Characters(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0xc2 && sequenceLength(bytes, i) > 0) return true;
  return false;
}

/** Length of the well-formed multi-byte UTF-8 sequence starting at `i`, or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  let need: number;
  let min: number;
  if (b >= 0xc2 && b <= 0xdf) (need = 1), (min = 0x80);
  else if (b >= 0xe0 && b <= 0xef) (need = 2), (min = 0x800);
  else if (b >= 0xf0 && b <= 0xf4) (need = 3), (min = 0x10000);
  else return 0;
  let code = b & (0x3f >> need);
  for (let k = 1; k <= need; k++) {
    const c = bytes[i + k];
    if (c === undefined || (c & 0xc0) !== 0x80) return 0;
    code = (code << 6) | (c & 0x3f);
  }
  return code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? 0 : need + 1;
}

function firstUndefinedCp1252(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b >= 0x80 && b <= 0x9f && CP1252_HIGH[b - 0x80] === 0) return i;
  }
  return -1;
}

/** Transcodes Windows-1252 straight to UTF-8 bytes (no intermediate string for large files). */
function cp1252ToUtf8(bytes: Uint8Array): Uint8Array {
  let size = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    size += b < 0x80 ? 1 : b >= 0xa0 ? 2 : CP1252_HIGH[b - 0x80] < 0x800 ? 2 : 3;
  }
  const out = new Uint8Array(size);
  let o = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    const code = b < 0x80 || b >= 0xa0 ? b : CP1252_HIGH[b - 0x80];
    if (code < 0x80) out[o++] = code;
    else if (code < 0x800) {
      out[o++] = 0xc0 | (code >> 6);
      out[o++] = 0x80 | (code & 0x3f);
    } else {
      out[o++] = 0xe0 | (code >> 12);
      out[o++] = 0x80 | ((code >> 6) & 0x3f);
      out[o++] = 0x80 | (code & 0x3f);
    }
  }
  return out;
}

/** 1-based line of a byte offset (LF, CRLF or a lone CR end a line). */
export function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

function lineOfString(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}
