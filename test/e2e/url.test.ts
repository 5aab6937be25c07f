// A copied link reopens the same view: colour, size, selection, filters and horizon set through the controls
// go into the address, and a fresh page opened on that address shows the same controls and figures.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type BrowserSession, buildDashboard, explainSkip, hasChromium, launchBrowser, screenshot, serve,
  type StaticServer, waitForDashboard,
} from './harness.js';

explainSkip();

/** What the controls show: the view as a user sees it. */
async function controls(page: Page) {
  return {
    colour: await page.getByLabel('Colour by').inputValue(),
    size: await page.getByLabel('Size by').inputValue(),
    horizon: await page.getByLabel('Horizon (steps)').inputValue(),
    from: await page.getByLabel('From', { exact: true }).inputValue(),
    charity: await page.locator('.filters input[value="charity"]').isChecked(),
    selected: await page.locator('#organisation-heading').textContent(),
    summary: await page.locator('.filters .hint').first().textContent(),
    pioneers: await page.getByRole('list', { name: /Weakly connected/ }).locator('.entry-name').allTextContents(),
  };
}

describe.skipIf(!hasChromium)('the URL keeps the view', () => {
  let server: StaticServer;
  let session: BrowserSession;

  beforeAll(async () => {
    server = await serve(await buildDashboard());
    session = await launchBrowser();
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test('a link reopens the same view', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url);
    await waitForDashboard(page);
    await page.getByLabel('Colour by').selectOption('sector');
    await page.getByLabel('Size by').selectOption('degree');
    await page.locator('summary', { hasText: 'Organisation type' }).click();
    await page.locator('.filters input[value="charity"]').check();
    await page.getByLabel('Horizon (steps)').fill('3');
    await page.getByLabel('Horizon (steps)').press('Enter');
    await page.getByLabel('From', { exact: true }).fill('2012');
    await page.getByLabel('From', { exact: true }).press('Tab');
    await page.waitForFunction(() => document.querySelector('.filters .hint')?.textContent?.startsWith('Showing'));
    await waitForDashboard(page);
    await page.getByRole('combobox', { name: 'Find an organisation' }).fill('Saltcote Carers, Families');
    await page.getByRole('combobox', { name: 'Find an organisation' }).press('Enter');
    await page.locator('#organisation-heading').waitFor();
    // Let the last analysis (horizon and date) land before reading the controls.
    await page.waitForFunction(() => new URL(location.href).searchParams.get('horizon') === '3' && document.body.dataset.phase === 'ready');
    const before = await controls(page);
    const link = page.url();
    expect(new URL(link).searchParams.getAll('type')).toEqual(['charity']);

    const again = await session.context.newPage();
    await again.goto(link);
    await waitForDashboard(again);
    await again.locator('#organisation-heading').waitFor();
    await again.locator('summary', { hasText: 'Organisation type' }).click();
    const after = await controls(again);
    expect(after).toEqual(before);
    expect(after.colour).toBe('sector');
    expect(after.size).toBe('degree');
    expect(after.horizon).toBe('3');
    expect(after.charity).toBe(true);
    expect(after.selected).toBe('Saltcote Carers, Families and Friends');
    // The reopened page writes the same address back.
    expect(again.url()).toBe(link);
    await screenshot(again, 'url-reopened');
    await page.close();
    await again.close();
  });
});
