// Issue 7 in a real browser: the silo matrix draws and a cell picked by keyboard shows its flows on the map;
// the time slider cuts the network at a year's end (map, figures and pioneers follow) and Play replays it;
// "Anonymise exports" puts pseudonyms in an exported CSV while names with consent stay. Expected figures
// come from the CSV files (tie counts) or from @knet/core run here in Node (pioneers as of a date).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { asOf, metricsReport, readNetwork, weaklyConnected } from '@knet/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { csvRecords, parseCsv } from './csv.js';
import {
  type BrowserSession, buildDashboard, explainSkip, fixtures, hasChromium, launchBrowser, mapInk, openDashboard, repository, screenshot, serve, type StaticServer, waitForDashboard, watchPage,
} from './harness.js';

explainSkip();

const nodesText = readFileSync(join(repository, 'data/northfold/nodes.csv'), 'utf8');
const edgesText = readFileSync(join(repository, 'data/northfold/edges.csv'), 'utf8');
const nodes = csvRecords(nodesText);
const edges = csvRecords(edgesText);
const typeOf = new Map(nodes.map((row) => [row.id, row.type]));

/** Distinct undirected pairs between organisations of type a and of type b, and their organisations (counted by hand from the CSV). */
function tiesBetween(a: string, b: string): { ties: number; organisations: number } {
  const pairs = new Set<string>();
  const ends = new Set<string>();
  for (const { source, target } of edges) {
    if (source === target) continue;
    const [s, t] = [typeOf.get(source), typeOf.get(target)];
    if ((s === a && t === b) || (s === b && t === a)) {
      pairs.add([source, target].sort().join('|'));
      ends.add(source).add(target);
    }
  }
  return { ties: pairs.size, organisations: ends.size };
}

/** Share of the map's pixels that are clearly coloured (faded organisations and ties are grey). */
const colourfulInk = (page: Page) => mapInk(page, 'colour');

describe.skipIf(!hasChromium)('silos, time and anonymised exports', () => {
  let server: StaticServer;
  let session: BrowserSession;
  let page: Page;
  let seen: ReturnType<typeof watchPage>;

  beforeAll(async () => {
    server = await serve(await buildDashboard(), {
      '/consent/nodes.csv': join(fixtures, 'consent-nodes.csv'),
      '/consent/edges.csv': join(fixtures, 'consent-edges.csv'),
    });
    session = await launchBrowser();
    ({ page, seen } = await openDashboard(session, server.url, { settled: true }));
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test('the silo matrix draws, and a cell picked by keyboard shows its flows on the map', async () => {
    await page.getByRole('tab', { name: 'Silos' }).click();
    const matrix = page.getByRole('group', { name: /^Ties between organisation types/ });
    await matrix.waitFor();
    const types = new Set(nodes.map((row) => row.type));
    const shown = Math.min(types.size, 15);
    await expect.poll(() => matrix.locator('g.cell').count()).toBe(shown * shown);
    const expected = tiesBetween('council', 'government');
    expect(expected.ties).toBeGreaterThan(0);
    const cell = matrix.getByRole('button', { name: `council → government: ${expected.ties} ties`, exact: true });
    // The mirror cell counts the same ties (an undirected network).
    await matrix.getByRole('button', { name: `government → council: ${expected.ties} ties`, exact: true }).waitFor();
    const before = await colourfulInk(page);
    await cell.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => cell.getAttribute('aria-pressed')).toBe('true');
    const status = page.locator('.silos .picked');
    await expect.poll(() => status.textContent()).toBe(`Showing on the map: council → government: ${expected.ties} ties, between ${expected.organisations} organisations.`);
    await page.waitForTimeout(300);
    const picked = await colourfulInk(page);
    // Every organisation outside the cell's flows turns grey.
    expect(picked).toBeLessThan(before * 0.6);
    await screenshot(page, 'silo-matrix-picked');
    // Arrow keys move between cells; Escape clears the pick.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^council → \S.*: \d+ ties?$/);
    await page.keyboard.press('Escape');
    await expect.poll(() => cell.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => status.textContent()).toBe('');
    await page.waitForTimeout(300);
    expect(await colourfulInk(page)).toBeGreaterThan(before * 0.85);
    // The E-I table lists every type, and another grouping redraws the matrix; the link keeps it.
    expect(await page.locator('.ei-table tbody tr').count()).toBe(types.size);
    await page.getByLabel('Compare groups by').selectOption('region');
    await expect.poll(() => page.getByRole('group', { name: /^Ties between regions/ }).count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('silo')).toBe('region');
    await page.getByLabel('Compare groups by').selectOption('type');
  });

  test('the time slider cuts the network at a year\'s end; the map, figures and pioneers follow; Play replays', async () => {
    const pioneers = page.getByRole('list', { name: 'Weakly connected pioneers' });
    const inkAll = await colourfulInk(page);
    const facts = page.locator('.facts');
    const slider = page.getByRole('slider', { name: 'As of' });
    await slider.focus();
    await page.keyboard.press('Home');
    const flows2010 = edges.filter((row) => row.date.startsWith('2010')).length;
    const reading = page.locator('.time-bar output');
    await expect.poll(() => reading.textContent(), { timeout: 30_000 }).toMatch(new RegExp(`^End of 2010: ${flows2010} flows`));
    expect(await facts.textContent()).toContain('as of 31 Dec 2010');
    // The pioneers @knet/core finds weakly connected in the network as of 2010, run here in Node.
    const { network } = await readNetwork({ nodes: { name: 'nodes.csv', content: nodesText }, edges: { name: 'edges.csv', content: edgesText } });
    const then = asOf(network, '2010-12-31').network;
    const weakThen = weaklyConnected(metricsReport(then, { horizon: 2 })).filter((entry) => entry.organisation.pioneer);
    await expect.poll(() => pioneers.getByRole('listitem').count()).toBe(weakThen.length);
    expect(weakThen.length).not.toBe(5);
    expect(await reading.textContent()).toContain(`${weakThen.length} weak pioneers`);
    expect(new URL(page.url()).searchParams.get('asof')).toBe('2010-12-31');
    // Far fewer ties on the map (the dots stay).
    await page.waitForTimeout(500);
    expect(await colourfulInk(page)).toBeLessThan(inkAll);
    await screenshot(page, 'time-2010');

    // Play: the main thread stays free (no task over 200 ms) while the worker recomputes each year.
    await page.evaluate(() => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
      }).observe({ type: 'longtask' });
    });
    const play = page.getByRole('button', { name: "Play the network's growth" });
    await play.click();
    await expect.poll(() => reading.textContent(), { timeout: 30_000 }).toMatch(/^End of 2012: /);
    await page.getByRole('button', { name: 'Pause the replay' }).click();
    await expect.poll(() => play.getAttribute('aria-pressed')).toBe('false');
    const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
    expect(longest).toBeLessThan(200);
    // The trends mark the slider's year; the rightmost step is every flow again.
    await page.getByRole('tab', { name: 'Over time' }).click();
    await expect.poll(() => page.locator('.trends > p.hint').textContent(), { timeout: 30_000 }).toMatch(/From 2010 to 2016: .*The red mark is the slider's 201\d\./);
    await expect.poll(() => page.locator('.trend-table tbody tr').count()).toBe(7);
    await screenshot(page, 'time-trends');
    await slider.focus();
    await page.keyboard.press('End');
    await expect.poll(() => reading.textContent(), { timeout: 30_000 }).toMatch(new RegExp(`^Every flow: ${edges.length.toLocaleString("en-GB")} flows, 5 weak pioneers`));
    await expect.poll(() => pioneers.getByRole('listitem').count()).toBe(5);
    expect(new URL(page.url()).searchParams.get('asof')).toBeNull();
    expect(seen.errors).toEqual([]);
  });

  test('a link reopens the silo grouping, the as-of date and the tab', async () => {
    await page.goto(`${server.url}?panel=silos&silo=region&asof=2012-12-31&by=quarter`);
    await waitForDashboard(page);
    await expect.poll(() => page.getByRole('tab', { name: 'Silos' }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('group', { name: /^Ties between regions/ }).waitFor();
    expect(await page.getByLabel('Compare groups by').inputValue()).toBe('region');
    await expect.poll(() => page.locator('.time-bar output').textContent(), { timeout: 30_000 }).toMatch(/^End of 2012-Q4: \d+ flows/);
    expect(await page.locator('.facts').textContent()).toContain('as of 31 Dec 2012');
  });

  test('"Anonymise exports" puts pseudonyms in the exported CSV; names with consent stay; the key only on request', async () => {
    const consentNodes = csvRecords(readFileSync(join(fixtures, 'consent-nodes.csv'), 'utf8'));
    await page.goto(`${server.url}?nodes=${encodeURIComponent(`${server.url}consent/nodes.csv`)}&edges=${encodeURIComponent(`${server.url}consent/edges.csv`)}`);
    await waitForDashboard(page);
    const downloads: string[] = [];
    page.on('download', (download) => downloads.push(download.suggestedFilename()));
    const openShare = async () => {
      if (!(await page.locator('details.share').evaluate((menu) => (menu as HTMLDetailsElement).open))) await page.getByText('Share', { exact: true }).click();
    };
    const exportCsv = async () => {
      await openShare();
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Metrics \(CSV\)/ }).click()]);
      return csvRecords(readFileSync((await file.path())!, 'utf8'));
    };
    const plain = await exportCsv();
    expect(plain.map((row) => row.label).sort()).toEqual(consentNodes.map((row) => row.label).sort());

    await openShare();
    await page.getByRole('switch', { name: 'Anonymise exports' }).check();
    await expect.poll(() => page.locator('.privacy .hint').textContent()).toBe('Names become pseudonyms in every export; 2 of 6 organisations keep their names (their "consent" column says yes).');
    const anonymised = await exportCsv();
    const text = anonymised.map((row) => Object.values(row).join(',')).join('\n');
    for (const row of consentNodes) {
      if (row.consent === 'yes') {
        expect(anonymised.some((out) => out.id === row.id && out.label === row.label)).toBe(true);
      } else {
        // No hidden name or id anywhere in the file, not even inside another organisation's notes.
        expect(text).not.toContain(row.label);
        expect(anonymised.some((out) => out.id === row.id)).toBe(false);
      }
    }
    expect(anonymised.filter((row) => /^(Council|Mutual|Charity|User-led organisation) \d+$/.test(row.label))).toHaveLength(4);
    // The notes of the consenting Open Door name the Tenants Forum: scrubbed to its pseudonym.
    const openDoor = anonymised.find((row) => row.id === 'open-door')!;
    expect(openDoor.notes).toMatch(/^works with User-led organisation \d+$/);
    await screenshot(page, 'anonymise-switch');

    // The other exports: GEXF, the SVG drawing and the table's CSV carry the same pseudonyms.
    const hidden = consentNodes.filter((row) => row.consent !== 'yes').map((row) => row.label);
    const pseudonyms = anonymised.filter((row) => !consentNodes.some((c) => c.consent === 'yes' && c.id === row.id)).map((row) => row.label);
    const save = async (button: RegExp) => {
      await openShare();
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
      return readFileSync((await file.path())!);
    };
    const gexf = await save(/Network \(GEXF\)/);
    const back = await readNetwork({ file: { name: 'anonymised.gexf', content: gexf } });
    expect(back.network.organisations.map((o) => o.label).sort()).toEqual(anonymised.map((row) => row.label).sort());
    const svg = (await save(/Map drawing \(SVG\)/)).toString('utf8');
    const drawn = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(drawn.some((label) => pseudonyms.includes(label))).toBe(true);
    for (const label of hidden) expect(svg).not.toContain(label);
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const [tableFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export these rows (CSV)' }).click()]);
    const tableCsv = readFileSync((await tableFile.path())!, 'utf8');
    for (const label of hidden) expect(tableCsv).not.toContain(label);
    expect(csvRecords(tableCsv).map((row) => row.label).sort()).toEqual(anonymised.map((row) => row.label).sort());
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    expect(downloads.some((name) => name.includes('pseudonym-key'))).toBe(false);

    await openShare();
    const [keyFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Pseudonym key/ }).click()]);
    const key = parseCsv(readFileSync((await keyFile.path())!, 'utf8')).filter((row) => row.length > 1);
    expect(key[0]).toEqual(['id', 'label', 'pseudonym', 'consented']);
    expect(key).toHaveLength(consentNodes.length + 1);
    expect(key.find((row) => row[0] === 'tenants')![2]).toBe(openDoor.notes.replace('works with ', ''));
    expect(seen.errors).toEqual([]);
  });
});
