// The runner end to end on a small generated network: every row measured, results lined up with the
// peer's by organisation id. Path metrics are knet's own; the other metrics are stood in for by the graphology
// peers themselves (Δ = 0), so this checks the runner's plumbing, not metric accuracy (the metrics' own tests do).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as knetCore from '@knet/core';
import * as knetNode from '@knet/core/node';
import { afterAll, describe, expect, it } from 'vitest';
import { writeNetworkFiles } from '../generate.mjs';
import { parseArgs } from '../lib/args.mjs';
import { sizeContext } from '../lib/context.mjs';
import { coreOf } from '../lib/core.mjs';
import { alignedColumn, buildWithNetworkBuilder } from '../lib/load.mjs';
import { startMemorySampler } from '../lib/memory.mjs';
import { PEERS } from '../lib/peers.mjs';
import { benchRows } from '../lib/rows.mjs';
import { runSize } from '../lib/run-size.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'knet-bench-run-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const knet = { ...knetCore, ...knetNode };
const spec = { n: 400, m: 1600 };
const files = writeNetworkFiles(scratch, { ...spec, seed: 3 });

const standIns = {
  pagerank: (network) => alignedColumn(network, PEERS.pagerank.run(network.toGraph())),
  eigenvector: (network) => alignedColumn(network, PEERS.eigenvector.run(network.toGraph())),
  coreNumber: (network) => alignedColumn(network, PEERS.coreNumber.run(network.toGraph())),
  degree: (network) => Float64Array.from(network.organisations, (o) => network.toGraph().degree(o.id)),
  constraint: (network) => new Float64Array(network.order),
  communities: (network) => {
    const { partition, modularity } = PEERS.louvain.run(network.toGraph());
    const community = Int32Array.from(network.organisations, (o) => partition[o.id]);
    return { community, modularity, count: new Set(community).size };
  },
  metricsReport: (network, { paths } = {}) => ({
    network, columnIds: ['betweenness'], columns: { betweenness: paths?.betweenness ?? knet.betweenness(network) },
  }),
  readNetworkFiles: async (paths) => ({ network: buildWithNetworkBuilder(coreOf(knet), paths, spec.m), warnings: [] }),
};

describe('runSize', () => {
  it('measures every row and lines knet results up with the peer by organisation', async () => {
    const options = parseArgs(['--reps', '1', '--sample', '60']);
    const core = coreOf({ ...knet, ...standIns });
    const ctx = sizeContext({ size: 'S', spec, files, core, history: new Map(), log: () => {} });
    const sampler = startMemorySampler();
    const records = await runSize(ctx, benchRows(options), sampler, options).finally(() => sampler.stop());

    for (const record of records) {
      expect(record.notes.join('; ')).not.toMatch(/failed|not yet available|skipped/);
      expect(record.knetMs).toBeGreaterThan(0);
      expect(record.knetPeakMB).toBeGreaterThan(0);
    }
    const byId = new Map(records.map((record) => [record.id, record]));
    expect(byId.get('read').notes[0]).toBe('n =, flows = peer');
    for (const id of ['betweenness', 'paths-1w', 'paths-2w', 'closeness', 'closeness-2w', 'pagerank', 'eigenvector', 'core']) {
      const record = byId.get(id);
      expect(record.ratio).toBeCloseTo(record.knetMs / record.peerMs, 12);
      const difference = Number(/max Δ vs peer ([-+.\de]+)/.exec(record.notes[0])?.[1]);
      expect(difference, id).toBeLessThan(1e-4);
    }
    expect(byId.get('paths-2w').notes[0]).toMatch(/= serial to 1e-12: yes/);
    expect(byId.get('louvain').notes[0]).toMatch(/^modularity knet 0\.\d{3}, peer 0\.\d{3}$/);
    // Sampling 60 of 400 sources still ranks like the exact run, far above chance.
    expect(byId.get('sampled').accuracy.closeness.spearman).toBeGreaterThan(0.5);
  });
});
