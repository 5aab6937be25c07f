// One size of the benchmark: every knet row first (so its memory is measured before a graphology Graph
// exists), then the peers (each measured once per size), then the comparisons and ratios.
import { UsageError } from './args.mjs';
import { measure } from './measure.mjs';
import { ISSUE_PEER_M } from './rows.mjs';
import { formatTime } from './table.mjs';
import { rescaledNote } from './targets.mjs';

/** Measured records for `rows` on the size in `ctx` (see context.mjs). */
export async function runSize(ctx, rows, sampler, options) {
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
      // A first call much slower than the rest is V8 optimising the code as it runs: worth knowing for a CLI.
      if (measured.firstMs > 1.3 * measured.ms) record.notes.push(`first run ${formatTime(measured.firstMs)} (warm-up, not in the median)`);
      if (row.id === 'read') ctx.useNetwork(measured.result);
      ctx.knetResults.set(row.id, measured.result);
      ctx.knetTimes.set(row.id, measured.ms);
      ctx.history.set(`knet:${row.id}`, { ...ctx.spec, size: ctx.size, ms: measured.ms });
      ctx.log(`  knet ${row.id}: ${formatTime(measured.ms)} (${measured.runs} run${measured.runs > 1 ? 's' : ''})`);
    } catch (error) {
      record.knetText = 'failed';
      record.notes.push(`knet failed: ${messageOf(error)}`);
      ctx.log(`  knet ${row.id} failed: ${error?.stack ?? error}`);
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
        ctx.log(`  peer ${row.peer.key}: ${formatTime(measured.ms)} (${measured.runs} run${measured.runs > 1 ? 's' : ''})`);
      }
      const measured = peers.get(row.peer.key);
      Object.assign(record, { peerMs: measured.ms, peerRuns: measured.runs, peerPeakMB: measured.peakMB });
      if (record.knetMs !== undefined) record.ratio = record.knetMs / record.peerMs;
    } catch (error) {
      record.peerText = 'failed';
      record.notes.push(`peer failed: ${messageOf(error)}`);
      ctx.log(`  peer ${row.peer.key} failed: ${error?.stack ?? error}`);
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
    if (ctx.size === 'M' && row.peer && record.peerMs !== undefined) {
      record.notes.push(rescaledNote(record.targets, record.peerMs / 1000, ISSUE_PEER_M[row.peer.key]));
    }
    if ((record.knetRuns ?? options.reps) < options.reps || (record.peerRuns ?? options.reps) < options.reps) record.notes.push('long run: timed once');
  }
  return records;
}

export function selectRows(rows, only) {
  if (only.length === 0) return rows;
  const known = new Set(rows.flatMap((row) => [row.id, ...row.groups]));
  const unknown = only.filter((name) => !known.has(name));
  if (unknown.length > 0) throw new UsageError(`knet bench: unknown row "${unknown[0]}"; choose from ${[...known].join(', ')}.`);
  return rows.filter((row) => only.includes(row.id) || row.groups.some((group) => only.includes(group)));
}

function messageOf(error) {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
