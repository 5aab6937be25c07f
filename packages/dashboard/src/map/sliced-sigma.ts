// sigma re-reads every node (its reducers) and re-indexes them (normalised positions, the label grid, the
// WebGL arrays) in one go, in refresh() and in render()'s process(): 100,000 organisations block the page for
// a second or more. For a big graph this takes over both on one sigma instance and does the same steps in
// slices of a few thousand nodes, a task each. The last frame stays on screen until the new one is ready.
// It reaches into sigma's internals (names as in sigma 3.0's sigma.esm.js), so it is kept to this one file.
import type Sigma from 'sigma';
import { Camera } from 'sigma';
import type { Settings } from 'sigma/settings';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { createNormalizationFunction, graphExtent, matrixFromCamera, zIndexOrdering } from 'sigma/utils';
import type { Attributes } from 'graphology-types';
import { nextTask } from '../tasks.js';

export const SLICED_SIGMA_DEFAULTS = {
  /** Graphs with fewer nodes keep sigma's own refresh and process (big maps start at 2,000, see map-view.ts). */
  from: 2_000,
  nodesPerSlice: 12_000,
};

type Extent = { x: [number, number]; y: [number, number] };
type RefreshOptions = { partialGraph?: { nodes?: string[]; edges?: string[] }; schedule?: boolean; skipIndexation?: boolean };
type Program = { reallocate(capacity: number): void };

/** The parts of a sigma instance this file uses (private in sigma's types). */
interface SigmaInternals {
  graph: { order: number; nodes(): string[]; edges(): string[]; getNodeAttributes(node: string): Attributes };
  settings: Settings;
  needToProcess: boolean;
  renderFrame: number | null;
  nodeDataCache: Record<string, NodeDisplayData>;
  edgeDataCache: Record<string, EdgeDisplayData>;
  nodePrograms: Record<string, Program>;
  edgePrograms: Record<string, Program>;
  nodeExtent: Extent;
  nodeZExtent: [number, number];
  edgeZExtent: [number, number];
  customBBox: Extent | null;
  normalizationFunction: ReturnType<typeof createNormalizationFunction>;
  labelGrid: { resizeAndClear(dimensions: { width: number; height: number }, cellSize: number): void; add(key: string, size: number, position: { x: number; y: number }): void; organize(): void };
  nodesWithForcedLabels: Set<string>;
  edgesWithForcedLabels: Set<string>;
  highlightedNodes: Set<string>;
  itemIDsIndex: Record<number, { type: 'node' | 'edge'; id: string }>;
  nodeIndices: Record<string, number>;
  edgeIndices: Record<string, number>;
  render(): unknown;
  refresh(options?: RefreshOptions): unknown;
  kill(): void;
  addNode(node: string): void;
  addEdge(edge: string): void;
  addNodeToProgram(node: string, fingerprint: number, position: number): void;
  addEdgeToProgram(edge: string, fingerprint: number, position: number): void;
  emit(event: string): void;
}

export interface SlicedWork {
  /** Resolves once sigma has drawn a frame with everything asked of it so far (at once when nothing is pending). */
  drawn(): Promise<void>;
}

/** Puts sigma's full refreshes and re-indexing of a big graph into slices (see the top of this file). */
export function sliceSigmaWork<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>, settings = SLICED_SIGMA_DEFAULTS): SlicedWork {
  const internals = sigma as unknown as SigmaInternals;
  const render = internals.render.bind(sigma);
  const refresh = internals.refresh.bind(sigma);
  const kill = internals.kill.bind(sigma);
  const big = () => internals.graph.order >= settings.from;
  /** A full refresh was asked: every node's and tie's display data is read again (reducers) before re-indexing. */
  let reread = false;
  let running = false;
  let killed = false;
  let waiting: (() => void)[] = [];

  internals.kill = () => {
    killed = true;
    kill();
    for (const resolve of waiting) resolve();
    waiting = [];
  };
  internals.refresh = (options?: RefreshOptions) => {
    if (!big()) return refresh(options);
    if (options?.partialGraph) {
      // Mid-slices, sigma's own in-place update would write into arrays being rebuilt: re-index afterwards instead.
      return refresh(running ? { ...options, skipIndexation: false, schedule: true } : options);
    }
    reread = true;
    internals.needToProcess = true;
    if (options?.schedule) requestFrame();
    else internals.render();
    return sigma;
  };
  internals.render = () => {
    if (killed) return sigma;
    if (internals.renderFrame !== null) cancelAnimationFrame(internals.renderFrame);
    internals.renderFrame = null;
    if (running) return sigma;
    if (!internals.needToProcess || !big()) {
      render();
      const done = waiting;
      waiting = [];
      for (const resolve of done) resolve();
      return sigma;
    }
    running = true;
    void inSlices().then(() => {
      running = false;
      // Asked again meanwhile (needToProcess): another round of slices, else the frame.
      if (!killed) internals.render();
    });
    return sigma;
  };

  const pending = () => running || internals.needToProcess || internals.renderFrame !== null;

  function requestFrame(): void {
    if (internals.renderFrame === null) internals.renderFrame = requestAnimationFrame(() => internals.render());
  }

  /** Slices up to this point are done; false when sigma was killed meanwhile. */
  async function breathe(): Promise<boolean> {
    await nextTask();
    return !killed;
  }

  async function inSlices(): Promise<void> {
    await nextTask();
    if (killed) return;
    const per = settings.nodesPerSlice;
    const graph = internals.graph;
    const nodes = graph.nodes();
    internals.needToProcess = false;
    if (reread) {
      reread = false;
      // As sigma's refresh(): each node's display data from the reducers, and the states built from them.
      internals.nodesWithForcedLabels = new Set();
      internals.highlightedNodes = new Set();
      internals.nodeZExtent = [Infinity, -Infinity];
      internals.edgesWithForcedLabels = new Set();
      internals.edgeZExtent = [Infinity, -Infinity];
      for (let from = 0; from < nodes.length; from += per) {
        for (let k = from; k < Math.min(nodes.length, from + per); k++) internals.addNode(nodes[k]);
        if (!(await breathe())) return;
      }
      for (const edge of graph.edges()) internals.addEdge(edge);
      if (!(await breathe())) return;
    }
    // As sigma's process(): normalised positions, the label grid and the programs' arrays.
    internals.emit('beforeProcess');
    const sigmaSettings = internals.settings;
    const dimensions = sigma.getDimensions();
    let extent = graphExtent(graph as never) as Extent;
    if (!sigmaSettings.autoRescale) {
      const { width, height } = dimensions;
      const cx = (extent.x[0] + extent.x[1]) / 2;
      const cy = (extent.y[0] + extent.y[1]) / 2;
      extent = { x: [cx - width / 2, cx + width / 2], y: [cy - height / 2, cy + height / 2] };
    }
    internals.nodeExtent = extent;
    internals.normalizationFunction = createNormalizationFunction(internals.customBBox || extent);
    const matrix = matrixFromCamera(new Camera().getState(), dimensions, sigma.getGraphDimensions(), sigma.getStagePadding());
    internals.labelGrid.resizeAndClear(dimensions, sigmaSettings.labelGridCellSize);
    const perProgram: Record<string, number> = {};
    const cache = internals.nodeDataCache;
    for (let from = 0; from < nodes.length; from += per) {
      for (let k = from; k < Math.min(nodes.length, from + per); k++) {
        const node = nodes[k];
        const data = cache[node];
        const attributes = graph.getNodeAttributes(node);
        data.x = attributes.x;
        data.y = attributes.y;
        internals.normalizationFunction.applyTo(data);
        if (typeof data.label === 'string' && !data.hidden) internals.labelGrid.add(node, data.size, sigma.framedGraphToViewport(data, { matrix }));
        perProgram[data.type] = (perProgram[data.type] || 0) + 1;
      }
      if (!(await breathe())) return;
    }
    internals.labelGrid.organize();
    for (const type in internals.nodePrograms) {
      internals.nodePrograms[type].reallocate(perProgram[type] || 0);
      perProgram[type] = 0;
    }
    const [zLow, zHigh] = internals.nodeZExtent;
    const ordered = sigmaSettings.zIndex && zLow !== zHigh ? zIndexOrdering(internals.nodeZExtent, (node: string) => cache[node].zIndex, nodes) : nodes;
    if (!(await breathe())) return;
    const nodeIndices: Record<string, number> = {};
    const itemIDsIndex: SigmaInternals['itemIDsIndex'] = {};
    let id = 1;
    for (let from = 0; from < ordered.length; from += per) {
      for (let k = from; k < Math.min(ordered.length, from + per); k++) {
        const node = ordered[k];
        nodeIndices[node] = id;
        itemIDsIndex[id] = { type: 'node', id: node };
        id++;
        internals.addNodeToProgram(node, nodeIndices[node], perProgram[cache[node].type]++);
      }
      if (!(await breathe())) return;
    }
    // Ties in one go: a big map draws a few thousand (drawn-ties.ts), and they may change between slices.
    const edgeCache = internals.edgeDataCache;
    let edges = graph.edges().filter((edge) => edgeCache[edge]);
    const perEdgeProgram: Record<string, number> = {};
    for (const edge of edges) perEdgeProgram[edgeCache[edge].type] = (perEdgeProgram[edgeCache[edge].type] || 0) + 1;
    const [eLow, eHigh] = internals.edgeZExtent;
    if (sigmaSettings.zIndex && eLow !== eHigh) edges = zIndexOrdering(internals.edgeZExtent, (edge: string) => edgeCache[edge].zIndex, edges);
    for (const type in internals.edgePrograms) {
      internals.edgePrograms[type].reallocate(perEdgeProgram[type] || 0);
      perEdgeProgram[type] = 0;
    }
    const edgeIndices: Record<string, number> = {};
    for (const edge of edges) {
      edgeIndices[edge] = id;
      itemIDsIndex[id] = { type: 'edge', id: edge };
      id++;
      internals.addEdgeToProgram(edge, edgeIndices[edge], perEdgeProgram[edgeCache[edge].type]++);
    }
    internals.itemIDsIndex = itemIDsIndex;
    internals.nodeIndices = nodeIndices;
    internals.edgeIndices = edgeIndices;
    internals.emit('afterProcess');
  }

  return {
    drawn: () => (pending() && !killed ? new Promise((resolve) => waiting.push(resolve)) : Promise.resolve()),
  };
}
