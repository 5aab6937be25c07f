// Stand-in CSV reader used only while @knet/core's readNetwork has not landed: nodes.csv + edges.csv or
// edges alone, with SPEC section 3's main warnings. core-bridge.ts switches to core's reader once it exists.
import {
  KnetInputError,
  NetworkBuilder,
  WarningCollector,
  parseFlag,
  parseNumber,
  parseThemes,
  type InputWarning,
  type Network,
} from '@knet/core';

interface Table {
  file: string;
  header: string[];
  rows: { line: number; cells: string[] }[];
}

const ALIASES: Record<string, string[]> = {
  id: ['id', 'key'],
  label: ['label', 'name'],
  source: ['source', 'from'],
  target: ['target', 'to'],
  weight: ['weight', 'strength'],
};

export async function fallbackReadCsv(
  nodes: { name: string; text: string } | undefined,
  edges: { name: string; text: string } | undefined,
  directed: boolean,
): Promise<{ network: Network; warnings: InputWarning[]; format: string }> {
  const warnings = new WarningCollector();
  const builder = new NetworkBuilder(directed);
  if (nodes) readNodes(parseTable(nodes.name, nodes.text), builder, warnings);
  if (edges) readEdges(parseTable(edges.name, edges.text), builder, warnings, nodes !== undefined);
  return { network: builder.finish(), warnings: warnings.list(), format: 'csv' };
}

function readNodes(table: Table, builder: NetworkBuilder, warnings: WarningCollector): void {
  const at = columnFinder(table);
  const id = at('id') ?? at('label');
  if (id === undefined) missing(table, 'id');
  const label = at('label');
  const known = new Set([id, label, at('type'), at('sector'), at('region'), at('pioneer'), at('themes')]);
  for (const { line, cells } of table.rows) {
    const key = cells[id!]?.trim() ?? '';
    if (!key) continue;
    const attributes: Record<string, string | number> = Object.create(null);
    table.header.forEach((name, c) => {
      if (known.has(c) || cells[c] === undefined || cells[c] === '') return;
      attributes[name] = parseNumber(cells[c]) ?? cells[c];
    });
    const added = builder.addOrganisation({
      id: key,
      label: label === undefined ? key : cells[label]?.trim() || key,
      type: cell(cells, at('type')),
      sector: cell(cells, at('sector')),
      region: cell(cells, at('region')),
      pioneer: parseFlag(cell(cells, at('pioneer'))) ?? false,
      themes: parseThemes(cell(cells, at('themes'))),
      attributes,
    });
    if (added < 0) {
      warnings.add('duplicate-organisation', (n) => `${n} organisation ${n === 1 ? 'id is' : 'ids are'} repeated (the first row wins)`, { file: table.file, line, value: key });
    }
  }
}

function readEdges(table: Table, builder: NetworkBuilder, warnings: WarningCollector, haveNodes: boolean): void {
  const at = columnFinder(table);
  const source = at('source');
  const target = at('target');
  if (source === undefined) missing(table, 'source');
  if (target === undefined) missing(table, 'target');
  const weight = at('weight');
  for (const { line, cells } of table.rows) {
    const from = cells[source!]?.trim() ?? '';
    const to = cells[target!]?.trim() ?? '';
    if (!from || !to) continue;
    let w = 1;
    if (weight !== undefined && cells[weight]?.trim()) {
      const parsed = parseNumber(cells[weight]);
      if (parsed === undefined || parsed <= 0) {
        warnings.add('bad-weight', (n) => `${n} ${n === 1 ? 'flow has' : 'flows have'} a weight that is not a positive number (skipped)`, { file: table.file, line, value: cells[weight] });
        continue;
      }
      w = parsed;
    }
    for (const id of [from, to]) {
      if (haveNodes && !builder.has(id)) {
        warnings.add('unknown-organisation', (n) => `${n} flows name unknown organisations`, { file: table.file, line, value: id });
      }
    }
    if (from === to) warnings.add('self-loop', (n) => `${n} ${n === 1 ? 'flow is a self-loop' : 'flows are self-loops'} (ignored by metrics)`, { file: table.file, line, value: from });
    const date = cell(cells, at('date'));
    builder.addFlow({ source: from, target: to, weight: w, type: cell(cells, at('type')), date: date || undefined });
  }
}

function cell(cells: string[], column: number | undefined): string {
  return column === undefined ? '' : (cells[column] ?? '').trim();
}

function columnFinder(table: Table): (field: string) => number | undefined {
  const lower = table.header.map((name) => name.trim().toLowerCase());
  return (field) => {
    for (const name of ALIASES[field] ?? [field]) {
      const found = lower.indexOf(name);
      if (found >= 0) return found;
    }
    return undefined;
  };
}

function missing(table: Table, column: string): never {
  throw new KnetInputError('missing-column', { file: table.file, line: 1 }, `no "${column}" column (found: ${table.header.join(', ')})`);
}

/** RFC 4180 with the delimiter guessed from the header line (comma, semicolon or tab). */
function parseTable(file: string, raw: string): Table {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (!text.trim()) throw new KnetInputError('empty', { file }, 'the file is empty');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = [',', ';', '\t'].reduce((best, d) => (firstLine.split(d).length > firstLine.split(best).length ? d : best), ',');
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else { if (ch === '\n') line++; field += ch; }
    } else if (ch === '"') { quoted = true; quoteLine = line; }
    else if (ch === delimiter) { cells.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(field);
      if (cells.some((c) => c !== '')) records.push({ line: recordLine, cells });
      cells = []; field = ''; line++; recordLine = line;
    } else field += ch;
  }
  if (quoted) throw new KnetInputError('unbalanced-quote', { file, line: quoteLine }, 'a quoted field is never closed');
  cells.push(field);
  if (cells.some((c) => c !== '')) records.push({ line: recordLine, cells });
  const [head, ...rows] = records;
  if (rows.length === 0) throw new KnetInputError('no-rows', { file }, 'the file has a header but no rows');
  return { file, header: head.cells.map((name) => name.trim()), rows };
}
