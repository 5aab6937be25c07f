// The table view, filters, brushing and GEXF in a real browser: the table is a real table a screen reader
// can read, sorted by keyboard; a filter recomputes everything for the part of the network kept; brushing
// the scatter picks organisations on the map; the network goes out as GEXF and comes back in.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { readNetwork } from '@knet/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { csvRecords } from './csv.js';
import {
  type BrowserSession, buildDashboard, explainSkip, hasChromium, launchBrowser, openDashboard, repository, screenshot, serve, type StaticServer, waitForDashboard, watchPage,
} from './harness.js';

explainSkip();

const northfold = csvRecords(readFileSync(join(repository, 'data/northfold/nodes.csv'), 'utf8'));

describe.skipIf(!hasChromium)('table, filters, brushing and GEXF', () => {
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

  test('the table lists every organisation and sorts by keyboard', async () => {
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const table = page.getByRole('table', { name: /Organisations and their metrics/ });
    await table.waitFor();
    await expect.poll(() => page.locator('.table-view .hint').first().textContent()).toBe(`Rows 1–100 of ${northfold.length}`);
    // Sort by organisation name with the keyboard: Tab to the header button, Enter.
    const header = table.getByRole('columnheader', { name: /Organisation/ });
    await header.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    const names = await table.locator('tbody th').allTextContents();
    const expected = northfold.map((row) => row.label).sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base', numeric: true })).slice(0, 100);
    expect(names).toEqual(expected);
    // Filter rows by text.
    await page.getByLabel('Filter rows').fill('Saltcote');
    const matching = northfold.filter((row) => [row.label, row.id, row.type, row.sector, row.region].some((text) => text.toLowerCase().includes('saltcote')));
    await expect.poll(() => table.locator('tbody tr').count()).toBe(Math.min(100, matching.length));
    await screenshot(page, 'table-view');
    await page.getByLabel('Filter rows').fill('');
    await page.getByRole('button', { name: 'Map', exact: true }).click();
  });

  test('a filter recomputes the metrics for what it keeps', async () => {
    await page.locator('summary', { hasText: 'Organisation type' }).click();
    await page.locator('.filters input[value="council"]').check();
    await page.locator('.filters input[value="network_body"]').check();
    const kept = northfold.filter((row) => row.type === 'council' || row.type === 'network_body').length;
    await expect.poll(() => page.locator('.facts').textContent(), { timeout: 30_000 }).toContain(`${kept} organisations`);
    await waitForDashboard(page);
    expect(await page.locator('.facts').textContent()).toContain('filtered');
    // Reach is now a share of the kept organisations: at most 100%, and the table shows only them.
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await expect.poll(() => page.locator('.table-view .hint').first().textContent()).toBe(`Rows 1–${kept} of ${kept}`);
    const types = new Set(await page.locator('table.organisations tbody td:nth-of-type(1)').allTextContents());
    expect(types).toEqual(new Set(['council', 'network body']));
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.locator('.facts').textContent(), { timeout: 30_000 }).toContain(`${northfold.length} organisations`);
    await waitForDashboard(page);
  });

  test('brushing the scatter picks organisations on the map', async () => {
    const chart = page.locator('.scatter-holder svg');
    const box = (await chart.boundingBox())!;
    // Drag across the lower-left quarter of the plot, where most organisations sit.
    await page.mouse.move(box.x + box.width * 0.13, box.y + box.height * 0.1);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.8, { steps: 8 });
    await page.mouse.up();
    const caption = page.locator('.charts figure').nth(1).locator('figcaption');
    await expect.poll(() => caption.textContent()).toMatch(/^\d+ organisations picked/);
    const picked = Number.parseInt((await caption.textContent())!, 10);
    expect(picked).toBeGreaterThan(0);
    expect(picked).toBeLessThan(northfold.length);
    await screenshot(page, 'brushed');
    await page.getByRole('button', { name: 'Clear the picked organisations' }).click();
    await expect.poll(() => caption.textContent()).not.toMatch(/picked/);
  });

  test('the network exports as GEXF and opens again', async () => {
    await page.getByText('Share', { exact: true }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Network \(GEXF\)/ }).click()]);
    const gexf = readFileSync((await file.path())!);
    const back = await readNetwork({ file: { name: 'northfold.gexf', content: gexf } });
    expect(back.network.order).toBe(northfold.length);
    expect(back.network.organisations.filter((o) => o.pioneer).length).toBe(northfold.filter((row) => row.pioneer === 'true').length);
    // Open it in the dashboard through the file picker.
    const path = join(tmpdir(), `knet-e2e-${process.pid}.gexf`);
    writeFileSync(path, gexf);
    await page.getByRole('button', { name: 'Open your data' }).click();
    await page.locator('dialog input[type=file]').setInputFiles(path);
    await page.waitForFunction(() => document.querySelector('.network-title')?.textContent?.endsWith('.gexf'));
    await waitForDashboard(page);
    expect(await page.locator('.facts').textContent()).toContain(`${northfold.length} organisations`);
    await expect.poll(() => page.getByRole('list', { name: 'Weakly connected pioneers' }).getByRole('listitem').count()).toBe(5);
    expect(seen.errors).toEqual([]);
  });
});
