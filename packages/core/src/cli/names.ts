// Organisations as people name them on the command line and read them in output: by id, or by a label
// that only one organisation has; shown as "Label (id)" unless the two are the same.
import type { Network } from '../model/network.js';
import type { Organisation } from '../model/organisation.js';
import { UsageError } from './errors.js';

/** "Wigan Council (wigan-council)", or the id alone when it is the label. Untrusted: pass through plainText for terminals. */
export function organisationName(organisation: Organisation): string {
  return organisation.label === organisation.id ? organisation.id : `${organisation.label} (${organisation.id})`;
}

/**
 * The organisation a person typed: its id exactly, else the one organisation with that label. Anything else
 * is a mistake in the command (exit 2), said in one line.
 */
export function findOrganisation(network: Network, command: string, typed: string, where: string): number {
  const byId = network.indexOf(typed);
  if (byId >= 0) return byId;
  const byLabel = network.organisations.flatMap((organisation, index) => (organisation.label === typed ? [index] : []));
  if (byLabel.length === 1) return byLabel[0];
  if (byLabel.length > 1) throw new UsageError(command, `${where}: ${byLabel.length} organisations are labelled "${typed}"; give one of their ids`);
  throw new UsageError(command, `${where}: "${typed}" is not an organisation in the network (give its id or label as in the nodes file)`);
}
