// How fast, and in how much memory, knet reads a 1,000,000-flow edges CSV (SPEC section 3: "in seconds, with
// memory a small multiple of the file's size"). `node bench/read-1m.mjs [--flows 1000000] [--heap-search] [--csv-parse]`
// (--csv-parse also times csv-parse alone tokenizing the same file, the parser knet's reader replaced).
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const DEFAULTS = { flows: 1_000_000, organisations: 100_000, seed: 7, heapSearch: false, csvParse: false };
const dist = fileURLToPath(new URL('../packages/core/dist/node.js', import.meta.url));
const csvParse = fileURLToPath(new URL('../packages/core/node_modules/csv-parse/lib/sync.js', import.meta.url));

function options(argv) {
  const chosen = { ...DEFAULTS };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--flows') chosen.flows = Number(argv[++i]);
    else if (argv[i] === '--organisations') chosen.organisations = Number(argv[++i]);
    else if (argv[i] === '--seed') chosen.seed = Number(argv[++i]);
    else if (argv[i] === '--heap-search') chosen.heapSearch = true;
    else if (argv[i] === '--csv-parse') chosen.csvParse = true;
    else if (argv[i] === '--parser') chosen.parser = argv[++i];
    else if (argv[i] === '--child') chosen.child = argv[++i];
    else if (argv[i] === '--measure') chosen.measure = argv[++i];
    else throw new Error(`read-1m: unknown option ${argv[i]}`);
  }
  if (!(chosen.flows > 0) || !(chosen.organisations > 1)) throw new Error('read-1m: --flows and --organisations must be positive');
  return chosen;
}

// mulberry32: small, seeded, good enough to make ids and weights.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = ['partnership', 'peer_support', 'shared_practice', 'event', 'funding', 'secondment'];

/** Writes edges.csv (source,target,weight,type,date) with heavy-tailed organisation popularity. */
function generate(path, { flows, organisations, seed }) {
  const next = random(seed);
  const pick = () => Math.floor(organisations * next() ** 2);
  const fd = openSync(path, 'w');
  let chunks = ['source,target,weight,type,date\n'];
  for (let f = 0; f < flows; f++) {
    if (chunks.length === 10_000) {
      writeSync(fd, chunks.join(''));
      chunks = [];
    }
    const source = pick();
    let target = pick();
    if (target === source) target = (target + 1) % organisations;
    const month = 1 + Math.floor(next() * 12);
    chunks.push(`org-${source},org-${target},${1 + Math.floor(next() * 5)},${TYPES[Math.floor(next() * TYPES.length)]},${2010 + Math.floor(next() * 14)}-${month < 10 ? '0' : ''}${month}\n`);
  }
  writeSync(fd, chunks.join(''));
  closeSync(fd);
}

// Peak RSS is sampled from a worker thread: the read is synchronous and blocks the main thread's timers.
function startSampler() {
  const source = `const { parentPort } = require('node:worker_threads'); let peak = 0;
    const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 5);
    parentPort.on('message', () => { clearInterval(timer); parentPort.postMessage(peak); });`;
  const worker = new Worker(source, { eval: true });
  return () => new Promise((resolve) => {
    worker.once('message', (peak) => worker.terminate().then(() => resolve(peak)));
    worker.postMessage('stop');
  });
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const ratio = (bytes, size) => `${(bytes / size).toFixed(2)}x`;

// csv-parse on the same bytes, every record passed to a callback and dropped: tokenizing only, no network.
async function csvParseOnly(path) {
  const { readFileSync } = await import('node:fs');
  const { parse } = await import(pathToFileURL(csvParse).href);
  let records = 0;
  parse(readFileSync(path), { bom: true, relax_column_count: true, skip_empty_lines: true, on_record: () => void records++ });
  return { network: { order: 0, flows: { count: records - 1 } }, warnings: [] };
}

/** One read in this process: time, peak RSS, heap after the read (the network still alive). */
async function measure(path, parser) {
  const { readNetworkFiles } = await import(pathToFileURL(dist).href);
  globalThis.gc?.();
  const before = process.memoryUsage();
  const stop = startSampler();
  const start = performance.now();
  const { network, warnings } = parser === 'csv-parse' ? await csvParseOnly(path) : await readNetworkFiles({ edges: path });
  const seconds = (performance.now() - start) / 1000;
  const peakRss = Math.max(await stop(), process.memoryUsage().rss);
  globalThis.gc?.();
  const after = process.memoryUsage();
  return { seconds, peakRss, baseRss: before.rss, heapAfter: after.heapUsed, baseHeap: before.heapUsed, order: network.order, flows: network.flows.count, warnings: warnings.length, maxRss: process.resourceUsage().maxRSS * 1024 };
}

/** Smallest --max-old-space-size (MB) under which the read still succeeds: the heap it really needs. */
function heapNeeded(path, size) {
  const script = fileURLToPath(import.meta.url);
  const works = (limit) => {
    try {
      execFileSync(process.execPath, [`--max-old-space-size=${limit}`, script, '--child', path], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  let low = 16;
  let high = Math.max(64, Math.ceil((size / 1e6) * 8));
  while (!works(high)) high *= 2;
  while (high - low > 8) {
    const mid = Math.floor((low + high) / 2);
    if (works(mid)) high = mid;
    else low = mid;
  }
  return high;
}

const chosen = options(process.argv.slice(2));
if (chosen.measure) {
  // A fresh process per measurement, so the generator's memory is not counted.
  console.log(JSON.stringify(await measure(chosen.measure, chosen.parser)));
} else if (chosen.child) {
  const { readNetworkFiles } = await import(pathToFileURL(dist).href);
  await readNetworkFiles({ edges: chosen.child });
} else {
  const folder = mkdtempSync(join(tmpdir(), 'knet-read-1m-'));
  try {
    const path = join(folder, 'edges.csv');
    generate(path, chosen);
    const size = statSync(path).size;
    const script = fileURLToPath(import.meta.url);
    const result = JSON.parse(execFileSync(process.execPath, ['--expose-gc', script, '--measure', path], { encoding: 'utf8' }));
    console.log(`knet read of a ${chosen.flows.toLocaleString('en-GB')}-flow edges CSV (${mb(size)}, seed ${chosen.seed}, ${process.version})`);
    console.log(`  organisations ${result.order.toLocaleString('en-GB')}, flows ${result.flows.toLocaleString('en-GB')}, warning kinds ${result.warnings}`);
    console.log(`  time            ${result.seconds.toFixed(2)} s (${((size / 1e6) / result.seconds).toFixed(1)} MB/s)`);
    console.log(`  peak RSS        ${mb(result.peakRss)} = ${ratio(result.peakRss, size)} file size (process before the read: ${mb(result.baseRss)}; growth ${ratio(result.peakRss - result.baseRss, size)})`);
    console.log(`  OS max RSS      ${mb(result.maxRss)} = ${ratio(result.maxRss, size)} file size`);
    console.log(`  heap after read ${mb(result.heapAfter)} = ${ratio(result.heapAfter, size)} file size (network alive, after a full GC)`);
    if (chosen.csvParse) {
      const other = JSON.parse(execFileSync(process.execPath, ['--expose-gc', script, '--measure', path, '--parser', 'csv-parse'], { encoding: 'utf8' }));
      console.log(`csv-parse alone on the same file (tokenizing only, records dropped, no network built)`);
      console.log(`  time            ${other.seconds.toFixed(2)} s = ${(other.seconds / result.seconds).toFixed(2)}x knet's whole read`);
      console.log(`  peak RSS        ${mb(other.peakRss)} = ${ratio(other.peakRss, size)} file size (growth ${ratio(other.peakRss - other.baseRss, size)})`);
    }
    if (chosen.heapSearch) {
      const needed = heapNeeded(path, size);
      console.log(`  heap needed     ${needed} MB (smallest --max-old-space-size that reads it) = ${ratio(needed * 1024 * 1024, size)} file size`);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
