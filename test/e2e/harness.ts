// Browser-test harness: builds the dashboard (vite build into a temporary folder), serves it with a tiny
// static server, and drives Debian's Chromium through playwright-core. Without /usr/bin/chromium the
// e2e suites skip with a message, so the README's test command passes on a machine with only Node.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.KNET_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const repository = fileURLToPath(new URL('../../', import.meta.url));
export const dashboardDir = join(repository, 'packages/dashboard');
export const artifacts = join(repository, 'test/artifacts');
export const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

let warned = false;
/** Call at the top of each e2e file: prints once why the suite is skipped. */
export function explainSkip(): void {
  if (hasChromium || warned) return;
  warned = true;
  console.warn(`knet e2e: no Chromium at ${CHROMIUM}, so the browser tests are skipped (apt-get install chromium; CI installs it).`);
}

/** Builds the static site into a fresh temporary folder (each test file its own: no shared state). */
export async function buildDashboard(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'knet-dashboard-'));
  const vite = join(dashboardDir, 'node_modules/vite/bin/vite.js');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: dashboardDir, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build failed (${code}):\n${output}`))));
  });
  return outDir;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.gexf': 'application/xml',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** A plain static file server on a free port: what any file server does, no special headers. */
export async function serve(root: string, extra: Record<string, string> = {}): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (extra[path]) {
      response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'text/plain' });
      response.end(readFileSync(extra[path]));
      return;
    }
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(normalize(root)) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface BrowserSession {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Headless Chromium with SwiftShader WebGL and a fresh profile of its own. */
export async function launchBrowser(): Promise<BrowserSession> {
  const profile = mkdtempSync(join(tmpdir(), 'knet-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Records page errors and dialogs so a test can assert there were none. */
export function watchPage(page: Page): { errors: string[]; dialogs: string[] } {
  const seen = { errors: [] as string[], dialogs: [] as string[] };
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('dialog', (dialog) => {
    seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return seen;
}

/** Waits until the map has drawn and the analysis is in (the pioneers list is filled or says none). */
export async function waitForDashboard(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForSelector('#map[data-drawn="true"]', { timeout });
  await page.waitForFunction(() => document.body.dataset.phase === 'ready' || document.body.dataset.phase === 'error', undefined, { timeout });
}

/** A watched page on `url`, once the dashboard is ready (and, with `settled`, once the layout has stopped). */
export async function openDashboard(session: BrowserSession, url: string, options: { settled?: boolean } = {}): Promise<{ page: Page; seen: ReturnType<typeof watchPage> }> {
  const page = await session.context.newPage();
  const seen = watchPage(page);
  await page.goto(url);
  await waitForDashboard(page);
  if (options.settled) await page.waitForSelector('#map[data-layout="settled"]', { timeout: 45_000 });
  return { page, seen };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifacts, { recursive: true });
  const path = join(artifacts, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * Share of the map's pixels that are not background ('ink'), or that are clearly coloured ('colour': faded
 * organisations and ties are grey), or close to one colour (`#rrggbb`, e.g. an overlay's lines), measured on
 * a real screenshot of the map (WebGL buffers cannot be read back reliably): the PNG is decoded by the
 * page's own image decoder.
 */
export async function mapInk(page: Page, kind: 'ink' | 'colour' | `#${string}` = 'ink', clip?: { x: number; y: number; width: number; height: number }): Promise<number> {
  // `clip`: only this box of the page (page pixels), else the whole map.
  const png = clip ? await page.screenshot({ clip }) : await page.locator('#map').screenshot();
  return page.evaluate(async ([base64, kind]) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const near = kind.startsWith('#') ? [1, 3, 5].map((at) => parseInt(kind.slice(at, at + 2), 16)) : null;
    let ink = 0;
    for (let k = 0; k < data.length; k += 4) {
      const [r, g, b] = [data[k], data[k + 1], data[k + 2]];
      if (near) {
        if (Math.abs(r - near[0]) + Math.abs(g - near[1]) + Math.abs(b - near[2]) < 60) ink++;
      } else if (kind === 'colour' ? Math.max(r, g, b) - Math.min(r, g, b) > 60 : r < 240 || g < 240 || b < 240) ink++;
    }
    return ink / (data.length / 4);
  }, [png.toString('base64'), kind] as const);
}
