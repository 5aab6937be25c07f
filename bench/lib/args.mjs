// Command-line options of `pnpm bench` (node bench/run.mjs), validated at the door with usage errors
// that say what was wrong and what is accepted.
export const RUN_DEFAULTS = {
  sizes: ['S', 'M'],
  reps: 3,
  /** Row ids or groups to run; empty = every row. */
  only: [],
  seed: 1,
  /** Worker counts for the parallel path rows (1 vs 2 shows the speed-up). */
  workers: [1, 2],
  /** Sources sampled by approximate path metrics. */
  sample: 1000,
  /** The report samples path metrics above this many organisations. */
  approxAbove: 50_000,
  /** Run exact all-pairs rows (and peers) above 20,000 organisations too. */
  exactLarge: false,
  /** Build a graphology Graph at XL (about 70 s and 3.6 GB) and run the peers there too. */
  xlPeer: false,
  /** A run longer than this is not repeated. */
  longRunSeconds: 60,
  /** 'auto' builds @knet/core when dist is missing or older than src. */
  build: 'auto',
  json: null,
  /** Also run bench/dashboard.mjs (time to first drawn map, headless Chromium) when it exists. */
  dashboard: false,
};

export const USAGE = `usage: pnpm bench [-- options]   (node bench/run.mjs [options])
  --sizes S,M         sizes to run: S (1k/5k), M (10k/50k), L (100k/500k), XL (1M/5M); default S,M
  --reps 3            repetitions per measurement (the median is shown)
  --only a,b          only these rows or groups (e.g. betweenness,pagerank,louvain); --list shows them
  --workers 1,2       worker counts for the parallel path rows
  --sample 1000       sources sampled by approximate path metrics
  --approx-above N    the report samples path metrics above N organisations (default 50000)
  --exact-large       run exact betweenness/closeness (and their peers) above 20,000 organisations
  --xl-peer           build the graphology Graph at XL too (slow: about 70 s, 3.6 GB)
  --seed 1            generator seed
  --build auto|always|never   build @knet/core first (auto: when dist is older than src)
  --json FILE         also write the rows as JSON
  --dashboard         also run bench/dashboard.mjs (time to first drawn map)
  --list              print the rows and exit`;

export class UsageError extends Error {}

export function parseArgs(argv) {
  const options = { ...RUN_DEFAULTS, list: false, help: false };
  const positive = (name, text) => {
    const value = Number(text);
    if (!Number.isSafeInteger(value) || value < 1) throw new UsageError(`knet bench: ${name} must be a whole number, 1 or more, got "${text}".`);
    return value;
  };
  const list = (text) => text.split(',').map((item) => item.trim()).filter(Boolean);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const next = inline ?? argv[++i];
      if (next === undefined) throw new UsageError(`knet bench: ${flag} needs a value.`);
      return next;
    };
    switch (flag) {
      case '--': break;
      case '--sizes': options.sizes = list(value()).map((size) => size.toUpperCase()); break;
      case '--reps': options.reps = positive('--reps', value()); break;
      case '--only': options.only = list(value()); break;
      case '--workers': options.workers = list(value()).map((w) => positive('--workers', w)); break;
      case '--sample': options.sample = positive('--sample', value()); break;
      case '--approx-above': options.approxAbove = positive('--approx-above', value()); break;
      case '--seed': options.seed = positive('--seed', value()); break;
      case '--exact-large': options.exactLarge = true; break;
      case '--xl-peer': options.xlPeer = true; break;
      case '--build': options.build = value(); break;
      case '--json': options.json = value(); break;
      case '--dashboard': options.dashboard = true; break;
      case '--list': options.list = true; break;
      case '--help': case '-h': options.help = true; break;
      default: throw new UsageError(`knet bench: unknown option "${arg}".\n${USAGE}`);
    }
  }
  if (options.sample < 2) throw new UsageError('knet bench: --sample must be 2 or more sources.');
  if (!['auto', 'always', 'never'].includes(options.build)) throw new UsageError(`knet bench: --build must be auto, always or never, got "${options.build}".`);
  if (options.sizes.length === 0) throw new UsageError('knet bench: --sizes needs at least one size.');
  if (options.workers.length === 0) throw new UsageError('knet bench: --workers needs at least one count.');
  return options;
}
