// edges.csv: one knowledge flow per row. source and target are required; weight, type and date fill the
// flow's fields (a bad weight skips the flow, a bad date only loses the date); other columns are attributes.
// Gephi's Type column of Directed/Undirected is direction, not flow type (see ../direction.ts).
import { parseNumber, typeColumn } from '../../model/attributes.js';
import type { NetworkAssembler } from '../assemble.js';
import { DirectionTally } from '../direction.js';
import { isIsoDate } from '../iso-date.js';
import { KnetInputError } from '../problems.js';
import { warn, warnUnknown } from '../wording.js';
import { attributeText, firstExtraCell, isBlankRecord, locate, trimmedCell, type CsvFile } from './cells.js';
import { EDGE_ALIASES, listColumns, NODE_ALIASES, resolveColumns, type EdgeRole, type ResolvedColumns } from './columns.js';
import type { Delimiter } from './dialect.js';
import { eachRecord } from './records.js';

export interface EdgesRead {
  rows: number;
  /** What the type column said about direction, when it held only Directed/Undirected. */
  direction: DirectionTally;
}

/**
 * Reads the flows of an edges file into the assembler. `nodesFile` names the nodes file when one defined
 * the organisations (ids it lacks are then created with a warning, by the flows that are kept). Without one,
 * every id a row names is an organisation, whether or not its flow is kept.
 */
export function readEdgesCsv(assembler: NetworkAssembler, file: CsvFile, nodesFile: string | undefined): EdgesRead {
  const { warnings } = assembler;
  let columns: ResolvedColumns<EdgeRole> | undefined;
  let sourceIndex = -1;
  let targetIndex = -1;
  let rows = 0;
  const extra: string[][] = [];
  const direction = new DirectionTally();
  // Organisations from index `before` on were not in the nodes file: a flow naming one is reported.
  const before = assembler.organisationCount;
  const created = () => assembler.organisationCount - before;

  eachRecord(file.name, file.bytes, file.delimiter, (fields, start) => {
    if (!columns) {
      columns = resolveColumns(fields, EDGE_ALIASES);
      sourceIndex = columns.roles.source ?? -1;
      targetIndex = columns.roles.target ?? -1;
      if (sourceIndex < 0 || targetIndex < 0) throw missingColumn(file.name, start.line, columns, sourceIndex < 0 ? 'source' : 'target');
      for (let k = 0; k < columns.attributes.length; k++) extra.push([]);
      assembler.setFlowOrigin({ file: file.name, column: sourceIndex + 1 });
      return;
    }
    if (isBlankRecord(fields)) return;
    rows++;
    const { roles } = columns;
    const extraCell = firstExtraCell(fields, columns.names.length);
    if (extraCell >= 0) warn(warnings, 'extra-cells', locate(file, start, extraCell, fields[extraCell]));
    const sourceId = trimmedCell(file, start, fields, sourceIndex, warnings);
    const targetId = trimmedCell(file, start, fields, targetIndex, warnings);
    // Without a nodes file the ids are the organisations: each one a row names counts, even when the flow
    // itself is skipped below (with its own warning). With a nodes file a skipped flow creates nothing.
    if (nodesFile === undefined) {
      if (sourceId !== '') assembler.ensureOrganisation(sourceId);
      if (targetId !== '') assembler.ensureOrganisation(targetId);
    }
    if (sourceId === '' || targetId === '') {
      warn(warnings, 'missing-id', locate(file, start, sourceId === '' ? sourceIndex : targetIndex));
      return;
    }
    const weightText = roles.weight === undefined ? '' : (fields[roles.weight] ?? '');
    const weight = parseWeight(weightText, file.delimiter);
    if (weight === undefined) {
      warn(warnings, 'bad-weight', locate(file, start, roles.weight ?? 0, weightText));
      return;
    }
    let date: string | undefined;
    if (roles.date !== undefined) {
      const text = (fields[roles.date] ?? '').trim();
      if (text !== '' && !isIsoDate(text)) warn(warnings, 'bad-date', locate(file, start, roles.date, text));
      else if (text !== '') date = text;
    }
    const type = roles.type === undefined ? '' : (fields[roles.type] ?? '').trim();
    const source = assembler.ensureOrganisation(sourceId);
    const target = assembler.ensureOrganisation(targetId);
    if (nodesFile !== undefined && (source >= before || target >= before)) {
      const [id, index] = source >= before ? [sourceId, sourceIndex] : [targetId, targetIndex];
      warnUnknown(warnings, created, nodesFile, locate(file, start, index, id));
    }
    if (source === target) warn(warnings, 'self-loop', locate(file, start, sourceIndex, sourceId));
    const flow = assembler.addFlow(source, target, weight, type, date, start.line);
    if (type !== '') direction.see(type, flow, source === target, () => locate(file, start, roles.type!, type));
    columns.attributes.forEach(({ index }, k) => extra[k].push(attributeText(fields[index])));
  }, warnings);

  if (!columns) throw new KnetInputError('empty', { file: file.name }, 'this file is empty: it has no header and no rows.');
  columns.attributes.forEach(({ name }, k) => assembler.setFlowColumn(name, typeColumn(extra[k])));
  return { rows, direction };
}

/** A positive weight; empty means 1. Semicolon files may use a decimal comma (`1,5`), as their spreadsheets write it. */
export function parseWeight(text: string, delimiter: Delimiter): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return 1;
  let value = parseNumber(trimmed);
  if (value === undefined && delimiter === ';' && /^[+-]?\d+,\d+$/.test(trimmed)) value = Number(trimmed.replace(',', '.'));
  return value !== undefined && value > 0 ? value : undefined;
}

function missingColumn(file: string, line: number, columns: ResolvedColumns<EdgeRole>, role: 'source' | 'target'): KnetInputError {
  const looked = EDGE_ALIASES[role].join(' or ');
  // A nodes file given as the edges file is a common slip: say so.
  const keys = columns.names.map((name) => name.toLowerCase());
  const hint = NODE_ALIASES.id.some((alias) => keys.includes(alias)) && columns.roles.source === undefined ? ' It looks like a nodes file; give it as the nodes file.' : '';
  return new KnetInputError(
    'missing-column',
    { file, line },
    `an edges file needs a ${role} column (named ${looked}); the columns found are: ${listColumns(columns.names)}.${hint}`,
  );
}
