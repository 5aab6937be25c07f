// The map's layout worker: ForceAtlas2 until the dots barely move (or the budget runs out), then Noverlap,
// on flat typed arrays built here from the tie columns. The page only sends the ties once and receives
// positions at a steady pace, so a 50,000-tie layout costs it no graph building and no per-step copies.
import { inferSettings } from 'graphology-layout-forceatlas2';
import fa2Defaults from 'graphology-layout-forceatlas2/defaults.js';
import fa2Iterate from 'graphology-layout-forceatlas2/iterate.js';
import noverlapIterate from 'graphology-layout-noverlap/iterate.js';
import { extent, meanMove } from './layout-geometry.js';
import type { LayoutReply, LayoutRequest, LayoutSettings } from './layout-protocol.js';

const FA2_PPN = 10;
const scope = self as unknown as { postMessage(message: LayoutReply, transfer?: Transferable[]): void; onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null };

/** The current run; a new 'start' or a 'stop' replaces it, and its loops notice at their next slice. */
let current = 0;
let forces: { run: number; nodes: Float32Array; settings: LayoutSettings } | null = null;

scope.onmessage = (event) => {
  const request = event.data;
  if (request.kind === 'stop') {
    current++;
    return;
  }
  if (request.kind === 'start') {
    current = request.run;
    void runForces(request);
    return;
  }
  if (request.run === current && forces?.run === request.run) void runSeparation(request.run, forces.nodes, request.sizes, request.margin, forces.settings);
};

const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

function positionsOf(nodes: Float32Array, stride: number): Float32Array {
  const n = nodes.length / stride;
  const xy = new Float32Array(2 * n);
  for (let v = 0; v < n; v++) {
    xy[2 * v] = nodes[v * stride];
    xy[2 * v + 1] = nodes[v * stride + 1];
  }
  return xy;
}

function post(kind: LayoutReply['kind'], run: number, xy: Float32Array): void {
  scope.postMessage({ kind, run, xy }, [xy.buffer as ArrayBuffer]);
}

async function runForces(request: Extract<LayoutRequest, { kind: 'start' }>): Promise<void> {
  const { run, xy, source, target, weight, settings } = request;
  const n = xy.length / 2;
  // As graphology-layout-forceatlas2's graphToByteArrays: mass is 1 + weighted degree.
  const nodes = new Float32Array(n * FA2_PPN);
  for (let v = 0; v < n; v++) {
    const at = v * FA2_PPN;
    nodes[at] = xy[2 * v];
    nodes[at + 1] = xy[2 * v + 1];
    nodes[at + 6] = 1;
    nodes[at + 7] = 1;
    nodes[at + 8] = 1;
  }
  const edges = new Float32Array(source.length * 3);
  for (let k = 0; k < source.length; k++) {
    edges[3 * k] = source[k] * FA2_PPN;
    edges[3 * k + 1] = target[k] * FA2_PPN;
    edges[3 * k + 2] = weight[k];
    nodes[source[k] * FA2_PPN + 6] += weight[k];
    nodes[target[k] * FA2_PPN + 6] += weight[k];
  }
  forces = { run, nodes, settings };
  // iterate() reads every setting: the package's defaults under the inferred ones, as its supervisor does.
  const fa2 = { ...fa2Defaults, ...inferSettings(n), adjustSizes: false };
  const started = performance.now();
  let lastCheck = started;
  let lastPost = started;
  let previous = positionsOf(nodes, FA2_PPN);
  let calm = 0;
  while (run === current) {
    const sliceEnd = performance.now() + settings.slice;
    do fa2Iterate(fa2, nodes, edges);
    while (performance.now() < sliceEnd);
    const now = performance.now();
    if (now - lastCheck >= settings.checkEvery) {
      lastCheck = now;
      const at = positionsOf(nodes, FA2_PPN);
      const move = meanMove(previous, at) / Math.max(1e-9, extent(at));
      previous = at;
      calm = move < settings.settledMove ? calm + 1 : 0;
      if (calm >= 2 || now - started > settings.budget) {
        post('forces-done', run, positionsOf(nodes, FA2_PPN));
        return;
      }
    }
    if (now - lastPost >= settings.postEvery) {
      lastPost = now;
      post('positions', run, positionsOf(nodes, FA2_PPN));
    }
    await pause();
  }
}

async function runSeparation(run: number, fa2Nodes: Float32Array, sizes: Float32Array, margin: number, settings: LayoutSettings): Promise<void> {
  const n = sizes.length;
  const nodes = new Float32Array(n * 3);
  for (let v = 0; v < n; v++) {
    nodes[3 * v] = fa2Nodes[v * FA2_PPN];
    nodes[3 * v + 1] = fa2Nodes[v * FA2_PPN + 1];
    nodes[3 * v + 2] = sizes[v];
  }
  const options = { margin, ratio: 1, gridSize: 20, expansion: 1.1, speed: 3 };
  const started = performance.now();
  let lastPost = started;
  while (run === current) {
    const sliceEnd = performance.now() + settings.slice;
    let converged = false;
    do converged = noverlapIterate(options, nodes).converged;
    while (!converged && performance.now() < sliceEnd);
    const now = performance.now();
    if (converged || now - started > settings.separateBudget) {
      post('settled', run, positionsOf(nodes, 3));
      return;
    }
    if (now - lastPost >= settings.postEvery) {
      lastPost = now;
      post('positions', run, positionsOf(nodes, 3));
    }
    await pause();
  }
}
