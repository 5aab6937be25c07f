// nodes.csv: one organisation per row. The id column (or, Kumu's way, the label column) is required; type,
// sector, region, pioneer and themes fill the organisation's fields; every other column becomes an attribute.
import { parseFlag, parseThemes, typeColumn } from '../../model/attributes.js';
import type { NetworkAssembler } from '../assemble.js';
import { KnetInputError } from '../problems.js';
import { warn } from '../wording.js';
import { attributeText, firstExtraCell, isBlankRecord, locate, trimmedCell, type CsvFile } from './cells.js';
import { listColumns, NODE_ALIASES, resolveColumns, type ResolvedColumns, type NodeRole } from './columns.js';
import { eachRecord } from './records.js';

/** Reads the organisations of a nodes file into the assembler; returns how many data rows it had. */
export function readNodesCsv(assembler: NetworkAssembler, file: CsvFile): number {
  const { warnings } = assembler;
  let columns: ResolvedColumns<NodeRole> | undefined;
  let idIndex = -1;
  let labelIndex = -1;
  let rows = 0;
  // Extra columns are typed once every row is in (numbers only where every value parses).
  const extra: string[][] = [];
  const organisationOfRow: number[] = [];
  const cell = (fields: string[], index: number | undefined) => (index === undefined ? '' : (fields[index] ?? '').trim());

  eachRecord(file.name, file.bytes, file.delimiter, (fields, start) => {
    if (!columns) {
      columns = resolveColumns(fields, NODE_ALIASES);
      idIndex = columns.roles.id ?? columns.roles.label ?? -1;
      labelIndex = columns.roles.label ?? idIndex;
      if (idIndex < 0) {
        throw new KnetInputError(
          'missing-column',
          { file: file.name, line: start.line },
          `a nodes file needs an id column (named id or key, or a label/name column used as the id); the columns found are: ${listColumns(columns.names)}.`,
        );
      }
      for (let k = 0; k < columns.attributes.length; k++) extra.push([]);
      return;
    }
    if (isBlankRecord(fields)) return;
    rows++;
    const { roles } = columns;
    const extraCell = firstExtraCell(fields, columns.names.length);
    if (extraCell >= 0) warn(warnings, 'extra-cells', locate(file, start, extraCell, fields[extraCell]));
    const id = trimmedCell(file, start, fields, idIndex, warnings);
    if (id === '') {
      warn(warnings, 'missing-id', locate(file, start, idIndex));
      return;
    }
    if (assembler.indexOf(id) >= 0) {
      warn(warnings, 'duplicate-organisation', locate(file, start, idIndex, id));
      return;
    }
    const label = labelIndex === idIndex ? id : trimmedCell(file, start, fields, labelIndex, warnings) || id;
    let pioneer = false;
    if (roles.pioneer !== undefined) {
      const flag = parseFlag(fields[roles.pioneer] ?? '');
      if (flag === undefined) warn(warnings, 'bad-flag', locate(file, start, roles.pioneer, fields[roles.pioneer]));
      pioneer = flag ?? false;
    }
    const organisation = assembler.addOrganisation({
      id,
      label,
      type: cell(fields, roles.type),
      sector: cell(fields, roles.sector),
      region: cell(fields, roles.region),
      pioneer,
      themes: roles.themes === undefined ? [] : parseThemes(fields[roles.themes] ?? ''),
    });
    organisationOfRow.push(organisation);
    columns.attributes.forEach(({ index }, k) => extra[k].push(attributeText(fields[index])));
  }, warnings);

  if (!columns) throw new KnetInputError('empty', { file: file.name }, 'this file is empty: it has no header and no rows.');
  columns.attributes.forEach(({ name }, k) => {
    const values = typeColumn(extra[k]);
    values.forEach((value, row) => assembler.setOrganisationAttribute(organisationOfRow[row], name, value));
  });
  return rows;
}
