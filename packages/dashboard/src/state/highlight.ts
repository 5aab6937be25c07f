// Flows picked in the silo matrix: one cell (a pair of groups), the flows it counts and the organisations at
// their ends, for the map to show. Pure data from the silo payload; no DOM.
import type { Network } from '@knet/core';
import type { SilosPayload } from '../workers/protocol.js';

export interface Highlight {
  row: number;
  column: number;
  /** Words for the cell, e.g. "health → housing: 12 ties". */
  label: string;
  /** 1 for each flow of the full network the cell counts. */
  flows: Uint8Array;
  organisations: ReadonlySet<number>;
  ties: number;
}

/** The cell's number: undirected matrices store each pair of groups once, row ≤ column. */
export function cellIndex(silos: SilosPayload, row: number, column: number): number {
  const k = silos.groups.length;
  return !silos.directed && row > column ? column * k + row : row * k + column;
}

export function tiesIn(silos: SilosPayload, row: number, column: number): number {
  return silos.ties[row * silos.groups.length + column];
}

/** "health → housing: 12 ties": row group → column group, read as the matrix is (undirected ties count either way). */
export function cellLabel(silos: SilosPayload, row: number, column: number, name: (group: string) => string): string {
  const ties = tiesIn(silos, row, column);
  const count = `${ties} ${ties === 1 ? 'tie' : 'ties'}`;
  return `${name(silos.groups[row])} → ${name(silos.groups[column])}: ${count}`;
}

export function cellHighlight(network: Network, silos: SilosPayload, row: number, column: number, name: (group: string) => string): Highlight {
  const cell = cellIndex(silos, row, column);
  const flows = new Uint8Array(silos.flowCell.length);
  const organisations = new Set<number>();
  for (let f = 0; f < flows.length; f++) {
    if (silos.flowCell[f] !== cell) continue;
    flows[f] = 1;
    organisations.add(network.flows.source[f]);
    organisations.add(network.flows.target[f]);
  }
  return { row, column, label: cellLabel(silos, row, column, name), flows, organisations, ties: tiesIn(silos, row, column) };
}
