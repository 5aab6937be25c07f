// The report a funder can send, in a real browser: the file `knet report` writes for Northfold opens from
// disk with no console error and no request but its own; printed (print media, A4 width) no table is wider
// than the page, and page.pdf() gives the pages we look at; hostile labels inject nothing; and the
// dashboard's "Export report" downloads the same file as the CLI for the same network (the footer aside),
// with pseudonyms too when "Anonymise exports" is on.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../packages/core/src/cli/main.js';
import {
  artifacts, type BrowserSession, buildDashboard, explainSkip, fixtures, hasChromium, launchBrowser, repository, screenshot, serve,
  type StaticServer, waitForDashboard, watchPage,
} from './harness.js';

explainSkip();

const scratch = mkdtempSync(join(tmpdir(), 'knet-report-e2e-'));
const NORTHFOLD = ['--nodes', 'data/northfold/nodes.csv', '--edges', 'data/northfold/edges.csv'];

/** Runs `knet report ...` in-process from the repository folder; returns the HTML it wrote to --out. */
async function knetReport(args: string[], name: string): Promise<string> {
  const out = join(scratch, name);
  let stderr = '';
  const code = await main(['report', ...args, '--out', out, '--quiet'], {
    stdout: { write: () => true },
    stderr: { write: (text: string) => (stderr += text) },
    stderrIsTTY: false,
    cwd: repository,
    progressDelay: 0,
  });
  expect(code, stderr).toBe(0);
  return readFileSync(out, 'utf8');
}

/** The page above the footer: what the CLI and the dashboard must agree on (the footer names the input and the date). */
const aboveFooter = (html: string) => html.slice(html.indexOf('<body>'), html.indexOf('<footer>'));

/** Opens a report file and records every request, console error, page error and dialog. */
async function openReport(session: BrowserSession, path: string) {
  const page = await session.context.newPage();
  const seen = watchPage(page);
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  const url = pathToFileURL(path).href;
  await page.goto(url);
  await page.waitForLoadState('load');
  return { page, seen, requests, consoleErrors, url };
}

/** Print media at an A4 page's printable width (210 mm less 2 × 12 mm margins, at 96 px per inch): every table's right edge. */
async function widestTableOverflow(page: Page): Promise<{ overflow: number; tables: number }> {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: Math.floor(((210 - 24) / 25.4) * 96), height: 1000 });
  const result = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const tables = [...document.querySelectorAll('table, svg, dl')];
    return { overflow: Math.max(0, ...tables.map((element) => element.getBoundingClientRect().right - width)), tables: document.querySelectorAll('table').length };
  });
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1440, height: 900 });
  return result;
}

describe.skipIf(!hasChromium)('the report file in Chromium', () => {
  let session: BrowserSession;
  let server: StaticServer;
  let cliReport: string;

  beforeAll(async () => {
    session = await launchBrowser();
    cliReport = await knetReport(NORTHFOLD, 'northfold.html');
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(join(artifacts, 'report-northfold.html'), cliReport);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test('opens from disk with no console error and no request but the file itself', async () => {
    const { page, seen, requests, consoleErrors, url } = await openReport(session, join(artifacts, 'report-northfold.html'));
    expect(requests).toEqual([url]);
    expect(consoleErrors).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(seen.dialogs).toEqual([]);
    // Every section is there, and the map is drawn: 312 organisations, 1,034 ties.
    expect(await page.locator('h2').allTextContents()).toEqual([
      'The network in figures', 'Weakly connected pioneers', 'Silos: ties between sector groups', 'Trends, by year', 'The map',
    ]);
    expect(await page.locator('#map svg g.ties line').count()).toBe(1034);
    expect(await page.locator('#pioneers li.pioneer').count()).toBe(5);
    expect(await page.locator('#trend tbody tr').count()).toBeGreaterThan(3);
    await screenshot(page, 'report-northfold-top');
    await page.locator('#silos').scrollIntoViewIfNeeded();
    await screenshot(page, 'report-northfold-silos');
    await page.locator('#map').scrollIntoViewIfNeeded();
    await screenshot(page, 'report-northfold-map');
    await page.close();
  });

  test('prints to A4 with no table wider than the page; the PDF pages are saved to look at', async () => {
    const { page } = await openReport(session, join(artifacts, 'report-northfold.html'));
    // The PDF first, from the page as opened (media emulation below changes the layout it starts from).
    const pdf = join(artifacts, 'report-northfold.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const { overflow, tables } = await widestTableOverflow(page);
    expect(tables).toBeGreaterThan(5);
    expect(overflow).toBeLessThanOrEqual(1);
    // Pages as PNG for a person to look at, where poppler-utils is installed (CI and the README's setup have it optional).
    const converted = spawnSync('pdftoppm', ['-r', '70', '-png', pdf, join(artifacts, 'report-northfold-page')]);
    if (converted.error) console.warn('knet e2e: pdftoppm not found (apt-get install poppler-utils): the PDF is not turned into page images.');
    await page.close();
  });

  test('hostile labels run nothing and inject nothing', async () => {
    const html = await knetReport(['--nodes', join(fixtures, 'hostile-nodes.csv'), '--edges', join(fixtures, 'hostile-edges.csv')], 'hostile.html');
    writeFileSync(join(artifacts, 'report-hostile.html'), html);
    const { page, seen, requests, consoleErrors, url } = await openReport(session, join(artifacts, 'report-hostile.html'));
    expect(requests).toEqual([url]);
    expect(consoleErrors).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(seen.dialogs).toEqual([]);
    expect(await page.locator('img, script, iframe, b, svg[onload]').count()).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('style').length)).toBe(1);
    // The labels are shown as the text they are.
    const pioneers = await page.locator('#pioneers h3').allTextContents();
    expect(pioneers).toContain('<img src=x onerror=alert(1)> (x1)');
    expect(await page.locator('#map text').allTextContents()).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('#silos th[scope=row]').allTextContents()).toContain('<b>health</b>');
    await screenshot(page, 'report-hostile');
    await page.close();
  });

  describe('the dashboard\'s Export report', () => {
    let page: Page;
    let seen: ReturnType<typeof watchPage>;

    beforeAll(async () => {
      server = await serve(await buildDashboard());
      page = await session.context.newPage();
      seen = watchPage(page);
      await page.goto(server.url);
      await waitForDashboard(page);
    });

    const exportReport = async () => {
      if (!(await page.locator('details.share').evaluate((menu) => (menu as HTMLDetailsElement).open))) await page.getByText('Share', { exact: true }).click();
      const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: /Export report \(HTML\)/ }).click()]);
      expect(file.suggestedFilename()).toMatch(/-report\.html$/);
      return readFileSync((await file.path())!, 'utf8');
    };

    test('downloads the file knet report writes for the same network, the footer aside', async () => {
      const downloaded = await exportReport();
      expect(aboveFooter(downloaded)).toBe(aboveFooter(cliReport));
      expect(downloaded).toContain('by the knet dashboard');
      expect(aboveFooter(downloaded)).toContain('<section id="map">');
      await screenshot(page, 'report-dashboard-share');
      expect(seen.errors).toEqual([]);
    });

    test('with "Anonymise exports" on, the same file as knet report --anonymise', async () => {
      if (!(await page.locator('details.share').evaluate((menu) => (menu as HTMLDetailsElement).open))) await page.getByText('Share', { exact: true }).click();
      await page.getByRole('switch', { name: 'Anonymise exports' }).check();
      const downloaded = await exportReport();
      const cliAnonymised = await knetReport([...NORTHFOLD, '--anonymise'], 'northfold-anonymised.html');
      expect(aboveFooter(downloaded)).toBe(aboveFooter(cliAnonymised));
      // No real name: Northfold has no consent column, so every organisation has a pseudonym.
      const labels = readFileSync(join(repository, 'data/northfold/nodes.csv'), 'utf8').split('\n').slice(1, 40).map((line) => line.split(',')[1]).filter((label) => label && !label.startsWith('"'));
      expect(labels.length).toBeGreaterThan(20);
      for (const label of labels) expect(downloaded).not.toContain(label);
      writeFileSync(join(artifacts, 'report-northfold-anonymised.html'), downloaded);
      expect(seen.errors).toEqual([]);
    });
  });
});
