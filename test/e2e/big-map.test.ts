// A big map in a real browser (3,250 organisations, 12,000 flows: past the map's "big" thresholds): it draws,
// settles, draws its strongest ties only and says so on the map, and a selection redraws it (sliced-sigma.ts
// re-indexes maps this big in slices). Its hundreds of weakly connected pioneers are listed a page at a time.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PIONEERS_DEFAULTS } from '../../packages/dashboard/src/panels/pioneers.js';
import { COLOURS } from '../../packages/dashboard/src/state/palette.js';
import { type BrowserSession, buildDashboard, explainSkip, hasChromium, launchBrowser, mapInk, openDashboard, screenshot, serve, type StaticServer, watchPage } from './harness.js';

explainSkip();

const ORGANISATIONS = 3000;
const FLOWS = 12_000;
/** Pioneers with no ties at all, after the others: more weakly connected pioneers than the list shows at first. */
const ISOLATED = 250;

/** A seeded random network, written for this test: distinct pairs, so more ties than a big map draws (8,000). */
function writeNetwork(folder: string): { nodes: string; edges: string } {
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const nodes = ['id,label,type,sector,region,pioneer'];
  for (let i = 0; i < ORGANISATIONS; i++) nodes.push(`o${i},Organisation ${i},charity,health,North,${i % 20 === 0}`);
  for (let i = ORGANISATIONS; i < ORGANISATIONS + ISOLATED; i++) nodes.push(`o${i},Lone pioneer ${i},mutual,housing,South,true`);
  const pairs = new Set<string>();
  const edges = ['source,target,weight,type,date'];
  while (pairs.size < FLOWS) {
    const [a, b] = [Math.floor(random() * ORGANISATIONS), Math.floor(random() * ORGANISATIONS)];
    const key = `${Math.min(a, b)}-${Math.max(a, b)}`;
    if (a === b || pairs.has(key)) continue;
    pairs.add(key);
    edges.push(`o${a},o${b},${1 + Math.floor(random() * 4)},partnership,2014`);
  }
  const files = { nodes: join(folder, 'nodes.csv'), edges: join(folder, 'edges.csv') };
  writeFileSync(files.nodes, `${nodes.join('\n')}\n`);
  writeFileSync(files.edges, `${edges.join('\n')}\n`);
  return files;
}

describe.skipIf(!hasChromium)('the dashboard on a big network', () => {
  let folder: string;
  let server: StaticServer;
  let session: BrowserSession;
  let page: Page;
  let seen: ReturnType<typeof watchPage>;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'knet-big-map-'));
    const files = writeNetwork(folder);
    server = await serve(await buildDashboard(), { '/big/nodes.csv': files.nodes, '/big/edges.csv': files.edges });
    session = await launchBrowser();
    ({ page, seen } = await openDashboard(session, `${server.url}?nodes=big/nodes.csv&edges=big/edges.csv`, { settled: true }));
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  test('draws dots and its strongest ties, and says it shows only those', async () => {
    expect(await page.getAttribute('#map', 'data-big')).toBe('true');
    const note = page.locator('.ties-note');
    await note.filter({ hasText: 'strongest' }).waitFor({ timeout: 30_000 });
    expect(await note.textContent()).toBe('Showing the 8,000 strongest of 12,000 ties; hover or select an organisation to see all of its ties.');
    expect(await mapInk(page)).toBeGreaterThan(0.01);
    // The ties went in over several frames that left the dots' canvas untouched (kept-layers.ts): the dots,
    // in their sector colours, are still on screen.
    expect(await mapInk(page, 'colour')).toBeGreaterThan(0.01);
    await screenshot(page, 'map-big');
    expect(seen.errors).toEqual([]);
  });

  test('selecting a pioneer opens its panel and keeps the map drawn', async () => {
    const first = page.locator('.pioneer-list button').first();
    const id = await first.getAttribute('data-id');
    await first.click();
    await page.waitForSelector('#organisation-heading', { timeout: 10_000 });
    expect(await page.locator('.pioneer-list [aria-current="true"]').getAttribute('data-id')).toBe(id);
    // The camera moves to it: wait out the animation and the redraw.
    await page.waitForTimeout(1500);
    expect(await mapInk(page)).toBeGreaterThan(0.01);
    await screenshot(page, 'map-big-selected');
    expect(seen.errors).toEqual([]);
  });

  test('lists hundreds of weakly connected pioneers a page at a time, most isolated first', async () => {
    const list = page.getByRole('list', { name: 'Weakly connected pioneers' });
    const intro = (await page.locator('.pioneer-list').locator('xpath=preceding-sibling::p[1]').textContent())!;
    const total = Number.parseInt(intro, 10);
    expect(total).toBeGreaterThanOrEqual(ISOLATED);
    const page1 = PIONEERS_DEFAULTS.pageSize;
    expect(await list.getByRole('listitem').count()).toBe(page1);
    // The 250 lone pioneers (and any the random ties left alone) come first: nobody is more isolated.
    const first = await list.getByRole('listitem').allTextContents();
    expect(first.every((text) => text.includes('100% out of reach'))).toBe(true);
    const more = page.getByRole('button', { name: /^Show \d+ more/ });
    expect(await more.textContent()).toBe(`Show ${Math.min(page1, total - page1)} more (${total - page1} not shown)`);
    await more.click();
    expect(await list.getByRole('listitem').count()).toBe(Math.min(total, 2 * page1));
    // The focus goes to the first new entry, so a keyboard user carries on from there.
    expect(await page.evaluate((at) => document.activeElement === document.querySelectorAll('.pioneer-list button')[at], page1)).toBe(true);
    while (await more.isVisible()) await more.click();
    expect(await list.getByRole('listitem').count()).toBe(total);
    const ids = await list.locator('button').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-id')));
    expect(new Set(ids).size).toBe(total);
    expect(seen.errors).toEqual([]);
  });

  test("draws a pioneer's ring (a point sprite on big maps, ring-sprite-program.ts)", async () => {
    // Selecting a lone pioneer brings it to the centre of the map, its label to the right: its ring shows
    // just left of the centre.
    await page.getByPlaceholder('Name of an organisation').fill(`Lone pioneer ${ORGANISATIONS + 7}`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#organisation-heading', { timeout: 10_000 });
    await page.waitForTimeout(1500);
    const box = (await page.locator('#map').boundingBox())!;
    const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
    const leftOfCentre = { x: cx - 16, y: cy - 12, width: 14, height: 24 };
    expect(await mapInk(page, COLOURS.ring as `#${string}`, leftOfCentre)).toBeGreaterThan(0.03);
    // And the box is not simply dark: the ring's white gap and the fill are there too.
    expect(await mapInk(page, COLOURS.ring as `#${string}`, leftOfCentre)).toBeLessThan(0.8);
    expect(seen.errors).toEqual([]);
  });

  test('a click on a dot selects its organisation (picked on the CPU, cpu-picking.ts)', async () => {
    const heading = page.locator('#organisation-heading');
    const box = (await page.locator('#map').boundingBox())!;
    // The lone pioneer selected above sits at the centre. A click on empty map away from it clears the selection...
    await page.mouse.click(box.x + 12, box.y + box.height - 12);
    await heading.waitFor({ state: 'detached', timeout: 10_000 });
    // ...and a click on its dot selects it again: the map found the dot under the pointer (cpu-picking.ts).
    await page.waitForTimeout(500);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await heading.waitFor({ timeout: 10_000 });
    expect(await heading.textContent()).toContain(`Lone pioneer ${ORGANISATIONS + 7}`);
    expect(seen.errors).toEqual([]);
  });
});
