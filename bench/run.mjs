// `pnpm bench`: times knet against graphology-metrics (and graphology-communities-louvain) on the same
// generated networks in one process, medians of several runs, and prints knet/peer ratios against the targets.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { SIZES, ensureNetworkFiles } from './generate.mjs';
import { USAGE, UsageError, parseArgs } from './lib/args.mjs';
import { sizeContext } from './lib/context.mjs';
import { loadCore } from './lib/core.mjs';
import { measure } from './lib/measure.mjs';
import { startMemorySampler } from './lib/memory.mjs';
import { benchRows } from './lib/rows.mjs';
import { formatTable, formatTime } from './lib/table.mjs';
import { verdict } from './lib/targets.mjs';

const log = (line) => process.stderr.write(`${line}\n`);

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) return void console.log(USAGE);
  const unknownSize = options.sizes.find((size) => !SIZES[size]);
  if (unknownSize) throw new UsageError(`knet bench: unknown size "${unknownSize}"; choose from ${Object.keys(SIZES).join(', ')}.`);
  const rows = selectRows(benchRows(options), options.only);
  if (options.list) {
    for (const row of rows) console.log(`${row.id.padEnd(14)} ${[...row.groups].join(', ').padEnd(28)} ${typeof row.label === 'string' ? row.label : '(label depends on size)'}`);
    return;
  }

  const core = await loadCore({ build: options.build, log });
  const sampler = startMemorySampler();
  const history = new Map();
  const records = [];
  try {
    for (const size of options.sizes) {
      const files = ensureNetworkFiles(size, { seed: options.seed, log });
      const ctx = sizeContext({ size, spec: SIZES[size], files, core, history, log });
      log(`\n== ${size}: ${SIZES[size].n.toLocaleString('en-GB')} organisations, ${SIZES[size].m.toLocaleString('en-GB')} flows`);
      records.push(...(await runSize(ctx, rows.filter((row) => row.sizes.includes(size)), sampler, options)));
    }
  } finally {
    await sampler.stop();
  }

  console.log(formatTable(records));
  console.log(`\n${legend(rows)}\n${machine(core, options)}`);
  if (options.json) writeFileSync(options.json, `${JSON.stringify(records.map(toJson), null, 2)}\n`);
  if (options.dashboard) runDashboard(options);
}

/** Every knet row first (so its memory is measured before a graphology Graph exists), then the peers. */
async function runSize(ctx, rows, sampler, options) {
  const records = rows.map((row) => ({
    size: ctx.size, id: row.id, label: typeof row.label === 'function' ? row.label(ctx) : row.label,
    targets: row.targets[ctx.size] ?? [], notes: [],
  }));
  const timing = { reps: options.reps, longRunSeconds: options.longRunSeconds };

  for (const [i, row] of rows.entries()) {
    const record = records[i];
    const missing = row.needs.filter((name) => !ctx.core.has(name));
    const unavailable = missing.length > 0 ? `not yet available: ${missing.join(', ')}` : row.unavailable?.(ctx);
    const skipped = unavailable ? null : row.skip?.(ctx);
    if (unavailable || skipped) {
      record.knetText = unavailable ? 'n/a' : 'skipped';
      record.notes.push(unavailable ?? skipped);
      continue;
    }
    try {
      if (row.id !== 'read' && row.id !== 'pipeline') await ctx.network();
      const measured = await measure({
        prepare: row.fresh ? () => ctx.freshNetwork(row.on) : undefined,
        run: (network) => row.knet(ctx, network),
      }, sampler, timing);
      Object.assign(record, { knetMs: measured.ms, knetRuns: measured.runs, knetPeakMB: measured.peakMB });
      if (row.id === 'read') ctx.useNetwork(measured.result);
      ctx.knetResults.set(row.id, measured.result);
      ctx.knetTimes.set(row.id, measured.ms);
      ctx.history.set(`knet:${row.id}`, { ...ctx.spec, size: ctx.size, ms: measured.ms });
      log(`  knet ${row.id}: ${formatTime(measured.ms)} (${measured.runs} run${measured.runs > 1 ? 's' : ''})`);
    } catch (error) {
      record.knetText = 'failed';
      record.notes.push(`knet failed: ${messageOf(error)}`);
      log(`  knet ${row.id} failed: ${error?.stack ?? error}`);
    }
  }
  // The eigenvector peer runs on the largest component, found with knet: it needs the Network even when no knet row ran.
  if (rows.some((row) => row.on === 'giant' && row.peer) && !(ctx.size === 'XL' && !options.xlPeer)) await ctx.network();

  const peers = new Map();
  for (const [i, row] of rows.entries()) {
    const record = records[i];
    if (!row.peer) continue;
    const skipped = ctx.size === 'XL' && !options.xlPeer
      ? 'peer skipped at XL: a graphology Graph of 1M/5M takes ~70 s and 3.6 GB to build (--xl-peer runs it)'
      : row.peerSkip?.(ctx);
    if (skipped) {
      record.peerText = 'skipped';
      record.notes.push(skipped);
      continue;
    }
    try {
      if (!peers.has(row.peer.key)) {
        const measured = await measure({ run: () => row.peer.run(ctx) }, sampler, timing);
        peers.set(row.peer.key, measured);
        if (row.peer.key === 'read') ctx.useGraph(measured.result);
        ctx.history.set(`peer:${row.peer.key}`, { ...ctx.spec, size: ctx.size, ms: measured.ms });
        log(`  peer ${row.peer.key}: ${formatTime(measured.ms)} (${measured.runs} run${measured.runs > 1 ? 's' : ''})`);
      }
      const measured = peers.get(row.peer.key);
      Object.assign(record, { peerMs: measured.ms, peerRuns: measured.runs, peerPeakMB: measured.peakMB });
      if (record.knetMs !== undefined) record.ratio = record.knetMs / record.peerMs;
    } catch (error) {
      record.peerText = 'failed';
      record.notes.push(`peer failed: ${messageOf(error)}`);
      log(`  peer ${row.peer.key} failed: ${error?.stack ?? error}`);
    }
  }

  for (const [i, row] of rows.entries()) {
    const record = records[i];
    const ours = ctx.knetResults.get(row.id);
    const theirs = row.peer ? peers.get(row.peer.key)?.result : undefined;
    if (row.compare && ours !== undefined && (!row.peer || theirs !== undefined || record.peerText === 'skipped')) {
      try {
        const compared = row.compare(ctx, ours, theirs);
        const { note, accuracy } = typeof compared === 'string' ? { note: compared } : compared;
        record.notes.unshift(note);
        if (accuracy) record.accuracy = accuracy;
      } catch (error) {
        // A comparison that needs the peer's result when the peer was skipped has nothing to say.
        if (theirs !== undefined) record.notes.push(`comparison failed: ${messageOf(error)}`);
      }
    }
    if ((record.knetRuns ?? 3) < options.reps || (record.peerRuns ?? 3) < options.reps) record.notes.push('long run: timed once');
  }
  return records;
}

function selectRows(rows, only) {
  if (only.length === 0) return rows;
  const known = new Set(rows.flatMap((row) => [row.id, ...row.groups]));
  const unknown = only.filter((name) => !known.has(name));
  if (unknown.length > 0) throw new UsageError(`knet bench: unknown row "${unknown[0]}"; choose from ${[...known].join(', ')}.`);
  return rows.filter((row) => only.includes(row.id) || row.groups.some((group) => only.includes(group)));
}

function legend(rows) {
  const peers = [...new Map(rows.filter((row) => row.peer).map((row) => [row.peer.key, row.peer.name])).entries()];
  return ['Peers (same process, same files):', ...peers.map(([key, name]) => `  ${key}: ${name}`),
    'Times are medians; each knet run gets a fresh Network object, so cached views (CSR) are rebuilt inside the timing.',
    'RSS is the whole process\'s peak during the runs (knet rows run before the graphology Graph is built).'].join('\n');
}

function machine(core, options) {
  const cpu = cpus()[0]?.model?.trim() ?? 'unknown CPU';
  return `Machine: ${availableParallelism()} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}; ` +
    `@knet/core dist built ${core.builtAt.toISOString()}; seed ${options.seed}; up to ${options.reps} run${options.reps > 1 ? 's' : ''} per measurement.`;
}

function toJson(record) {
  const { targets, ...rest } = record;
  return { ...rest, targets: targets.map((target) => target.text), met: verdict(targets, record) };
}

function runDashboard(options) {
  const script = fileURLToPath(new URL('./dashboard.mjs', import.meta.url));
  if (!existsSync(script)) return void log('bench/dashboard.mjs is not there yet: no time to first drawn map.');
  spawnSync(process.execPath, [script, '--sizes', options.sizes.join(',')], { stdio: 'inherit' });
}

function messageOf(error) {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

main().catch((error) => {
  if (error instanceof UsageError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
