// CSV output for the commands: src/io's writer (RFC 4180 quoting, formula-safe cells per SPEC section 3),
// fed with cells the commands have already formatted as text.
import { writeCsv } from '../io/csv/write.js';

export function csvDocument(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return writeCsv(header, rows);
}
