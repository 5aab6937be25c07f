// Names in exports: with "Anonymise exports" on, every export is written from the network with pseudonyms
// (@knet/core anonymise, run in the worker), except organisations whose `consent` column says yes. The
// pseudonym key is a separate file, written only when the user asks for it.
import { type Network, type PseudonymEntry, writeCsv } from '@knet/core';
import type { Actions } from '../state/actions.js';
import type { Store } from '../state/store.js';

/** The network exports are written from: the loaded one, or its anonymised twin (same organisations, same order). */
export async function exportNetwork(store: Store, actions: Actions): Promise<Network> {
  const { network, anonymise } = store.get();
  if (!network) throw new Error('nothing to export yet: no network is loaded');
  return anonymise ? (await actions.anonymised()).network : network;
}

/** Labels by organisation index for drawings (SVG, PNG): pseudonyms when anonymising, else null (the real labels). */
export async function exportLabels(store: Store, actions: Actions): Promise<((index: number) => string) | null> {
  if (!store.get().anonymise) return null;
  const { network } = await actions.anonymised();
  return (index) => network.organisations[index].label;
}

/** The pseudonym key: real id and label beside each pseudonym. Sensitive: keep it apart from the exports. */
export function pseudonymKey(mapping: readonly PseudonymEntry[]): string {
  return writeCsv(['id', 'label', 'pseudonym', 'consented'], mapping.map((entry) => [entry.id, entry.label, entry.pseudonym, entry.consented]));
}
