// Very large networks: the CLI estimates betweenness, closeness and harmonic from sampled sources above a
// stated size (reach stays exact), says so on stderr, and --exact insists on the exact run. The size bar is
// lowered here so the Northfold sample (312 organisations) stands in for a 100,000-organisation network.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMPUTE_DEFAULTS, computeReport } from '../../src/cli/compute.js';
import { parseCommand } from '../../src/cli/options.js';
import type { Terminal } from '../../src/cli/terminal.js';
import { readNetworkFiles } from '../../src/io/files.js';
import { metricsReport } from '../../src/metrics/report.js';
import { reportColumn } from '../../src/metrics/report-types.js';
import { knet } from './run.js';

const NORTHFOLD = fileURLToPath(new URL('../../../../data/northfold/', import.meta.url));
const files = { nodes: join(NORTHFOLD, 'nodes.csv'), edges: join(NORTHFOLD, 'edges.csv') };
const small = { ...COMPUTE_DEFAULTS, sampleAbove: 100, sampleSources: 50, workersFrom: 0 };

function captured(): { terminal: Terminal; stderr: () => string } {
  let stderr = '';
  const terminal = { stdout: { write: () => {} }, stderr: { write: (text: string) => (stderr += text) }, stderrIsTTY: false, cwd: NORTHFOLD, progressDelay: 0 } as unknown as Terminal;
  return { terminal, stderr: () => stderr };
}

function common(argv: string[]) {
  return parseCommand('metrics', ['--edges', files.edges, ...argv], ['csv', 'json'], {}, () => ({})).common;
}

describe('estimated path metrics above a stated size', () => {
  it('estimates above the bar, keeps reach exact, and says so', async () => {
    const { network } = await readNetworkFiles(files);
    const exact = metricsReport(network, { horizon: 2 });
    const { terminal, stderr } = captured();
    const estimated = await computeReport(network, common([]), terminal, small);
    expect(stderr()).toMatch(/^knet: note: 312 organisations \(more than 100\), so betweenness, closeness and harmonic are estimated from searches out of 50 sampled organisations \(betweenness and harmonic within ±[0-9.]+ of the exact values, with 95% confidence\); reach and isolation are exact\. --exact computes every value exactly/);
    expect(Array.from(reportColumn(estimated, 'reach'))).toEqual(Array.from(reportColumn(exact, 'reach')));
    // 50 of 312 sources: betweenness is an estimate, so it differs from the exact values somewhere.
    const ours = reportColumn(estimated, 'betweenness');
    const truth = reportColumn(exact, 'betweenness');
    expect(ours.some((value, i) => Math.abs(value - truth[i]) > 1e-12)).toBe(true);
  });

  it('--exact computes every value exactly, and --quiet silences the note', async () => {
    const { network } = await readNetworkFiles(files);
    const truth = reportColumn(metricsReport(network, { horizon: 2 }), 'betweenness');
    const exactRun = captured();
    const report = await computeReport(network, common(['--exact']), exactRun.terminal, small);
    expect(exactRun.stderr()).toBe('');
    reportColumn(report, 'betweenness').forEach((value, i) => expect(value).toBeCloseTo(truth[i], 12));
    const quietRun = captured();
    await computeReport(network, common(['--quiet']), quietRun.terminal, small);
    expect(quietRun.stderr()).toBe('');
  });

  it('below the bar nothing is estimated and nothing is said', async () => {
    const run = await knet(['metrics', '--nodes', files.nodes, '--edges', files.edges]);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(/estimated/);
  });
});
