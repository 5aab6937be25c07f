// Reading single cells the same way in nodes.csv and edges.csv: ids trimmed with a warning, blank rows,
// cells beyond the header, and where a cell is (file, line, column) for messages.
import type { WarningCollector, WarningExample } from '../problems.js';
import { warn } from '../wording.js';
import type { Delimiter } from './dialect.js';
import type { RecordStart } from './records.js';

/** One CSV file ready to read: name, UTF-8 bytes without BOM, delimiter. */
export interface CsvFile {
  name: string;
  bytes: Uint8Array;
  delimiter: Delimiter;
}

/** Builds the location of a cell of the current record (line of the field itself, 1-based column). */
export function locate(file: CsvFile, start: RecordStart, index: number, value?: string): WarningExample {
  const line = start.fieldLines?.[index] ?? start.line;
  return value === undefined ? { file: file.name, line, column: index + 1 } : { file: file.name, line, column: index + 1, value };
}

/** An id or label cell: trimmed, with a warning when that changed it. */
export function trimmedCell(file: CsvFile, start: RecordStart, fields: readonly string[], index: number, warnings: WarningCollector): string {
  const raw = fields[index] ?? '';
  const value = raw.trim();
  if (value.length !== raw.length && value !== '') warn(warnings, 'trimmed', locate(file, start, index, raw));
  return value;
}

/** Rows with nothing in them (`,,,` as spreadsheets write them) are skipped like blank lines. */
export function isBlankRecord(fields: readonly string[]): boolean {
  for (const field of fields) if (field.trim() !== '') return false;
  return true;
}

/** Index of the first non-empty cell beyond the header's columns, or -1. */
export function firstExtraCell(fields: readonly string[], columns: number): number {
  for (let i = columns; i < fields.length; i++) if (fields[i].trim() !== '') return i;
  return -1;
}

/** An attribute cell as written, except that a blank one is empty (so it cannot spoil a numeric column). */
export function attributeText(value: string | undefined): string {
  return value === undefined || value.trim() === '' ? '' : value;
}
