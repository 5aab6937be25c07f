// The silo payload from @knet/core's groupMatrix and eiIndex: tie counts as one typed array, and for each
// flow of the full network the one cell it counts in (undirected: the cell with row ≤ column), so the page
// can pick a cell's flows without holding the filtered network.
import type { EiIndexResult, GroupMatrix } from '@knet/core';
import type { SiloGrouping } from '../state/view-state.js';
import type { SilosPayload } from './protocol.js';

/** `flowOrigin[f]`: the full network's number of the analysed network's flow f (null: the same network). */
export function silosPayload(grouping: SiloGrouping, matrix: GroupMatrix, ei: EiIndexResult, flowOrigin: Int32Array | null, fullFlows: number): SilosPayload {
  const k = matrix.groups.length;
  const ties = new Float64Array(k * k);
  const flowCell = new Int32Array(fullFlows).fill(-1);
  matrix.cells.forEach((cells, row) =>
    cells.forEach((cell, column) => {
      ties[row * k + column] = cell.ties;
      if (!matrix.directed && row > column) return;
      for (const f of cell.flows) flowCell[flowOrigin ? flowOrigin[f] : f] = row * k + column;
    }),
  );
  const byGroup = new Map(ei.groups.map((group) => [group.group, group]));
  return {
    grouping,
    groups: [...matrix.groups],
    organisations: [...matrix.sizes],
    ties,
    flowCell,
    ei: matrix.groups.map((name) => {
      const group = byGroup.get(name);
      return { internal: group?.internal ?? 0, external: group?.external ?? 0, ei: group?.ei ?? Number.NaN };
    }),
    overall: ei.overall,
    directed: matrix.directed,
    unassigned: { ...ei.unassigned },
  };
}
