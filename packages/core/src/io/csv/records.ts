// CSV records one at a time (RFC 4180: quoted cells, "" for a quote, line breaks inside quotes; CRLF, LF or
// CR between records), each with the physical line it starts on and, when a quoted cell spans lines, the line
// of every field. Works on UTF-8 bytes and makes one string per cell, nothing else that outlives the record.
// (The reader first used csv-parse: bench/read-1m.mjs took 5.1 s and peaked at 9.4x the file's size; csv-parse
// alone, building nothing, takes 3x this whole reader (--csv-parse). It stays the reference the tests use.)
import { KnetInputError, type WarningCollector } from '../problems.js';
import { warn } from '../wording.js';
import type { Delimiter } from './dialect.js';

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
// Short ASCII cells become strings straight from their bytes; longer or non-ASCII ones go through TextDecoder.
const SHORT = 64;

/** Where a record starts; `fieldLines` is there only when a quoted cell made the record span lines. */
export interface RecordStart {
  line: number;
  fieldLines?: number[];
}

export type RecordHandler = (fields: string[], start: RecordStart) => void;

/**
 * Calls `onRecord` for every record, the header included; empty lines are skipped. Fields are strings exactly
 * as written, quotes removed. An opening quote that never closes is an error naming the line it opened on;
 * a cell with text after its closing quote is kept as written, quotes included, and reported to `warnings`.
 */
export function eachRecord(file: string, input: Uint8Array, delimiter: Delimiter, onRecord: RecordHandler, warnings?: WarningCollector): void {
  // A plain view: subarrays of a Node Buffer are Buffers, several times slower to make for every cell.
  const bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const separator = delimiter.charCodeAt(0);
  const decoder = new TextDecoder('utf-8');
  const n = bytes.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    // Empty lines between records are skipped (a line of only a delimiter is a record of empty cells).
    const first = bytes[i];
    if (first === LF || first === CR) {
      i += first === CR && bytes[i + 1] === LF ? 2 : 1;
      line++;
      continue;
    }
    const start: RecordStart = { line };
    const fields: string[] = [];
    let fieldLines: number[] | undefined;
    for (;;) {
      const fieldLine = line;
      let value: string;
      if (bytes[i] === QUOTE) {
        // A quoted cell: up to the next quote not doubled; line breaks inside count as lines.
        let j = i + 1;
        let ascii = true;
        let escaped = false;
        for (;;) {
          if (j >= n) {
            throw new KnetInputError(
              'unbalanced-quote',
              { file, line: fieldLine, column: fields.length + 1 },
              'a quoted cell opens here and is never closed, so the rest of the file would be read as part of it. Add the missing closing quote (") or remove the opening one.',
            );
          }
          const b = bytes[j];
          if (b === QUOTE) {
            if (bytes[j + 1] !== QUOTE) break;
            escaped = true;
            j += 2;
            continue;
          }
          if (b === LF || (b === CR && bytes[j + 1] !== LF)) line++;
          else if (b >= 0x80) ascii = false;
          j++;
        }
        const opening = i;
        value = text(bytes, i + 1, j, ascii, decoder);
        if (escaped) value = value.replace(/""/g, '"');
        i = j + 1;
        // Text after the closing quote is not RFC 4180 and has no one meaning ("d"x: dx? "d"x?): the cell is
        // kept exactly as written, quotes included, with a warning. Spaces alone are kept after the value.
        if (i < n && bytes[i] !== separator && bytes[i] !== LF && bytes[i] !== CR) {
          const end = plainEnd(bytes, i, separator);
          if (isBlank(bytes, i, end.end)) {
            value += text(bytes, i, end.end, true, decoder);
          } else {
            value = text(bytes, opening, end.end, ascii && end.ascii, decoder);
            if (warnings) warn(warnings, 'text-after-quote', { file, line: fieldLine, column: fields.length + 1, value });
          }
          i = end.end;
        }
      } else {
        const end = plainEnd(bytes, i, separator);
        value = text(bytes, i, end.end, end.ascii, decoder);
        i = end.end;
      }
      if (line !== start.line || fieldLines) {
        fieldLines ??= fields.map(() => start.line);
        fieldLines.push(fieldLine);
      }
      fields.push(value);
      if (i < n && bytes[i] === separator) {
        i++;
        continue;
      }
      break;
    }
    // The record ends at a line break or at the end of the file.
    if (i < n) {
      i += bytes[i] === CR && bytes[i + 1] === LF ? 2 : 1;
      line++;
    }
    if (fieldLines) start.fieldLines = fieldLines;
    onRecord(fields, start);
  }
}

/** End of an unquoted cell (at the delimiter, a line break or the end), and whether its bytes are ASCII. */
function plainEnd(bytes: Uint8Array, from: number, separator: number): { end: number; ascii: boolean } {
  let ascii = true;
  let j = from;
  const n = bytes.length;
  while (j < n) {
    const b = bytes[j];
    if (b === separator || b === LF || b === CR) break;
    if (b >= 0x80) ascii = false;
    j++;
  }
  return { end: j, ascii };
}

/** True when bytes [from, to) are only spaces and tabs. */
function isBlank(bytes: Uint8Array, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (bytes[j] !== 0x20 && bytes[j] !== 0x09) return false;
  return true;
}

function text(bytes: Uint8Array, from: number, to: number, ascii: boolean, decoder: TextDecoder): string {
  if (to <= from) return '';
  if (ascii && to - from <= SHORT) return String.fromCharCode.apply(null, bytes.subarray(from, to) as unknown as number[]);
  return decoder.decode(bytes.subarray(from, to));
}
