// Bringing your own data in a real browser: uploading CSVs shows their warnings exactly as the CLI prints
// them; a network whose labels are HTML runs nothing and injects nothing; the metrics CSV downloads and
// parses back, formula-safe; ?nodes=URL&edges=URL loads files from the web.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatWarning, readNetwork } from '@knet/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { csvRecords } from './csv.js';
import {
  type BrowserSession, buildDashboard, explainSkip, fixtures, hasChromium, launchBrowser, screenshot, serve,
  type StaticServer, waitForDashboard, watchPage,
} from './harness.js';

explainSkip();

const HOSTILE_QUERY = '?nodes=fixtures/hostile-nodes.csv&edges=fixtures/hostile-edges.csv';

/** Degree of each organisation counted straight from an edges file: distinct partners, self-loops left out. */
function degreesFromEdges(path: string): Map<string, number> {
  const partners = new Map<string, Set<string>>();
  for (const line of readFileSync(path, 'utf8').trim().split('\n').slice(1)) {
    const [source, target] = line.split(',');
    if (source === target) continue;
    for (const [a, b] of [[source, target], [target, source]]) {
      if (!partners.has(a)) partners.set(a, new Set());
      partners.get(a)!.add(b);
    }
  }
  return new Map([...partners].map(([id, set]) => [id, set.size]));
}

describe.skipIf(!hasChromium)('your own data in the dashboard', () => {
  let server: StaticServer;
  let session: BrowserSession;

  beforeAll(async () => {
    server = await serve(await buildDashboard(), {
      '/fixtures/hostile-nodes.csv': join(fixtures, 'hostile-nodes.csv'),
      '/fixtures/hostile-edges.csv': join(fixtures, 'hostile-edges.csv'),
    });
    session = await launchBrowser();
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test('uploading nodes.csv and edges.csv shows their warnings as the CLI prints them', async () => {
    const page = await session.context.newPage();
    const seen = watchPage(page);
    await page.goto(server.url);
    await waitForDashboard(page);
    await page.getByRole('button', { name: 'Open your data' }).click();
    await page.locator('dialog input[type=file]').setInputFiles([join(fixtures, 'warnings-nodes.csv'), join(fixtures, 'warnings-edges.csv')]);
    await page.waitForFunction(() => document.querySelector('.network-title')?.textContent?.includes('warnings-edges.csv'));
    await waitForDashboard(page);
    // What the CLI prints for the same files, run in their folder (cli/load.ts: "knet: warning: " + formatWarning).
    const file = (name: string) => ({ name, content: readFileSync(join(fixtures, name)) });
    const { warnings, network } = await readNetwork({ nodes: file('warnings-nodes.csv'), edges: file('warnings-edges.csv') });
    const expected = warnings.map((warning) => `knet: warning: ${formatWarning(warning)}`);
    expect(expected.length).toBeGreaterThanOrEqual(4);
    const shown = await page.getByRole('list', { name: 'Input warnings' }).getByRole('listitem').allTextContents();
    expect(shown).toEqual(expected);
    expect(await page.locator('.facts').textContent()).toContain(`${network.order} organisations`);
    await screenshot(page, 'import-warnings');
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  test('an error names the file and line, as the CLI does', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url);
    await waitForDashboard(page);
    await page.getByRole('button', { name: 'Open your data' }).click();
    // An edges file without a target column.
    await page.locator('dialog input[type=file]').setInputFiles([{ name: 'edges.csv', mimeType: 'text/csv', buffer: Buffer.from('source,destination\na,b\n') }]);
    const alert = page.locator('.status .error');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/knet: edges\.csv.*target/);
    await page.close();
  });

  test('a 100,000-character label keeps the panel, the table and the captions usable', async () => {
    const page = await session.context.newPage();
    const seen = watchPage(page);
    await page.goto(server.url);
    await waitForDashboard(page);
    const long = 'A'.repeat(100_000);
    await page.getByRole('button', { name: 'Open your data' }).click();
    await page.locator('dialog input[type=file]').setInputFiles([
      { name: 'nodes.csv', mimeType: 'text/csv', buffer: Buffer.from(`id,label\nlong,${long}\nb,B\nc,C\n`) },
      { name: 'edges.csv', mimeType: 'text/csv', buffer: Buffer.from('source,target\nlong,b\nb,c\n') },
    ]);
    await expect.poll(() => page.locator('header .facts').textContent()).toMatch(/^3 organisations · 2 ties/);
    // The organisation panel: its heading is a few lines, so the metrics below it are in view.
    await page.getByRole('combobox', { name: 'Find an organisation' }).fill('AAAA');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const heading = page.locator('.organisation h2');
    await heading.waitFor();
    expect((await heading.boundingBox())!.height).toBeLessThan(150);
    // The whole label is still there (selectable, copyable): only its display is clipped.
    expect((await heading.textContent())!.length).toBeGreaterThanOrEqual(100_000);
    const caption = page.locator('.charts figcaption').first();
    expect((await caption.boundingBox())!.height).toBeLessThan(80);
    // The table: one line per organisation, no wider than its column.
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const name = page.locator('table.organisations tbody th .link', { hasText: 'AAAA' });
    const box = (await name.boundingBox())!;
    expect(box.width).toBeLessThan(500);
    expect(box.height).toBeLessThan(40);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  test('hostile labels run nothing and inject nothing, everywhere they are shown', async () => {
    const page = await session.context.newPage();
    const seen = watchPage(page);
    await page.goto(server.url + HOSTILE_QUERY);
    await waitForDashboard(page);
    // The literal text is shown: in the pioneers list...
    const list = page.getByRole('list', { name: 'Weakly connected pioneers' });
    await expect.poll(() => list.locator('.entry-name').allTextContents()).toContain('<img src=x onerror=alert(1)>');
    // ...in the organisation panel, with the dangerous attribute names as plain rows...
    await list.getByRole('button', { name: /img src=x/ }).click();
    const panel = page.locator('.organisation');
    await panel.getByRole('heading', { name: '<img src=x onerror=alert(1)>' }).waitFor();
    const panelText = await panel.textContent();
    expect(panelText).toContain('<script>alert(3)</script>');
    expect(panelText).toContain('__proto__');
    expect(panelText).toContain('polluted');
    // ...in search suggestions and the table.
    await page.getByRole('combobox', { name: 'Find an organisation' }).fill('<script>');
    await expect.poll(() => page.getByRole('listbox', { name: 'Matching organisations' }).getByRole('option').allTextContents()).toEqual([expect.stringContaining('<script>alert(4)</script>')]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await expect.poll(() => page.locator('table.organisations tbody').textContent()).toContain('"><iframe src=javascript:alert(5)>');
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await page.mouse.move(700, 400);
    await page.waitForTimeout(500);
    await screenshot(page, 'hostile-labels');
    const injected = await page.evaluate(() => ({
      images: document.querySelectorAll('img').length,
      iframes: document.querySelectorAll('iframe').length,
      scripts: [...document.querySelectorAll('script')].filter((script) => !script.src).length,
      handlers: [...document.querySelectorAll('*')].filter((element) => [...element.attributes].some((a) => a.name.startsWith('on'))).length,
      polluted: (({}) as Record<string, unknown>).polluted,
    }));
    expect(injected).toEqual({ images: 0, iframes: 0, scripts: 0, handlers: 0, polluted: undefined });
    expect(seen.dialogs).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  test('the metrics CSV downloads, parses back and is formula-safe', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url + HOSTILE_QUERY);
    await waitForDashboard(page);
    await page.getByText('Share', { exact: true }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Metrics \(CSV\)/ }).click()]);
    expect(file.suggestedFilename()).toMatch(/metrics\.csv$/);
    const text = readFileSync((await file.path())!, 'utf8');
    const records = csvRecords(text);
    const byId = new Map(records.map((record) => [record.id, record]));
    expect([...byId.keys()].sort()).toEqual(['x1', 'x2', 'x3', 'x4', 'x5', 'x6']);
    // Degrees agree with a count made straight from the edges file.
    for (const [id, degree] of degreesFromEdges(join(fixtures, 'hostile-edges.csv'))) expect(Number(byId.get(id)!.degree)).toBe(degree);
    // Formula-looking cells are neutralised; labels that merely contain markup are kept as written.
    expect(byId.get('x2')!.notes).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(byId.get('x3')!.notes).toBe(`'@SUM(1+1)`);
    expect(byId.get('x4')!.notes).toBe(`'-2+3`);
    expect(byId.get('x5')!.label).toBe(`'+1 Formula Org`);
    expect(byId.get('x1')!.label).toBe('<img src=x onerror=alert(1)>');
    for (const record of records) expect(Number(record.reach)).toBeGreaterThanOrEqual(0);
    await page.close();
  });
});

export type { Page };
