// `pnpm bench`: times knet against graphology-metrics (and graphology-communities-louvain) on the same
// generated networks in one process, medians of several runs, and prints knet/peer ratios against the issue's targets.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { SIZES, ensureNetworkFiles } from './generate.mjs';
import { USAGE, UsageError, parseArgs } from './lib/args.mjs';
import { sizeContext } from './lib/context.mjs';
import { loadCore } from './lib/core.mjs';
import { startMemorySampler } from './lib/memory.mjs';
import { benchRows } from './lib/rows.mjs';
import { runSize, selectRows } from './lib/run-size.mjs';
import { formatTable } from './lib/table.mjs';
import { verdict } from './lib/targets.mjs';

const log = (line) => process.stderr.write(`${line}\n`);
/** Heap for --xl-peer runs: the graphology Graph of 1M/5M and its peers outgrow V8's default (about 4 GB). */
const XL_PEER_HEAP_MB = 16_384;

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

  // graphology's peers at XL need more than V8's default heap: run again with a larger one.
  if (options.xlPeer && options.sizes.includes('XL') && getHeapStatistics().heap_size_limit < XL_PEER_HEAP_MB * 2 ** 20 * 0.9) {
    log(`--xl-peer: running again with --max-old-space-size=${XL_PEER_HEAP_MB}`);
    const child = spawnSync(process.execPath, [`--max-old-space-size=${XL_PEER_HEAP_MB}`, ...process.argv.slice(1)], { stdio: 'inherit' });
    process.exitCode = child.status ?? 1;
    return;
  }
  const core = await loadCore({ build: options.build, log });
  // Other work on the machine slows both sides unevenly: the load averages are printed with the table.
  const loadAtStart = loadavg()[0];
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
  console.log(`\n${legend(rows)}\n${machine(core, options, loadAtStart)}`);
  if (options.json) writeFileSync(options.json, `${JSON.stringify(records.map(toJson), null, 2)}\n`);
  if (options.dashboard) runDashboard(options);
}

function legend(rows) {
  const peers = [...new Map(rows.filter((row) => row.peer).map((row) => [row.peer.key, row.peer.name])).entries()];
  return ['Peers (same process, same files):', ...peers.map(([key, name]) => `  ${key}: ${name}`),
    'Times are medians; each knet run gets a fresh Network object, so cached views (CSR) are rebuilt inside the timing.',
    'Runs under 2 s follow an untimed warm-up run (knet and peers alike); runs under 0.5 s are repeated 11 times (unless --reps 1).',
    'RSS is the whole process\'s peak during the runs (knet rows run before the graphology Graph is built).'].join('\n');
}

function machine(core, options, loadAtStart) {
  const cpu = cpus()[0]?.model?.trim() ?? 'unknown CPU';
  const loadAtEnd = loadavg()[0];
  return `Machine: ${availableParallelism()} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}; ` +
    `@knet/core dist built ${core.builtAt.toISOString()}; seed ${options.seed}; ${options.reps > 1 ? `${options.reps} runs per measurement (11 for short ones)` : '1 run per measurement'}; ` +
    `load average ${loadAtStart.toFixed(1)} at start, ${loadAtEnd.toFixed(1)} at end` +
    `${Math.max(loadAtStart, loadAtEnd) > availableParallelism() ? ' (above the core count: other work slowed this run)' : ''}.`;
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

main().catch((error) => {
  if (error instanceof UsageError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
