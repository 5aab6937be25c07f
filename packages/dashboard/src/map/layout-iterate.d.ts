// The two layout packages' single-iteration functions on flat matrices (CommonJS, untyped): the layout
// worker drives them directly, so no graphology graph has to be built on the page for the layout.
declare module 'graphology-layout-forceatlas2/iterate.js' {
  /** One ForceAtlas2 step; NodeMatrix holds 10 floats per node, EdgeMatrix 3 per edge (ends as node*10). */
  export default function iterate(settings: Record<string, unknown>, nodes: Float32Array, edges: Float32Array): void;
}
declare module 'graphology-layout-noverlap/iterate.js' {
  /** One Noverlap step; NodeMatrix holds x, y, size per node. */
  export default function iterate(settings: Record<string, unknown>, nodes: Float32Array): { converged: boolean };
}
declare module 'graphology-layout-forceatlas2/defaults.js' {
  const defaults: Record<string, unknown>;
  export default defaults;
}
