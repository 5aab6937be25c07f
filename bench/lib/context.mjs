// What the rows of one size share: the files, the knet Network and the peer's graphology Graph (each built
// once), the largest component of both, fresh copies per repetition, and the results rows compare.
import { buildGraphologyGraph, buildWithNetworkBuilder, graphologySubgraph, readWithKnet } from './load.mjs';

export function sizeContext({ size, spec, files, core, history, log }) {
  let network;
  let graph;
  let giant;
  let giantGraph;
  const api = core.api;
  const ctx = {
    size, spec, files, core, history, log,
    /** Results of this size's knet rows (by row id) and peers (by peer key). */
    knetResults: new Map(),
    /** Median milliseconds of this size's knet rows, by row id. */
    knetTimes: new Map(),
    /** The knet Network: the read row's result when it ran, else read (or built) once here, untimed. */
    async network() {
      network ??= (await readWithKnet(core, files)) ?? buildWithNetworkBuilder(core, files, spec.m);
      return network;
    },
    useNetwork(read) {
      network ??= read;
    },
    get graph() {
      graph ??= buildGraphologyGraph(files);
      return graph;
    },
    useGraph(built) {
      graph ??= built;
    },
    /** The largest component as a Network (the eigenvector row: the metric is defined on connected networks). */
    giant() {
      if (!giant) {
        const { index } = api.components(network);
        const mapped = api.filterNetworkMapped(network, { organisation: (_, i) => index[i] === 0 });
        giant = { network: mapped.network, ids: new Set(mapped.network.organisations.map((organisation) => organisation.id)) };
      }
      return giant;
    },
    giantGraph() {
      giantGraph ??= graphologySubgraph(ctx.graph, ctx.giant().ids);
      return giantGraph;
    },
    /**
     * A new Network object over the same data for each repetition, so per-network caches (the CSR view)
     * are rebuilt inside the timing, as on a user's first call. Null when filterNetwork has not landed.
     */
    freshNetwork(on) {
      const base = on === 'giant' ? ctx.giant().network : network;
      const fresh = core.has('filterNetwork') ? api.filterNetwork(base) : base;
      // 'indexed': the CSR view built before the timing starts (the peer's graph holds its index too).
      if (on === 'indexed') api.csrOf(fresh);
      return fresh;
    },
    /** A peer's id -> value mapping as a column aligned with `target`'s organisations. */
    aligned(mapping, target = network) {
      return Float64Array.from(target.organisations, (organisation) => mapping[organisation.id] ?? NaN);
    },
    progress(stage) {
      if (spec.n >= 100_000) log(`    ${stage}`);
    },
  };
  return ctx;
}
