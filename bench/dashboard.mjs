// Dashboard benchmark: time to first drawn map and main-thread long tasks for the bench networks (M = 10,000
// organisations, 50,000 flows) in headless Chromium. `node bench/dashboard.mjs --sizes S,M` (or
// `pnpm bench -- --dashboard`). Builds the dashboard, serves it with the network's CSVs, opens it with
// ?nodes=&edges=, and reads the page's performance marks and a PerformanceObserver of long tasks, through
// the import, the metrics, the layout, selecting a pioneer and exploring the map (hover, zoom, click).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ensureNetworkFiles } from './generate.mjs';

export const DASHBOARD_BENCH_DEFAULTS = {
  sizes: ['M'],
  runs: 1,
  chromium: process.env.KNET_CHROMIUM ?? '/usr/bin/chromium',
  /** Long tasks above this (ms) break the issue's bar. */
  blockedLimit: 200,
  /** Per size: L (100,000 organisations) reads, analyses and lays out for minutes on a loaded 2-core machine. */
  timeouts: { S: 60_000, M: 180_000, L: 900_000, XL: 1_800_000 },
};

const dashboardDir = fileURLToPath(new URL('../packages/dashboard/', import.meta.url));

function parse(argv) {
  const options = { ...DASHBOARD_BENCH_DEFAULTS };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--sizes') options.sizes = argv[++i].split(',').map((size) => size.trim().toUpperCase());
    else if (argv[i] === '--runs') options.runs = Number(argv[++i]);
    else if (argv[i] === '--tasks') options.tasks = true;
    else if (argv[i] === '--timeout') options.timeout = Number(argv[++i]) * 1000;
    else if (argv[i] === '--trace') options.trace = argv[++i];
    else if (argv[i] === '--help') {
      console.log('usage: node bench/dashboard.mjs [--sizes S,M,L] [--runs 1] [--tasks] [--timeout seconds] [--trace file.json]   (--tasks lists every long task; --trace writes a Chrome trace of the last run)');
      process.exit(0);
    } else {
      console.error(`knet bench/dashboard: unknown option ${argv[i]}`);
      process.exit(2);
    }
  }
  return options;
}

async function build() {
  const outDir = mkdtempSync(join(tmpdir(), 'knet-dashboard-bench-'));
  const vite = join(dashboardDir, 'node_modules/vite/bin/vite.js');
  await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: dashboardDir, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build failed (${code})`))));
  });
  return outDir;
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.csv': 'text/csv' };

async function serve(root, extra) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = extra[path] ?? normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!existsSync(file) || statSync(file).isDirectory()) return void response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Installed before the page's own scripts: every long task from navigation on. */
function observeLongTasks() {
  window.__knetLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__knetLongTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * What a funder does next on the settled map: shows the whole network again, moves the pointer over it
 * (hovering organisations shows their ties), drags it, zooms in and out with the wheel, and clicks it.
 * Returns when that began and ended (page clock).
 */
async function explore(page) {
  const box = await page.locator('#map').boundingBox();
  if (!box) return null;
  const from = await page.evaluate(() => performance.now());
  // A CSS selector, not a role: playwright's role query computes accessible names across the page, in the
  // page's own thread, a long task of its own (100-200 ms here) that would be counted against the dashboard.
  await page.locator('.map-tools button[aria-label="Show the whole network"]').click();
  await page.waitForTimeout(1000);
  const at = (fx, fy) => [box.x + box.width * fx, box.y + box.height * fy];
  await page.mouse.move(...at(0.2, 0.3));
  for (let k = 1; k <= 24; k++) {
    await page.mouse.move(...at(0.2 + (0.6 * k) / 24, 0.3 + 0.4 * Math.sin(k / 3)), { steps: 4 });
    await page.waitForTimeout(40);
  }
  await page.mouse.move(...at(0.5, 0.5));
  await page.mouse.down();
  for (let k = 1; k <= 10; k++) await page.mouse.move(...at(0.5 + 0.01 * k, 0.5 + 0.005 * k), { steps: 2 });
  await page.mouse.up();
  await page.waitForTimeout(500);
  for (const delta of [-300, -300, -300, 300, 300, 300]) {
    await page.mouse.wheel(0, delta);
    await page.waitForTimeout(250);
  }
  await page.mouse.click(...at(0.5, 0.5));
  await page.waitForTimeout(1000);
  const to = await page.evaluate(() => performance.now());
  return { from, to };
}

/** A Chrome trace of the page (--trace FILE, for chrome://tracing or Perfetto): what a long task spent its time on. */
async function startTracing(context, page) {
  const session = await context.newCDPSession(page);
  const events = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await session.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink,gpu,cc,viz', transferMode: 'ReportEvents' });
  return {
    async stop(file) {
      const done = new Promise((resolve) => session.once('Tracing.tracingComplete', resolve));
      await session.send('Tracing.end');
      await done;
      writeFileSync(file, JSON.stringify({ traceEvents: events }));
      console.error(`knet bench/dashboard: trace of ${events.length} events in ${file}`);
    },
  };
}

async function measure(context, url, options) {
  const page = await context.newPage();
  await page.addInitScript(observeLongTasks);
  const tracing = options.trace ? await startTracing(context, page) : null;
  const started = Date.now();
  await page.goto(url);
  // A size that times out still reports the milestones it reached (n/a for the rest) and its long tasks.
  let timedOut = null;
  const wait = async (what, until) => {
    if (timedOut) return;
    try {
      await until(Math.max(1, options.timeout - (Date.now() - started)));
    } catch (error) {
      if (!/Timeout/i.test(String(error))) throw error;
      timedOut = what;
    }
  };
  await wait('first map', (timeout) => page.waitForSelector('#map[data-drawn="true"]', { timeout }));
  await wait('metrics', (timeout) => page.waitForFunction(() => document.body.dataset.phase === 'ready' || document.body.dataset.phase === 'error', undefined, { timeout }));
  if ((await page.evaluate(() => document.body.dataset.phase)) === 'error') throw new Error(await page.locator('.status .error').textContent());
  await wait('layout', (timeout) => page.waitForSelector('#map[data-layout="settled"]', { timeout }));
  // One interaction after everything: select the most isolated pioneer and time the panel.
  const interaction = timedOut ? Number.NaN : await page.evaluate(async () => {
    const button = document.querySelector('.pioneer-list button');
    if (!button) return Number.NaN;
    const started = performance.now();
    button.click();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return document.querySelector('#organisation-heading') ? performance.now() - started : Number.NaN;
  });
  const explored = timedOut ? null : await explore(page);
  const figures = await page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
    return {
      read: at('knet:network-read'),
      firstMap: at('knet:first-map'),
      analysed: at('knet:analysed'),
      settled: at('knet:layout-settled'),
      tasks: window.__knetLongTasks,
      organisations: document.querySelector('.facts')?.textContent ?? '',
    };
  });
  if (tracing) await tracing.stop(options.trace);
  await page.close();
  const upTo = (end) => figures.tasks.filter((task) => task.start < end);
  const longest = (tasks) => tasks.reduce((max, task) => Math.max(max, task.duration), 0);
  const computing = upTo(Number.isNaN(figures.analysed) ? Number.POSITIVE_INFINITY : figures.analysed);
  return {
    ...figures,
    timedOut,
    interaction,
    longestComputing: longest(computing),
    overLimitComputing: computing.filter((task) => task.duration > options.blockedLimit).length,
    longestLayout: longest(figures.tasks.filter((task) => task.start >= figures.analysed && task.start < figures.settled)),
    longestAll: longest(figures.tasks),
    overLimitAll: figures.tasks.filter((task) => task.duration > options.blockedLimit).length,
    longTasks: figures.tasks.length,
    longestExploring: explored ? longest(figures.tasks.filter((task) => task.start >= explored.from && task.start < explored.to)) : Number.NaN,
  };
}

async function main() {
  const options = parse(process.argv.slice(2));
  if (!existsSync(options.chromium)) {
    console.error(`knet bench/dashboard: no Chromium at ${options.chromium} (apt-get install chromium).`);
    process.exit(1);
  }
  const dist = await build();
  const profile = mkdtempSync(join(tmpdir(), 'knet-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: options.chromium,
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
  const rows = [];
  try {
    for (const size of options.sizes) {
      const files = ensureNetworkFiles(size);
      const server = await serve(dist, { '/bench/nodes.csv': files.nodes, '/bench/edges.csv': files.edges });
      for (let run = 0; run < options.runs; run++) {
        const timeout = options.timeout ?? options.timeouts[size] ?? options.timeouts.M;
        const result = await measure(context, `${server.url}?nodes=bench/nodes.csv&edges=bench/edges.csv`, { ...options, timeout });
        rows.push({ size, n: files.n, m: files.m, run: run + 1, timeout, ...result });
      }
      await server.close();
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(dist, { recursive: true, force: true });
  }
  const s = (ms) => (Number.isNaN(ms) ? 'n/a' : `${(ms / 1000).toFixed(2)} s`);
  const ms = (value) => (Number.isNaN(value) ? 'n/a' : `${Math.round(value)} ms`);
  console.log(`\nDashboard in headless Chromium (SwiftShader WebGL), ${new Date().toISOString().slice(0, 10)}; times from navigation start.\n`);
  console.log('| size | organisations / flows | network read | first drawn map | metrics in | layout settled | longest task to metrics in | tasks > 200 ms (to metrics / all) | longest during layout | select a pioneer | longest task while exploring | longest task of all |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const row of rows) {
    const late = row.timedOut ? ` (timed out waiting for ${row.timedOut} after ${Math.round(row.timeout / 1000)} s)` : '';
    console.log(`| ${row.size}${late} | ${row.n.toLocaleString('en-GB')} / ${row.m.toLocaleString('en-GB')} | ${s(row.read)} | ${s(row.firstMap)} | ${s(row.analysed)} | ${s(row.settled)} | ${ms(row.longestComputing)} | ${row.overLimitComputing} / ${row.overLimitAll} | ${ms(row.longestLayout)} | ${ms(row.interaction)} | ${ms(row.longestExploring)} | ${ms(row.longestAll)} |`);
  }
  if (options.tasks) {
    for (const row of rows) {
      console.log(`\n${row.size} run ${row.run}: marks read ${ms(row.read)}, first map ${ms(row.firstMap)}, metrics ${ms(row.analysed)}, settled ${ms(row.settled)}`);
      console.log(`long tasks (start: duration): ${row.tasks.map((task) => `${Math.round(task.start)}: ${Math.round(task.duration)}`).join(', ')}`);
    }
  }
  const worst = (pick) => Math.max(...rows.map(pick));
  const verdict = (longest) => `${longest <= options.blockedLimit ? 'met' : 'NOT met'} (longest ${Math.round(longest)} ms)`;
  console.log(`\nIssue bar: main thread never blocked > ${options.blockedLimit} ms while importing or computing: ${verdict(worst((row) => row.longestComputing))}.`);
  console.log(`From navigation to the end of exploring (layout, selecting a pioneer, the whole map: hovering, dragging, zooming, clicking): ${verdict(worst((row) => row.longestAll))}.`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
