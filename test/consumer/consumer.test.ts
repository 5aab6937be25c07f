// The packed @knet/core installed into a fresh project, as a user would get it from npm: imported from Node
// ESM (both entries) and bundled for the browser with Vite (no Node built-ins may leak into that bundle).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const core = join(root, 'packages/core');
let project: string;

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'knet-consumer-'));
  // Build and pack exactly what npm would publish.
  run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], core);
  run('npx', ['--yes', 'pnpm@10', 'pack', '--pack-destination', project], core);
  const tarball = readdirSync(project).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error('pnpm pack produced no tarball');
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'knet-consumer', private: true, type: 'module', dependencies: { '@knet/core': `file:./${tarball}` } }),
  );
  cpSync(join(root, 'test/consumer/project'), project, { recursive: true });
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], project);
}, 240_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('a project that installs the packed @knet/core', () => {
  it('imports it from Node ESM and reads networks from text and files', () => {
    const fixtures = join(root, 'test/consumer/fixtures');
    const output = run(process.execPath, ['main.mjs', join(fixtures, 'nodes.csv'), join(fixtures, 'edges.csv')], project);
    const result = JSON.parse(output);
    expect(result).toEqual({ textOrder: 3, textTies: 3, fileOrder: 4, fileFlows: 3, firstLabel: 'Wigan Council' });
  });

  it('ships type declarations for both entries', () => {
    const pkg = JSON.parse(readFileSync(join(project, 'node_modules/@knet/core/package.json'), 'utf8'));
    for (const entry of ['.', './node']) {
      const types = pkg.exports[entry].types as string;
      expect(readFileSync(join(project, 'node_modules/@knet/core', types), 'utf8')).toContain('export');
    }
  });

  it('bundles for the browser without Node built-ins', async () => {
    const { build } = await import(join(root, 'packages/dashboard/node_modules/vite/dist/node/index.js'));
    const warnings: string[] = [];
    await build({
      root: project,
      logLevel: 'silent',
      configFile: false,
      build: {
        outDir: join(project, 'bundle'),
        lib: { entry: join(project, 'browser.mjs'), formats: ['es'], fileName: 'browser' },
        rollupOptions: { onwarn: (warning: { message: string }) => warnings.push(warning.message) },
      },
    });
    const bundle = readFileSync(join(project, 'bundle/browser.js'), 'utf8');
    expect(bundle).not.toMatch(/from ["']node:/);
    expect(warnings.filter((message) => /externalized for browser/.test(message))).toEqual([]);
  }, 120_000);
});
