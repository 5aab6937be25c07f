// docs/metrics.md carries the catalogue's reference section verbatim, and names every column and figure:
// change a metric's words in catalogue.ts and this test says the docs must follow (KNET_UPDATE_DOCS=1 rewrites).
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REASON_CODES } from '../../src/isolation/reasons.js';
import { METRIC_COLUMNS, NETWORK_FIGURES } from '../../src/metrics/catalogue.js';
import { catalogueMarkdown, END, START } from './catalogue-markdown.js';

const DOC = new URL('../../../../docs/metrics.md', import.meta.url);

describe('docs/metrics.md', () => {
  it('holds the reference section generated from the catalogue', () => {
    const generated = `${START}\n${catalogueMarkdown()}\n${END}`;
    const read = () => {
      const text = readFileSync(DOC, 'utf8');
      return { text, start: text.indexOf(START), end: text.indexOf(END) + END.length };
    };
    let doc = read();
    expect(doc.start, 'docs/metrics.md needs the catalogue markers').toBeGreaterThanOrEqual(0);
    expect(doc.end).toBeGreaterThan(doc.start);
    if (process.env.KNET_UPDATE_DOCS === '1') {
      writeFileSync(DOC, doc.text.slice(0, doc.start) + generated + doc.text.slice(doc.end));
      doc = read();
    }
    expect(doc.text.slice(doc.start, doc.end)).toBe(generated);
  });

  it('documents every column and figure, each with a formula and a NetworkX call', () => {
    const text = readFileSync(DOC, 'utf8');
    for (const entry of [...METRIC_COLUMNS, ...NETWORK_FIGURES]) {
      expect(text).toContain(`\`${entry.id}\``);
      expect(entry.description.length).toBeGreaterThan(20);
      expect(entry.formula.length).toBeGreaterThan(0);
      expect(entry.networkx.length).toBeGreaterThan(0);
    }
    expect(new Set(METRIC_COLUMNS.map((column) => column.id)).size).toBe(METRIC_COLUMNS.length);
  });

  it('explains every isolation reason, with its condition', () => {
    const text = readFileSync(DOC, 'utf8');
    for (const code of REASON_CODES) expect(text).toMatch(new RegExp(`^\\| \`${code}\` \\|`, 'm'));
  });
});
