// Checks that every source_note in nodes.csv and edges.csv is a verbatim quote from the seed text it names.
// Usage: node data/seed-stories/check-quotes.mjs <directory holding the seed .txt files>   (exit 1 on a mismatch)

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

/** RFC 4180 rows as records keyed by the header. */
function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i]])));
}

// The texts use no-break spaces and line breaks inside sentences; quotes are compared with whitespace folded.
const fold = (text) => text.replace(/\s+/g, ' ');

const seeds = process.argv[2];
if (!seeds) {
  process.stderr.write('knet seed-stories: give the directory holding the seed texts, e.g. node check-quotes.mjs /work/shared/seeds\n');
  process.exit(2);
}
let problems = 0, checked = 0;
for (const file of ['nodes.csv', 'edges.csv']) {
  parseCsv(readFileSync(join(HERE, file), 'utf8')).forEach((row, i) => {
    // A node may name several files; its quote comes from the first.
    const seedFile = row.seed_file.split(';')[0];
    const text = fold(readFileSync(join(seeds, seedFile), 'utf8'));
    checked++;
    if (!text.includes(fold(row.source_note))) {
      problems++;
      process.stderr.write(`knet seed-stories: ${file} line ${i + 2}: quote not found in ${seedFile}: "${row.source_note}"\n`);
    }
  });
}
process.stdout.write(`knet seed-stories: ${checked - problems} of ${checked} quotes found verbatim\n`);
process.exit(problems ? 1 : 0);
