// `knet report`: the file is reportHtml's for the loaded network (byte for byte with SOURCE_DATE_EPOCH),
// --anonymise reaches every name in it, the view options are said in the footer, mistakes exit 2.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readNetworkSync } from '../../src/io/read.js';
import { metricsReport } from '../../src/metrics/report.js';
import { escapeXml } from '../../src/drawing/svg.js';
import { reportHtml } from '../../src/report/report.js';
import { version } from '../../src/cli/version.js';
import { expectUsageMistake, knet } from './run.js';

const repository = fileURLToPath(new URL('../../../../', import.meta.url));
const NORTHFOLD = ['--nodes', join(repository, 'data/northfold/nodes.csv'), '--edges', join(repository, 'data/northfold/edges.csv')];
const CONSENT = ['--nodes', join(repository, 'test/e2e/fixtures/consent-nodes.csv'), '--edges', join(repository, 'test/e2e/fixtures/consent-edges.csv')];
const scratch = mkdtempSync(join(tmpdir(), 'knet-report-'));
const EPOCH = '1764601200'; // 2025-12-01 15:00 UTC

describe('knet report', () => {
  beforeEach(() => {
    process.env.SOURCE_DATE_EPOCH = EPOCH;
  });
  afterEach(() => {
    delete process.env.SOURCE_DATE_EPOCH;
  });

  it('writes the report of the network to --out, the same bytes reportHtml gives', async () => {
    const out = join(scratch, 'northfold.html');
    const run = await knet(['report', ...NORTHFOLD, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`knet: wrote the report to ${out}\n`);
    const written = readFileSync(out, 'utf8');
    const { network } = readNetworkSync({
      nodes: { name: 'nodes.csv', content: readFileSync(NORTHFOLD[1], 'utf8') },
      edges: { name: 'edges.csv', content: readFileSync(NORTHFOLD[3], 'utf8') },
    });
    const expected = reportHtml(metricsReport(network), {
      source: `${NORTHFOLD[1]} + ${NORTHFOLD[3]}`,
      generated: new Date(Number(EPOCH) * 1000),
      generator: `knet ${version()}`,
    });
    expect(written).toBe(expected);
    expect(written).toContain('<dt>Generated</dt><dd>1 December 2025, 15:00 UTC by knet');
  });

  it('without --out the HTML goes to stdout; --by, --top and --periods shape it', async () => {
    const run = await knet(['report', ...NORTHFOLD, '--by', 'type', '--top', '1', '--periods', 'quarter', '--quiet']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(run.stdout).toContain('<h2>Silos: ties between type groups</h2>');
    expect(run.stdout).toContain('<h2>Trends, by quarter</h2>');
    // One suggested introduction per pioneer: five pioneers, five rows.
    const section = run.stdout.slice(run.stdout.indexOf('<section id="pioneers">'), run.stdout.indexOf('<section id="silos">'));
    expect(section.match(/<tr><td>/g)).toHaveLength(5);
  });

  it('--anonymise: no real name of an organisation without consent, anywhere in the file', async () => {
    const mapping = join(scratch, 'key.csv');
    const run = await knet(['report', ...CONSENT, '--anonymise', '--mapping', mapping]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('4 of 6 organisations given pseudonyms (2 keep their names, from the consent column)');
    const nodes = readFileSync(CONSENT[1], 'utf8').trim().split('\n').slice(1).map((line) => line.split(','));
    for (const [id, label, , , , , consent] of nodes) {
      expect(run.stdout.includes(escapeXml(label)), label).toBe(consent === 'yes');
      if (consent !== 'yes') expect(run.stdout).not.toContain(`(${id})`);
    }
    expect(run.stdout).toContain('Names are pseudonyms, except the 2 organisations that consented to be named.');
    // The key is a separate file, and the report does not point to it.
    expect(readFileSync(mapping, 'utf8')).toContain('Kelbridge Council');
    expect(run.stdout).not.toContain('key.csv');
  });

  it('says in the footer how the network was cut, and the trend stops there', async () => {
    const run = await knet(['report', ...NORTHFOLD, '--as-of', '2012', '--quiet']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('<dt>Cut</dt><dd>--as-of 2012: only flows observed by then</dd>');
    const years = [...run.stdout.matchAll(/<tr><td>(\d{4})<\/td>/g)].map((match) => match[1]);
    expect(years).toEqual(['2010', '2011', '2012']);
  });

  it('mistakes in the command exit 2 with one line and a pointer to --help', async () => {
    expectUsageMistake(await knet(['report', ...NORTHFOLD, '--by', 'colour']), /^knet report: --by colour: no organisation has that column \(group by sector, type, region, or a column of the nodes file: founded, staff\)\n/);
    expectUsageMistake(await knet(['report', ...NORTHFOLD, '--top', '0']), /--top must be a whole number from 1 to 1000000/);
    expectUsageMistake(await knet(['report', ...NORTHFOLD, '--periods', 'week']), /--periods must be year, quarter or month \(got "week"\)/);
    expectUsageMistake(await knet(['report', ...NORTHFOLD, '--format', 'csv']), /--format must be html/);
    process.env.SOURCE_DATE_EPOCH = 'yesterday';
    expectUsageMistake(await knet(['report', ...NORTHFOLD]), /SOURCE_DATE_EPOCH must be a whole number of seconds/);
    // Past the year 9999 the date cannot be written: a mistake, not "unexpected error: Invalid time value".
    process.env.SOURCE_DATE_EPOCH = '99999999999999';
    expectUsageMistake(await knet(['report', ...NORTHFOLD]), /^knet report: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, from 0 to 253402300799 \(got "99999999999999"\)\n/);
    const help = await knet(['report', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: knet report --nodes FILE --edges FILE --out report.html/);
  });
});
