// The benchmark's rows, declared once: the knet call, the peer it is measured against, when either is
// skipped, how their results are compared, and the issue's target for each size.
import { PEERS } from './peers.mjs';
import { buildGraphologyGraph, buildWithNetworkBuilder, knetReaderName, readWithKnet } from './load.mjs';
import { maxAbsDifference, spearman, topOverlap } from './stats.mjs';
import {
  fasterThanPeer, memoryAtMost, ranksLikeExact, ratioAtMost, secondsAtMost, secondsBelow,
} from './targets.mjs';

const IGRAPH_M = { betweenness: 14.4, pagerank: 0.018, eigenvector: 0.033, coreNumber: 0.0015, constraint: 0.029 };
/** The peers' times on M in the issue's table (seconds), to rescale igraph's times to this machine. */
export const ISSUE_PEER_M = { betweenness: 30.4, closeness: 10.4, pagerank: 0.1, eigenvector: 0.13, louvain: 0.21 };
// (Not k-core: the issue does not say which graphology k-core it timed; ours is written in lib/peers.mjs.)
const ALL = ['S', 'M', 'L', 'XL'];
const UP_TO_L = ['S', 'M', 'L'];
/** Above this many organisations exact all-pairs searches take many minutes (O(n·m)): skipped unless --exact-large. */
const QUADRATIC_LIMIT = 20_000;

/** The rows for these options ({ workers: number[], sample, approxAbove, exactLarge, xlPeer }). */
export function benchRows(options) {
  const most = Math.max(...options.workers);
  const peer = (key) => ({ key, name: PEERS[key].name, run: (ctx) => PEERS[key].run(ctx.graph) });
  const quadraticPeer = (ctx, key) => (ctx.spec.n > QUADRATIC_LIMIT ? `peer skipped: O(n·m), ${estimate(ctx, `peer:${key}`)}` : null);
  const quadraticKnet = (ctx, id) =>
    ctx.spec.n > QUADRATIC_LIMIT && !options.exactLarge ? `exact skipped: O(n·m), ${estimate(ctx, `knet:${id}`)} (--exact-large runs it)` : null;
  const agreeWithPeer = (pick) => (ctx, ours, theirs) =>
    `max Δ vs peer ${maxAbsDifference(pick(ours), ctx.aligned(theirs)).toExponential(1)}`;

  const rows = [
    // First, so its memory is measured before anything else of this size is loaded (the XL bar is 4 GB).
    {
      id: 'pipeline', groups: ['xl'], label: 'read + degree + components + PageRank + core number + reach', sizes: ALL, fresh: false,
      needs: ['degree', 'components', 'pagerank', 'coreNumber', 'reach'],
      knet: async (ctx) => {
        const api = ctx.core.api;
        const network = (await readWithKnet(ctx.core, ctx.files)) ?? buildWithNetworkBuilder(ctx.core, ctx.files, ctx.spec.m);
        const stages = [['degree', api.degree], ['components', api.components], ['PageRank', api.pagerank],
          ['core number', api.coreNumber], ['reach', (net) => api.reach(net, { horizon: 2 })]];
        for (const [name, run] of stages) {
          ctx.progress(name);
          run(network);
        }
        return network;
      },
      compare: (ctx) => (knetReaderName(ctx.core) ? '' : 'read with NetworkBuilder (no reader yet)'),
      targets: { XL: [secondsAtMost(120), memoryAtMost(4096)] },
    },
    {
      id: 'read', label: 'read nodes.csv + edges.csv', sizes: ALL, fresh: false,
      needs: [], unavailable: (ctx) => (knetReaderName(ctx.core) ? null : 'not yet available: readNetworkFiles / readNetwork'),
      knet: (ctx) => readWithKnet(ctx.core, ctx.files),
      peer: { key: 'read', name: 'graphology UndirectedGraph from the same CSV (addNode/addEdge)', run: (ctx) => buildGraphologyGraph(ctx.files) },
      compare: (ctx, network, graph) => `n ${network.order === graph.order ? '=' : '≠'}, flows ${network.flows.count === graph.size ? '=' : '≠'} peer`,
    },
    {
      id: 'betweenness', label: 'betweenness, exact, serial', needs: ['betweenness'],
      knet: (ctx, network) => ctx.core.api.betweenness(network),
      skip: (ctx) => quadraticKnet(ctx, 'betweenness'),
      peer: peer('betweenness'), peerSkip: (ctx) => quadraticPeer(ctx, 'betweenness'),
      compare: agreeWithPeer((ours) => ours),
      targets: { M: [secondsBelow(IGRAPH_M.betweenness, 'igraph')] },
    },
    ...options.workers.map((workers) => ({
      id: `betweenness-${workers}w`, groups: ['betweenness', 'workers'],
      label: `betweenness, exact, ${workers} worker${workers > 1 ? 's' : ''}`,
      needs: ['betweennessInWorkers'],
      knet: (ctx, network) => ctx.core.api.betweennessInWorkers(network, { workers }),
      skip: (ctx) => quadraticKnet(ctx, `betweenness-${workers}w`),
      peer: peer('betweenness'), peerSkip: (ctx) => quadraticPeer(ctx, 'betweenness'),
      compare: (ctx, ours, theirs) => workerNotes(ctx, 'betweenness', workers, [
        ...(theirs ? [agreeWithPeer((result) => result)(ctx, ours, theirs)] : []),
        sameAsSerial(ours, ctx.knetResults.get('betweenness')),
      ]),
      // The issue's bar for exact betweenness: 0.3 × the peer on this machine's cores, and below igraph's C.
      targets: { M: [...(workers === most ? [ratioAtMost(0.3)] : []), secondsBelow(IGRAPH_M.betweenness, 'igraph')] },
    })),
    ...options.workers.map((workers) => ({
      id: `paths-${workers}w`, groups: ['paths', 'workers'],
      label: `betweenness + closeness + harmonic + reach, exact, ${workers} worker${workers > 1 ? 's' : ''}`,
      needs: ['pathMetricsInWorkers'],
      knet: (ctx, network) => ctx.core.api.pathMetricsInWorkers(network, { workers }),
      skip: (ctx) => quadraticKnet(ctx, `paths-${workers}w`),
      peer: peer('betweenness'), peerSkip: (ctx) => quadraticPeer(ctx, 'betweenness'),
      compare: (ctx, ours, theirs) => workerNotes(ctx, 'paths', workers, [
        ...(theirs ? [agreeWithPeer((result) => result.betweenness)(ctx, ours, theirs)] : []),
        sameAsSerial(ours.betweenness, ctx.knetResults.get('betweenness')),
      ]),
      // Four metrics against the peer's one: informational (the issue's betweenness bars are on the betweenness rows).
    })),
    {
      id: 'closeness', label: 'closeness + harmonic + reach (one BFS per source), serial', needs: ['pathMetrics'],
      knet: (ctx, network) => ctx.core.api.pathMetrics(network, { betweenness: false }),
      skip: (ctx) => quadraticKnet(ctx, 'closeness'),
      peer: peer('closeness'), peerSkip: (ctx) => quadraticPeer(ctx, 'closeness'),
      compare: agreeWithPeer((ours) => ours.closeness),
      // The 0.3 × peer bar is the workers row's, as for betweenness: the CLI runs path metrics on workers.
    },
    ...(most > 1 ? [{
      id: `closeness-${most}w`, groups: ['closeness', 'workers'],
      label: `closeness + harmonic + reach, ${most} workers`, needs: ['pathMetricsInWorkers'],
      knet: (ctx, network) => ctx.core.api.pathMetricsInWorkers(network, { betweenness: false, workers: most }),
      skip: (ctx) => quadraticKnet(ctx, `closeness-${most}w`),
      peer: peer('closeness'), peerSkip: (ctx) => quadraticPeer(ctx, 'closeness'),
      compare: agreeWithPeer((ours) => ours.closeness),
      targets: { M: [ratioAtMost(0.3)] },
    }] : []),
    {
      id: 'pagerank', label: 'PageRank (weighted)', sizes: ALL, needs: ['pagerank'],
      knet: (ctx, network) => ctx.core.api.pagerank(network),
      peer: peer('pagerank'), compare: agreeWithPeer((ours) => ours),
      targets: { M: [secondsAtMost(2 * IGRAPH_M.pagerank, '2× igraph')] },
    },
    {
      id: 'eigenvector', label: 'eigenvector (weighted), largest component', needs: ['eigenvector', 'components', 'filterNetworkMapped'],
      on: 'giant', knet: (ctx, network) => ctx.core.api.eigenvector(network),
      peer: { key: 'eigenvector', name: PEERS.eigenvector.name, run: (ctx) => PEERS.eigenvector.run(ctx.giantGraph()) },
      compare: (ctx, ours, theirs) => `max Δ vs peer ${maxAbsDifference(ours, ctx.aligned(theirs, ctx.giant().network)).toExponential(1)}`,
      targets: { M: [secondsAtMost(2 * IGRAPH_M.eigenvector, '2× igraph')] },
    },
    {
      id: 'core', groups: ['k-core', 'kcore', 'coreNumber'], label: 'k-core (core number), CSR built inside', sizes: ALL, needs: ['coreNumber'],
      knet: (ctx, network) => ctx.core.api.coreNumber(network),
      peer: peer('coreNumber'), compare: agreeWithPeer((ours) => ours),
    },
    {
      // igraph_coreness reads the degrees and neighbours its graph already indexes (it builds no adjacency, as
      // its PageRank and eigenvector do), so its time compares with knet's on a network whose CSR exists.
      id: 'core-indexed', groups: ['core', 'k-core', 'kcore', 'coreNumber'], label: 'k-core (core number), CSR built before timing',
      sizes: ALL, needs: ['coreNumber', 'csrOf'], on: 'indexed',
      knet: (ctx, network) => ctx.core.api.coreNumber(network),
      peer: peer('coreNumber'), compare: agreeWithPeer((ours) => ours),
      targets: { M: [secondsAtMost(2 * IGRAPH_M.coreNumber, '2× igraph')] },
    },
    {
      id: 'louvain', groups: ['communities'], label: 'Louvain communities (1 run)', needs: ['communities'],
      knet: (ctx, network) => ctx.core.api.communities(network, { restarts: 1, seed: 1 }),
      peer: peer('louvain'),
      compare: (ctx, ours, theirs) => `modularity knet ${ours.modularity.toFixed(3)}, peer ${theirs.modularity.toFixed(3)}`,
    },
    {
      id: 'constraint', label: 'Burt constraint (no graphology peer)', needs: ['constraint'],
      knet: (ctx, network) => ctx.core.api.constraint(network),
      targets: { M: [secondsAtMost(2 * IGRAPH_M.constraint, '2× igraph')] },
    },
    {
      id: 'report', label: (ctx) => `whole metrics report, ${sampledLabel(ctx, options)} on workers`, needs: ['metricsReport', 'pathMetricsInWorkers'],
      knet: async (ctx, network) => {
        // As the CLI does: the path stage on workers from 2,000 organisations (COMPUTE_DEFAULTS.workersFrom).
        if (network.order < 2000 && !isSampled(ctx, options)) return ctx.core.api.metricsReport(network);
        const sampleSources = isSampled(ctx, options) ? options.sample : 0;
        const paths = await ctx.core.api.pathMetricsInWorkers(network, { sampleSources, workers: most });
        return ctx.core.api.metricsReport(network, { paths });
      },
      peer: peer('betweenness'), peerSkip: (ctx) => quadraticPeer(ctx, 'betweenness'),
      compare: (ctx, ours) => `${ours.columnIds.length} columns`,
      targets: { M: [fasterThanPeer('peer betweenness alone')], L: [secondsAtMost(60), memoryAtMost(2048)] },
    },
    {
      id: 'sampled', groups: ['approximate'], label: `path metrics sampled from ${options.sample} sources, ${most} worker${most > 1 ? 's' : ''}`,
      needs: ['pathMetricsInWorkers'],
      knet: (ctx, network) => ctx.core.api.pathMetricsInWorkers(network, { sampleSources: options.sample, workers: most }),
      skip: (ctx) => (ctx.spec.n <= options.sample ? `sample ≥ n: the run would be exact` : null),
      compare: (ctx, ours) => accuracyAgainstExact(ctx, ours),
      targets: { M: [ranksLikeExact(0.95, 0.9, 50)] },
    },
  ];
  return rows.map((row) => ({ sizes: UP_TO_L, groups: [], fresh: true, on: 'network', targets: {}, ...row }));
}

/** "= serial to 1e-12: yes" when the serial betweenness row ran; nothing otherwise. */
function sameAsSerial(parallel, serial) {
  return serial ? `= serial to 1e-12: ${maxAbsDifference(parallel, serial) <= 1e-12 ? 'yes' : 'NO'}` : '';
}

/** The notes of a worker row, with its speed-up over the same row on one worker when that ran. */
function workerNotes(ctx, prefix, workers, notes) {
  const one = ctx.knetTimes.get(`${prefix}-1w`);
  if (workers > 1 && one) notes.push(`speed-up over 1 worker ${(one / ctx.knetTimes.get(`${prefix}-${workers}w`)).toFixed(2)}×`);
  return notes.filter(Boolean).join('; ');
}

function isSampled(ctx, options) {
  return ctx.spec.n > options.approxAbove;
}

function sampledLabel(ctx, options) {
  return isSampled(ctx, options) ? `paths sampled from ${options.sample} sources (n > ${options.approxAbove})` : 'exact';
}

/** "~N min" from the same row's time at a smaller size in this run, scaled by n·m; or a plain warning. */
function estimate(ctx, key) {
  const seen = ctx.history.get(key);
  if (!seen) return 'would take many minutes';
  const seconds = (seen.ms / 1000) * ((ctx.spec.n * ctx.spec.m) / (seen.n * seen.m));
  return `est. ~${seconds >= 120 ? `${Math.round(seconds / 60)} min` : `${Math.round(seconds)} s`} from ${seen.size}`;
}

/** Sampled vs exact (from this run's exact workers or serial rows): Spearman's rho and top-50 overlap. */
function accuracyAgainstExact(ctx, sampled) {
  const exact = [...ctx.knetResults.entries()].find(([id]) => /^paths-\d+w$/.test(id))?.[1];
  if (!exact) return { note: `error bound ±${sampled.errorBound.toExponential(1)}; no exact run to compare (run a paths-*w row)` };
  const accuracy = {};
  for (const column of ['betweenness', 'closeness', 'harmonic']) {
    accuracy[column] = { spearman: spearman(exact[column], sampled[column]), overlap: topOverlap(exact[column], sampled[column], 50) };
  }
  const words = Object.entries(accuracy).map(([column, a]) => `${column} ρ ${a.spearman.toFixed(3)}, top-50 ${Math.round(a.overlap * 100)}%`);
  return { note: `${words.join('; ')}; bound ±${sampled.errorBound.toExponential(1)}`, accuracy };
}
