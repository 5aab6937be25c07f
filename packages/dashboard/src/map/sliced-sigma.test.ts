import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';

// sigma's modules read WebGL constants when they load; these tests draw nothing.
const globals = globalThis as Record<string, unknown>;
for (const name of ['WebGLRenderingContext', 'WebGL2RenderingContext']) globals[name] ??= class {};
const { default: Sigma } = await import('sigma');
const { resolveSettings } = await import('sigma/settings');
const { sliceSigmaWork } = await import('./sliced-sigma.js');

type Row = (string | number | boolean | undefined)[];

/** A program that records what sigma writes into its arrays. */
class RecordingProgram {
  capacity = -1;
  rows: Row[] = [];
  reallocate(capacity: number): void {
    this.capacity = capacity;
    this.rows = [];
  }
  process(fingerprint: number, position: number, data: Record<string, unknown>): void {
    this.rows[position] = [fingerprint, data.x as number, data.y as number, data.size as number, data.color as string, data.hidden as boolean, data.type as string];
  }
}

/**
 * A sigma without WebGL or DOM: sigma's own methods (refresh, process, the indices) on an object with a
 * graph, settings, a size and recording programs. `render` only counts frames.
 */
function headlessSigma(graph: UndirectedGraph) {
  const sigma = Object.create(Sigma.prototype) as Record<string, unknown> & { frames: number };
  const settings = resolveSettings({
    zIndex: true,
    nodeReducer: (_key: string, data: Record<string, unknown>) => ({ ...data, zIndex: (data.i as number) % 3, type: (data.i as number) % 4 === 0 ? 'ring' : 'point', hidden: (data.i as number) % 11 === 0 }),
    edgeReducer: (_key: string, data: Record<string, unknown>) => ({ ...data, zIndex: (data.k as number) % 2 }),
  });
  Object.assign(sigma, {
    graph,
    settings,
    width: 800,
    height: 500,
    customBBox: null,
    frames: 0,
    needToProcess: false,
    renderFrame: null,
    nodePrograms: { ring: new RecordingProgram(), point: new RecordingProgram(), circle: new RecordingProgram() },
    edgePrograms: { line: new RecordingProgram() },
    nodeProgramIndex: {},
    edgeProgramIndex: {},
    edgeDataCache: {},
    nodesWithForcedLabels: new Set(),
    edgesWithForcedLabels: new Set(),
    highlightedNodes: new Set(),
    nodeZExtent: [Infinity, -Infinity],
    edgeZExtent: [Infinity, -Infinity],
    render() {
      sigma.frames++;
      return sigma;
    },
    kill() {},
    emit() {},
  });
  const internal = (name: string) => (Sigma.prototype as unknown as Record<string, (...args: unknown[]) => unknown>)[name].bind(sigma);
  internal('clearEdgeIndices')();
  internal('clearNodeIndices')();
  return { sigma, refresh: internal('refresh'), process: internal('process') };
}

function network(n: number): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (let i = 0; i < n; i++) graph.addNode(`n${i}`, { x: Math.cos(i) * i, y: Math.sin(i * 1.7) * i, i, size: 2 + (i % 5), label: `Organisation ${i}`, color: i % 2 ? '#123456' : '#abcdef' });
  for (let k = 0; k < n; k++) {
    const [source, target] = [`n${k}`, `n${(k * 7 + 3) % n}`];
    if (!graph.hasEdge(source, target)) graph.addEdgeWithKey(`e${k}`, source, target, { k, size: 1 });
  }
  return graph;
}

/** Everything process() leaves behind that a frame reads. */
function indexed(sigma: Record<string, unknown>) {
  const programs = (record: unknown) => Object.fromEntries(Object.entries(record as Record<string, RecordingProgram>).map(([type, p]) => [type, { capacity: p.capacity, rows: p.rows }]));
  const grid = sigma.labelGrid as { getLabelsToDisplay(ratio: number, density: number): string[] };
  return {
    nodes: programs(sigma.nodePrograms),
    edges: programs(sigma.edgePrograms),
    nodeIndices: sigma.nodeIndices,
    edgeIndices: sigma.edgeIndices,
    itemIDsIndex: sigma.itemIDsIndex,
    nodeProgramIndex: sigma.nodeProgramIndex,
    nodeExtent: sigma.nodeExtent,
    labels: [1, 0.5, 0.1].map((ratio) => grid.getLabelsToDisplay(ratio, 1)),
    forced: [...(sigma.nodesWithForcedLabels as Set<string>)].sort(),
    zExtent: sigma.nodeZExtent,
  };
}

describe('sliceSigmaWork', () => {
  it('leaves sigma with the same display data and indices as its own refresh and process', async () => {
    const expected = headlessSigma(network(500));
    expected.refresh();
    expected.process();

    const sliced = headlessSigma(network(500));
    const work = sliceSigmaWork(sliced.sigma as never, { from: 100, nodesPerSlice: 37 });
    (sliced.sigma.refresh as () => void)();
    await work.drawn();

    const want = indexed(expected.sigma);
    // Not vacuous: dots of both types, ties, labels and z-order levels are there to compare.
    expect(want.nodes.point.rows.length).toBeGreaterThan(300);
    expect(want.nodes.ring.rows.length).toBeGreaterThan(100);
    expect(want.edges.line.rows.length).toBeGreaterThan(400);
    expect(want.labels[0].length).toBeGreaterThan(10);
    expect(want.zExtent).toEqual([0, 2]);
    expect(sliced.sigma.frames).toBe(1);
    expect(sliced.sigma.needToProcess).toBe(false);
    expect(indexed(sliced.sigma)).toEqual(indexed(expected.sigma));
    expect(sliced.sigma.nodeDataCache).toEqual(expected.sigma.nodeDataCache);
  });

  it('re-indexes moved nodes without re-reading them, and leaves small graphs to sigma', async () => {
    const expected = headlessSigma(network(300));
    const sliced = headlessSigma(network(300));
    const work = sliceSigmaWork(sliced.sigma as never, { from: 100, nodesPerSlice: 50 });
    expected.refresh();
    expected.process();
    (sliced.sigma.refresh as () => void)();
    await work.drawn();
    for (const { graph } of [expected.sigma, sliced.sigma] as unknown as { graph: UndirectedGraph }[]) graph.forEachNode((_key, attributes) => void (attributes.x += 1000 * (attributes.i % 2)));
    expected.process();
    (sliced.sigma.refresh as (options: unknown) => void)({ partialGraph: { nodes: [] } });
    await work.drawn();
    expect(indexed(sliced.sigma)).toEqual(indexed(expected.sigma));

    const small = headlessSigma(network(50));
    sliceSigmaWork(small.sigma as never, { from: 100, nodesPerSlice: 10 });
    (small.sigma.refresh as () => void)();
    // Below `from`, sigma's own refresh: display data at once, the frame at once.
    expect(Object.keys(small.sigma.nodeDataCache as object)).toHaveLength(50);
    expect(small.sigma.frames).toBe(1);
  });
});
