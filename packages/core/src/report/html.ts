// Small HTML builders for the report. Every piece of text from the data is untrusted (labels, sectors,
// themes, file names): it goes through esc(), which escapes & < > " ' so it can be neither markup nor leave
// a quoted attribute. Builders take text and escape it; only `raw` strings (built here) pass unescaped.
import { escapeXml } from '../drawing/svg.js';
import type { TableColumn } from '../cli/format.js';

/** Text made safe for HTML content and double- or single-quoted attributes. */
export const esc = escapeXml;

/** A table: columns right-aligned where numbers are; header repeated on each printed page (thead). */
export function table(columns: readonly TableColumn[], rows: readonly (readonly string[])[], className = ''): string {
  const head = columns.map((column) => `<th scope="col"${column.right ? ' class="n"' : ''}>${esc(column.header)}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${row.map((cell, c) => `<td${columns[c]?.right ? ' class="n"' : ''}>${esc(cell)}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table${className ? ` class="${esc(className)}"` : ''}><thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>`;
}

/** Label and value pairs, as a definition list. */
export function fieldList(fields: readonly (readonly [string, string])[]): string {
  return `<dl class="fields">\n${fields.map(([label, value]) => `<dt>${esc(label)}</dt><dd>${esc(value)}</dd>`).join('\n')}\n</dl>`;
}

export function paragraph(text: string, className = ''): string {
  return `<p${className ? ` class="${esc(className)}"` : ''}>${esc(text)}</p>`;
}

export function section(id: string, heading: string, body: readonly string[]): string {
  return `<section id="${esc(id)}">\n<h2>${esc(heading)}</h2>\n${body.filter(Boolean).join('\n')}\n</section>`;
}
