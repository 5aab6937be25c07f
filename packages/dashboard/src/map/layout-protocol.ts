// Messages between the map (layout.ts) and its layout worker (layout.worker.ts). Positions travel as
// Float32Array pairs (x0, y0, x1, y1, ...) by organisation index and are transferred, never cloned as objects.

export interface LayoutSettings {
  /** How often movement is measured (ms). */
  checkEvery: number;
  /** Settled when the mean move between checks is below this share of the map's extent. */
  settledMove: number;
  /** Forces stop after this long whatever the movement (ms). */
  budget: number;
  /** Positions are posted this often while moving (ms). */
  postEvery: number;
  /** Noverlap may never fully converge in a dense core: stop it after this long (ms). */
  separateBudget: number;
  /** The worker yields (to read a stop) after this long in a row (ms). */
  slice: number;
}

export type LayoutRequest =
  | {
      kind: 'start';
      run: number;
      xy: Float32Array;
      /** Tie ends (organisation indices) and weights; a directed pair tied both ways simply pulls twice. */
      source: Int32Array;
      target: Int32Array;
      weight: Float32Array;
      settings: LayoutSettings;
    }
  /** Noverlap, once the page has measured how big the dots are in graph units (radius per organisation). */
  | { kind: 'separate'; run: number; sizes: Float32Array; margin: number }
  | { kind: 'stop' };

export type LayoutReply =
  | { kind: 'positions'; run: number; xy: Float32Array }
  /** The forces have stopped: the page syncs these positions and answers with 'separate'. */
  | { kind: 'forces-done'; run: number; xy: Float32Array }
  | { kind: 'settled'; run: number; xy: Float32Array };
