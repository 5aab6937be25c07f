// Ties typed on the command line: `--add A,B`. An id that itself holds a comma is quoted as in CSV:
// --add '"Smith, Jones",B' (a doubled "" inside quotes is a quote).
import { UsageError } from './errors.js';

/** The two ids of `A,B`, or a one-line usage error naming the option and what was typed. */
export function parseTie(command: string, option: string, text: string): [string, string] {
  const ids: string[] = [];
  let at = 0;
  for (;;) {
    let id = '';
    if (text[at] === '"') {
      at++;
      for (;;) {
        if (at >= text.length) throw new UsageError(command, `--${option} ${text}: a quote is not closed`);
        if (text[at] === '"' && text[at + 1] === '"') (id += '"'), (at += 2);
        else if (text[at] === '"') break;
        else id += text[at++];
      }
      at++;
      if (at < text.length && text[at] !== ',') throw new UsageError(command, `--${option} ${text}: expected a comma after the quoted id`);
    } else {
      const comma = text.indexOf(',', at);
      id = text.slice(at, comma < 0 ? text.length : comma);
      at = comma < 0 ? text.length : comma;
    }
    ids.push(id.trim());
    if (at >= text.length) break;
    at++; // the comma
  }
  if (ids.length !== 2 || ids.some((id) => id === '')) {
    throw new UsageError(command, `--${option} needs two organisation ids separated by a comma, such as --${option} A,B (got "${text}")`);
  }
  return [ids[0], ids[1]];
}
