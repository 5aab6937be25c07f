// --by COLUMN: a grouping that must exist in the nodes file, else a usage error that lists the columns there are.
import type { Network } from '../model/network.js';
import { UsageError } from './errors.js';

const FIELDS = ['type', 'sector', 'region', 'pioneer'];

/** Throws a UsageError unless `by` is a standard field or a column some organisation has; `choices` lists the usual ones. */
export function checkGroupingColumn(network: Network, command: string, by: string, choices: string): void {
  const has = (name: string) => network.organisations.some((o) => Object.prototype.hasOwnProperty.call(o.attributes, name));
  if (FIELDS.includes(by) || has(by)) return;
  const columns = [...new Set(network.organisations.flatMap((o) => Object.keys(o.attributes)))].sort();
  const other = columns.length ? `, or a column of the nodes file: ${columns.slice(0, 10).join(', ')}` : '';
  throw new UsageError(command, `--by ${by}: no organisation has that column (group by ${choices}${other})`);
}
