// The default network in a real browser: the map draws and its layout settles by itself, the pioneers list
// holds Northfold's five planted weakly connected pioneers (data/northfold/README.md), and choosing one by
// keyboard opens its panel and selects it on the map.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type BrowserSession, buildDashboard, explainSkip, hasChromium, launchBrowser, mapInk, openDashboard, repository, screenshot, serve, type StaticServer, watchPage,
} from './harness.js';

explainSkip();

/** The five planted weakly connected pioneers, from the data README (not from knet). */
const PLANTED = [
  'ravensby-shared-lives-mutual',
  'disabled-people-together-saltcote',
  'moorend-social-prescribing-cic',
  'wherry-point-digital-champions',
  'tarnside-community-transport-mutual',
];

/** Labels by id, read from nodes.csv with a parser written for this test (RFC 4180 quoting). */
function northfoldLabels(): Map<string, string> {
  const text = readFileSync(join(repository, 'data/northfold/nodes.csv'), 'utf8');
  const labels = new Map<string, string>();
  for (const line of text.trim().split('\n').slice(1)) {
    const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((cell) => cell.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'));
    labels.set(cells[0], cells[1]);
  }
  return labels;
}

describe.skipIf(!hasChromium)('the dashboard on the bundled sample network', () => {
  let server: StaticServer;
  let session: BrowserSession;
  let page: Page;
  let seen: ReturnType<typeof watchPage>;

  beforeAll(async () => {
    server = await serve(await buildDashboard());
    session = await launchBrowser();
    ({ page, seen } = await openDashboard(session, server.url));
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test('draws the map, and the layout stops by itself', async () => {
    await page.waitForSelector('#map[data-layout="settled"]', { timeout: 45_000 });
    const ink = await mapInk(page);
    // Hundreds of dots and a thousand ties: well above an empty canvas, well below a flooded one.
    expect(ink).toBeGreaterThan(0.01);
    expect(ink).toBeLessThan(0.6);
    await screenshot(page, 'map-northfold');
    expect(seen.errors).toEqual([]);
  });

  test('lists exactly the planted weakly connected pioneers, most isolated first', async () => {
    const list = page.getByRole('list', { name: 'Weakly connected pioneers' });
    const items = list.getByRole('listitem');
    await expect.poll(() => items.count()).toBe(PLANTED.length);
    const labels = northfoldLabels();
    const names = await list.locator('.entry-name').allTextContents();
    expect(new Set(names)).toEqual(new Set(PLANTED.map((id) => labels.get(id))));
    const figures = (await list.locator('.entry-figure').allTextContents()).map((text) => Number.parseFloat(text));
    for (let k = 1; k < figures.length; k++) expect(figures[k]).toBeLessThanOrEqual(figures[k - 1]);
    // Tarnside is the only one outside the main network: its first reason says so.
    const tarnside = list.getByRole('listitem').filter({ hasText: labels.get('tarnside-community-transport-mutual')! });
    await expect.poll(() => tarnside.locator('.entry-reason').textContent()).toMatch(/outside the main network/);
  });

  test('choosing a pioneer by keyboard opens its panel and selects it', async () => {
    const list = page.getByRole('list', { name: 'Weakly connected pioneers' });
    const buttons = list.getByRole('button');
    await buttons.first().focus();
    await page.keyboard.press('ArrowDown');
    const second = (await buttons.nth(1).locator('.entry-name').textContent())!;
    expect(await page.evaluate(() => document.activeElement?.querySelector('.entry-name')?.textContent)).toBe(second);
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 2, name: second, exact: true });
    await heading.waitFor();
    await expect.poll(() => buttons.nth(1).getAttribute('aria-current')).toBe('true');
    // The panel lists its reasons and metrics with percentiles.
    await expect.poll(() => page.locator('.organisation .reasons li').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.organisation table.metrics tbody tr').count()).toBeGreaterThan(3);
    // The link keeps the selection.
    const id = [...northfoldLabels()].find(([, label]) => label === second)![0];
    expect(new URL(page.url()).searchParams.get('org')).toBe(id);
    await page.waitForTimeout(700);
    await screenshot(page, 'map-selected-pioneer');
  });
});
