// Loads the built @knet/core (packages/core/dist), building it first when missing or older than its
// sources, and looks functions up by name so rows whose metric has not landed yet say so instead of failing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CORE = join(ROOT, 'packages', 'core');

export const CORE_DEFAULTS = {
  /** 'auto': build when dist is missing or older than src; 'always'; 'never'. */
  build: 'auto',
  log: (line) => process.stderr.write(`${line}\n`),
};

/** { api, has(name), get(name), builtAt }: every export of '@knet/core' and '@knet/core/node'. */
export async function loadCore(options = {}) {
  const { build, log } = { ...CORE_DEFAULTS, ...options };
  if (!['auto', 'always', 'never'].includes(build)) throw new Error(`knet bench: build must be auto, always or never, got ${build}.`);
  const index = join(CORE, 'dist', 'index.js');
  const stale = !existsSync(index) || newestSource(join(CORE, 'src')) > statSync(index).mtimeMs;
  if (build === 'always' || (build === 'auto' && stale)) buildCore(log);
  if (!existsSync(index)) throw new Error(`knet bench: ${index} is missing; build the library with: cd packages/core && npx tsc -p tsconfig.build.json`);

  const api = { ...(await import(pathToFileURL(index).href)) };
  const nodeEntry = join(CORE, 'dist', 'node.js');
  if (existsSync(nodeEntry)) Object.assign(api, await import(pathToFileURL(nodeEntry).href));
  return coreOf(api, new Date(statSync(index).mtimeMs));
}

/** The lookup the rows use, over any set of exports (the built package, or the sources in tests). */
export function coreOf(api, builtAt = new Date()) {
  return {
    api,
    builtAt,
    has: (name) => typeof api[name] === 'function' || (typeof api[name] === 'object' && api[name] !== null),
    get(name) {
      if (api[name] === undefined) throw new Error(`knet bench: @knet/core has no export "${name}" yet.`);
      return api[name];
    },
  };
}

function buildCore(log) {
  log('building @knet/core (tsc -p packages/core/tsconfig.build.json)');
  const tsc = createRequire(join(ROOT, 'package.json')).resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', join(CORE, 'tsconfig.build.json')], { encoding: 'utf8' });
  // tsc still writes JavaScript when some file has type errors (work in progress elsewhere): carry on with it.
  if (result.status !== 0) {
    const errors = (result.stdout.match(/error TS/g) ?? []).length;
    log(`  the build reported ${errors} type error(s); using what it emitted`);
  }
}

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}
