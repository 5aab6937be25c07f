// Which delimiter a CSV file uses: comma, semicolon (European spreadsheets) or tab, counted on the header
// line outside quotes. Ties go to the comma, then the semicolon.

export type Delimiter = ',' | ';' | '\t';

const CANDIDATES: readonly Delimiter[] = [',', ';', '\t'];
const QUOTE = 0x22;

/** The delimiter of the header line; a comma when the header has a single column. */
export function detectDelimiter(bytes: Uint8Array): Delimiter {
  const counts = [0, 0, 0];
  let quoted = false;
  let start = 0;
  while (bytes[start] === 0x0a || bytes[start] === 0x0d) start++;
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (b === 0x0a || b === 0x0d) break;
    else if (b === 0x2c) counts[0]++;
    else if (b === 0x3b) counts[1]++;
    else if (b === 0x09) counts[2]++;
  }
  let best = 0;
  for (let k = 1; k < CANDIDATES.length; k++) if (counts[k] > counts[best]) best = k;
  return CANDIDATES[best];
}

export function delimiterName(delimiter: Delimiter): string {
  return delimiter === ',' ? 'comma' : delimiter === ';' ? 'semicolon' : 'tab';
}
