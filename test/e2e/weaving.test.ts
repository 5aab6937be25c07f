// Issue 6 (network weaving) in a real browser on Northfold: a tie proposed between two organisations is
// listed, drawn dashed on the map, its what-if figures read exactly as `knet whatif` prints them (and their
// numbers are core's whatIf), it goes into the link, exports as a CSV that parses back, and is removed; the
// suggested introductions are core's and "Propose this tie" adds one; a chosen theme highlights its
// organisations, and the groups and paths listed are `knet parallel`'s, a picked path drawn on the map.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { introductions, metricsReport, parallelPioneers, pioneerIntroductions, readNetwork, whatIf } from '@knet/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../packages/core/src/cli/main.js';
import { parseCsv } from './csv.js';
import {
  type BrowserSession, buildDashboard, explainSkip, hasChromium, launchBrowser, mapInk, openDashboard, repository, screenshot, serve, type StaticServer, waitForDashboard, watchPage,
} from './harness.js';

explainSkip();

const nodesPath = join(repository, 'data/northfold/nodes.csv');
const edgesPath = join(repository, 'data/northfold/edges.csv');
const A = 'tarnside-community-transport-mutual';
const B = 'northfold-innovation-network';
/** The proposed ties' colour on the map (COLOURS.proposed). */
const PROPOSED = '#b0006d';
const PATH = '#1d5fa8';

/** What `knet ARGS --nodes --edges` prints on Northfold. */
async function knet(...args: string[]): Promise<string> {
  let out = '';
  const terminal = { stdout: { write: (text: string) => (out += text) }, stderr: { write: () => true }, stderrIsTTY: false, cwd: repository, progressDelay: 0 };
  const code = await main([...args, '--nodes', nodesPath, '--edges', edgesPath, '--quiet'], terminal);
  if (code !== 0) throw new Error(`knet ${args.join(' ')} exited ${code}`);
  return out;
}

/** Whitespace collapsed, as a table row reads once its column padding is gone. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

async function northfold() {
  const { network } = await readNetwork({ nodes: { name: 'nodes.csv', content: readFileSync(nodesPath, 'utf8') }, edges: { name: 'edges.csv', content: readFileSync(edgesPath, 'utf8') } });
  return network;
}

async function searchFor(page: Page, label: string): Promise<void> {
  const input = page.getByRole('combobox', { name: 'Find an organisation' });
  await input.fill(label);
  await page.getByRole('option', { name: label }).first().waitFor();
  await input.press('Enter');
}

describe.skipIf(!hasChromium)('network weaving', () => {
  let server: StaticServer;
  let session: BrowserSession;
  let page: Page;
  let seen: ReturnType<typeof watchPage>;

  beforeAll(async () => {
    server = await serve(await buildDashboard());
    session = await launchBrowser();
    ({ page, seen } = await openDashboard(session, server.url, { settled: true }));
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test('the selected organisation shows core\'s suggested introductions', async () => {
    const network = await northfold();
    const labelA = network.organisations[network.indexOf(A)].label;
    await searchFor(page, labelA);
    await page.getByRole('heading', { name: labelA, level: 2 }).waitFor();
    const expected = introductions(metricsReport(network, { horizon: 2 }), A);
    const list = page.getByRole('list', { name: 'Suggested introductions' });
    await expect.poll(() => list.locator('li.introduction').count(), { timeout: 20_000 }).toBe(expected.length);
    expect(await list.locator('li.introduction').evaluateAll((items) => items.map((item) => item.getAttribute('data-partner')))).toEqual(expected.map((e) => e.partner.id));
    expect(await list.locator('.explanation').allTextContents()).toEqual(expected.map((e) => e.explanation));
    await screenshot(page, 'weaving-introductions');
  });

  test('propose a tie by picking the second organisation: listed, drawn dashed, figures as knet whatif prints them', async () => {
    const network = await northfold();
    const [labelA, labelB] = [A, B].map((id) => network.organisations[network.indexOf(id)].label);
    const inkBefore = await mapInk(page, PROPOSED);
    await page.getByRole('button', { name: 'Propose a tie with…' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await page.getByRole('status').filter({ hasText: `Pick the organisation to tie with ${labelA}` }).waitFor();
    await screenshot(page, 'weaving-picking');
    await searchFor(page, labelB);

    const list = page.getByRole('list', { name: 'Proposed ties' });
    await expect.poll(() => list.locator('li').count()).toBe(1);
    expect(words(await list.locator('.tie-words').innerText())).toBe(`${labelA} – ${labelB}`);
    // Choosing the second end proposes; it does not change the selection.
    await page.getByRole('heading', { name: labelA, level: 2 }).waitFor();
    expect(new URL(page.url()).searchParams.getAll('tie')).toEqual([`${A},${B}`]);

    await page.waitForSelector('#map[data-proposed-ties="1"]');
    await expect.poll(() => mapInk(page, PROPOSED)).toBeGreaterThan(inkBefore + 0.0003);

    const figures = page.locator('table.whatif-figures tbody tr');
    await expect.poll(() => figures.count(), { timeout: 20_000 }).toBe(6);
    const printed = await knet('whatif', '--add', `${A},${B}`);
    for (const row of await figures.all()) {
      const line = words((await row.locator('th, td').allInnerTexts()).join(' '));
      expect(printed.split('\n').map(words)).toContain(line);
    }
    // And the numbers are core's whatIf for the same tie.
    const expected = whatIf(network, { add: [[A, B]] }, { horizon: 2 });
    expect(await page.locator('tr[data-figure="components"] td').allInnerTexts()).toEqual([String(expected.before.components), String(expected.after.components), `−${expected.before.components - expected.after.components}`]);
    const pioneers = page.locator('table.whatif-pioneers tbody tr');
    const shownA = pioneers.filter({ hasText: labelA });
    expect(words(await shownA.innerText())).toContain('no longer weakly connected');
    await screenshot(page, 'weaving-proposed-tie');
  });

  test('"Propose this tie" adds a suggestion; the CSV parses back; remove works', async () => {
    const first = page.getByRole('list', { name: 'Suggested introductions' }).locator('li.introduction').first();
    const partner = await first.getAttribute('data-partner');
    // By keyboard: focus stays in the suggestion once its button is disabled.
    await first.getByRole('button', { name: /^Propose this tie/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('li.introduction')?.getAttribute('data-partner'))).toBe(partner);
    const list = page.getByRole('list', { name: 'Proposed ties' });
    await expect.poll(() => list.locator('li').count()).toBe(2);
    await expect.poll(() => first.getByRole('button', { name: /^Proposed/ }).isDisabled()).toBe(true);
    await page.waitForSelector('#map[data-proposed-ties="2"]');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export the proposals (CSV)' }).click();
    const file = await download;
    const rows = parseCsv(readFileSync((await file.path())!, 'utf8'));
    expect(rows[0]).toEqual(['source', 'target', 'weight', 'type', 'source_label', 'target_label']);
    expect(rows.slice(1).map((row) => row.slice(0, 4))).toEqual([[A, B, '1', 'introduction'], [A, partner!, '1', 'introduction']]);

    await page.getByRole('button', { name: /^Remove the tie .*Northfold Innovation Network$/ }).click();
    await expect.poll(() => list.locator('li').count()).toBe(1);
    await page.waitForSelector('#map[data-proposed-ties="1"]');
    await page.getByRole('button', { name: 'Remove all' }).click();
    await page.waitForSelector('#map[data-proposed-ties="0"]');
    expect(await page.locator('section.proposals').isHidden()).toBe(true);
    expect(new URL(page.url()).searchParams.getAll('tie')).toEqual([]);
  });

  test('a theme: its organisations highlighted, groups and paths as knet parallel lists them, a path drawn', async () => {
    const network = await northfold();
    const close = page.getByRole('button', { name: 'Close the organisation panel' });
    if (await close.isVisible()) await close.click();
    await page.getByRole('tab', { name: 'Parallel work' }).click();
    // The whole network in view (an earlier selection zoomed in), once the camera has finished moving.
    await page.getByRole('button', { name: 'Show the whole network' }).click();
    await page.waitForTimeout(600);
    const colourBefore = await mapInk(page, 'colour');
    await page.getByLabel('Theme').selectOption('mutualisation');
    const groups = page.getByRole('list', { name: 'Groups out of each other\'s reach' }).locator('li[data-group]');
    const [expected] = parallelPioneers(network, { horizon: 2, theme: 'mutualisation' });
    await expect.poll(() => groups.count(), { timeout: 20_000 }).toBe(expected.groups.length);
    const printed = (await knet('parallel', '--theme', 'mutualisation')).split('\n').map((line) => words(line).toLowerCase());
    for (const text of await groups.allInnerTexts()) expect(printed).toContain(words(text).toLowerCase());
    const paths = page.getByRole('list', { name: 'Nearest other group' }).locator('li');
    expect(await paths.count()).toBe(expected.groups.length);
    for (const text of await paths.allInnerTexts()) expect(printed).toContain(words(text).toLowerCase());
    // Faded: every organisation not on the theme turns grey.
    await expect.poll(() => mapInk(page, 'colour')).toBeLessThan(colourBefore * 0.6);
    expect(new URL(page.url()).searchParams.get('theme')).toBe('mutualisation');

    await screenshot(page, 'weaving-theme');
    const firstPath = paths.getByRole('button').first();
    await firstPath.click();
    const steps = expected.paths[0].steps!;
    await page.waitForSelector(`#map[data-path-steps="${steps}"]`);
    expect(await firstPath.getAttribute('aria-pressed')).toBe('true');
    expect(await mapInk(page, PATH)).toBeGreaterThan(0.0005);
    await screenshot(page, 'weaving-parallel');
  });

  test('a shared link reopens the proposals and the theme; the pioneers panel suggests introductions', async () => {
    const link = new URL(server.url);
    link.searchParams.append('tie', `${A},${B}`);
    link.searchParams.set('theme', 'mutualisation');
    link.searchParams.set('panel', 'parallel');
    await page.goto(link.toString());
    await waitForDashboard(page);
    await expect.poll(() => page.getByRole('list', { name: 'Proposed ties' }).locator('li').count()).toBe(1);
    await page.waitForSelector('#map[data-proposed-ties="1"]');
    await expect.poll(() => page.locator('table.whatif-figures tbody tr').count(), { timeout: 20_000 }).toBe(6);
    expect(await page.getByLabel('Theme').inputValue()).toBe('mutualisation');

    const network = await northfold();
    await page.getByRole('button', { name: 'Suggest introductions for these pioneers' }).click();
    const pioneers = page.locator('.pioneer-suggestions');
    const expected = pioneerIntroductions(metricsReport(network, { horizon: 2 }), { top: 3 });
    await expect.poll(() => pioneers.count(), { timeout: 30_000 }).toBe(expected.length);
    expect(await pioneers.first().locator('li.introduction').evaluateAll((items) => items.map((item) => item.getAttribute('data-partner'))))
      .toEqual(expected[0].introductions.map((entry) => entry.partner.id));
    await pioneers.first().scrollIntoViewIfNeeded();
    await screenshot(page, 'weaving-pioneer-introductions');
    expect(seen.errors).toEqual([]);
  });
});
