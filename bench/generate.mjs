// Seeded benchmark networks S (1k/5k), M (10k/50k), L (100k/500k), XL (1M/5M) written as nodes.csv +
// edges.csv into a cache folder and reused when present. `node bench/generate.mjs --sizes S,M,L,XL`.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom, weightedChooser } from './lib/random.mjs';
import { generateShape } from './lib/shape.mjs';

/** Bumped whenever the output changes, so stale caches are regenerated. */
export const GENERATOR_VERSION = 1;

export const SIZES = {
  S: { n: 1_000, m: 5_000 },
  M: { n: 10_000, m: 50_000 },
  L: { n: 100_000, m: 500_000 },
  XL: { n: 1_000_000, m: 5_000_000 },
};

export const GENERATE_DEFAULTS = {
  seed: 1,
  cacheDir: fileURLToPath(new URL('./.cache', import.meta.url)),
  /** Regenerate even when the cache holds the files. */
  force: false,
  log: (line) => process.stderr.write(`${line}\n`),
};

const SECTORS = ['health', 'social care', 'housing', 'libraries', 'transport', 'children', 'education', 'employment',
  'environment', 'community safety', 'culture', 'public health'];
const REGIONS = ['North East', 'North West', 'Yorkshire', 'East Midlands', 'West Midlands', 'East of England', 'London',
  'South East', 'South West', 'Wales', 'Scotland', 'Northern Ireland'];
const PLACES = ['Kelgate', 'Ashworth', 'Brindle', 'Calder', 'Dunmore', 'Eastwick', 'Fellside', 'Greyford', 'Harrowby',
  'Ingleby', 'Langholm', 'Marden', 'Northby', 'Oakham Vale', 'Pendle Cross', 'Ravensmoor'];
const TYPES = [['council', 12], ['mutual', 8], ['charity', 30], ['social_enterprise', 12], ['user_led', 10],
  ['university', 4], ['government', 4], ['private', 10], ['other', 5], ['network_body', 3], ['funder', 2]];
const HUB_TYPES = [['network_body', 5], ['funder', 2], ['council', 2], ['university', 1]];
const THEMES = ['co-production', 'shared services', 'digital inclusion', 'social prescribing', 'asset-based working',
  'peer support', 'participatory budgeting', 'community hubs', 'place-based funding', 'open data'];
const FLOW_TYPES = [['partnership', 30], ['peer_support', 20], ['shared_practice', 25], ['event', 15], ['funding', 6],
  ['secondment', 4]];
const TITLES = { council: 'Council', mutual: 'Mutual', charity: 'Trust', social_enterprise: 'Social Enterprise',
  user_led: 'User Forum', university: 'University', government: 'Agency', private: 'Ltd', other: 'Group',
  network_body: 'Network', funder: 'Foundation' };

/** Writes nodes.csv and edges.csv for n organisations and m flows into `dir`; returns their paths. */
export function writeNetworkFiles(dir, { n, m, seed = GENERATE_DEFAULTS.seed }) {
  const shape = generateShape({ n, m, seed });
  // Attributes draw from their own stream, so changing them never changes the topology.
  const random = seededRandom(seed ^ 0x5bd1e995);
  mkdirSync(dir, { recursive: true });
  const digits = String(n - 1).length;
  const idOf = (i) => `org-${String(i).padStart(digits, '0')}`;

  const nodes = csvWriter(join(dir, 'nodes.csv.part'), 'id,label,type,sector,region,pioneer,themes');
  const type = weightedChooser(TYPES, random);
  const hubType = weightedChooser(HUB_TYPES, random);
  for (let i = 0; i < n; i++) {
    const kind = shape.hub[i] ? hubType() : type();
    const sector = SECTORS[shape.sector[i] % SECTORS.length];
    const place = PLACES[Math.floor(random() * PLACES.length)];
    const label = `${place} ${capitalise(sector)} ${TITLES[kind]} ${i}`;
    const themes = [];
    for (let k = Math.floor(random() * 4); k > 0; k--) {
      const theme = THEMES[Math.floor(random() * THEMES.length)];
      if (!themes.includes(theme)) themes.push(theme);
    }
    const pioneer = random() < 0.05 ? 'true' : 'false';
    nodes.line(`${idOf(i)},${label},${kind},${sector},${REGIONS[shape.region[i] % REGIONS.length]},${pioneer},${themes.join(';')}`);
  }
  nodes.close();

  const edges = csvWriter(join(dir, 'edges.csv.part'), 'source,target,weight,type,date');
  const flowType = weightedChooser(FLOW_TYPES, random);
  for (let e = 0; e < m; e++) {
    // Mostly light ties, a few strong ones (1 to 10).
    const weight = Math.min(10, 1 + Math.floor(-Math.log(1 - random()) * 1.2));
    const year = 2014 + Math.floor(random() * 11);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    edges.line(`${idOf(shape.source[e])},${idOf(shape.target[e])},${weight},${flowType()},${year}-${pad2(month)}-${pad2(day)}`);
  }
  edges.close();

  renameSync(join(dir, 'nodes.csv.part'), join(dir, 'nodes.csv'));
  renameSync(join(dir, 'edges.csv.part'), join(dir, 'edges.csv'));
  return { nodes: join(dir, 'nodes.csv'), edges: join(dir, 'edges.csv') };
}

/**
 * The files of a named size (S, M, L, XL), generated into the cache unless already there. Returns
 * { size, n, m, seed, dir, nodes, edges, generated, seconds }.
 */
export function ensureNetworkFiles(size, options = {}) {
  const { seed, cacheDir, force, log } = { ...GENERATE_DEFAULTS, ...options };
  const spec = SIZES[size];
  if (!spec) throw new Error(`knet bench: unknown size "${size}"; choose from ${Object.keys(SIZES).join(', ')}.`);
  if (!Number.isSafeInteger(seed)) throw new Error(`knet bench: the seed must be a whole number, got ${seed}.`);
  const dir = join(cacheDir, `${size}-seed${seed}`);
  const metaPath = join(dir, 'meta.json');
  const meta = { version: GENERATOR_VERSION, size, seed, ...spec };
  const files = { nodes: join(dir, 'nodes.csv'), edges: join(dir, 'edges.csv') };
  if (!force && existsSync(metaPath) && existsSync(files.nodes) && existsSync(files.edges)) {
    const cached = JSON.parse(readFileSync(metaPath, 'utf8'));
    if (cached.version === meta.version && cached.n === meta.n && cached.m === meta.m && cached.seed === seed) {
      return { ...meta, dir, ...files, generated: false, seconds: cached.seconds };
    }
  }
  // The meta file is written last: a run stopped half-way leaves no file that looks complete.
  rmSync(metaPath, { force: true });
  log(`generating ${size} (${spec.n.toLocaleString('en-GB')} organisations, ${spec.m.toLocaleString('en-GB')} flows) in ${dir}`);
  const started = performance.now();
  writeNetworkFiles(dir, { ...spec, seed });
  const seconds = (performance.now() - started) / 1000;
  writeFileSync(metaPath, `${JSON.stringify({ ...meta, seconds }, null, 2)}\n`);
  log(`generated ${size} in ${seconds.toFixed(1)} s`);
  return { ...meta, dir, ...files, generated: true, seconds };
}

/** Buffered, synchronous line writer: big networks stream to disk in 1 MB pieces. */
function csvWriter(path, header) {
  const fd = openSync(path, 'w');
  let parts = [`${header}\n`];
  let length = 0;
  const flush = () => {
    writeSync(fd, parts.join(''));
    parts = [];
    length = 0;
  };
  return {
    line(text) {
      parts.push(text, '\n');
      length += text.length;
      if (length > 1 << 20) flush();
    },
    close() {
      flush();
      closeSync(fd);
    },
  };
}

function capitalise(words) {
  return words.replace(/\b\w/g, (letter) => letter.toUpperCase());
}

function pad2(value) {
  return value < 10 ? `0${value}` : String(value);
}

// Run as a script: generate (or find) the sizes asked for.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const value = (name, fallback) => {
    const at = args.indexOf(name);
    return at >= 0 && at + 1 < args.length ? args[at + 1] : fallback;
  };
  if (args.includes('--help')) {
    console.log('usage: node bench/generate.mjs [--sizes S,M,L,XL] [--seed 1] [--force]');
    process.exit(0);
  }
  try {
    const seed = Number(value('--seed', '1'));
    for (const size of value('--sizes', 'S,M').split(',').map((s) => s.trim().toUpperCase()).filter(Boolean)) {
      const files = ensureNetworkFiles(size, { seed, force: args.includes('--force') });
      console.log(`${size}: ${files.nodes} ${files.edges}${files.generated ? '' : ' (cached)'}`);
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
