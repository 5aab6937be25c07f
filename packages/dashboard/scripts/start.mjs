// `pnpm start`: the dev server on the bundled sample network. A browser is opened only where one can be
// (a desktop session, not CI or a headless machine); the URL is always printed so it can be opened by hand.
import { createServer } from 'vite';

const headless =
  process.env.CI === 'true' ||
  process.env.CI === '1' ||
  (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

const server = await createServer({
  configFile: new URL('../vite.config.ts', import.meta.url).pathname,
  server: { open: !headless },
});
await server.listen();
server.printUrls();
if (headless) console.log('\n  knet: no display here, so no browser was opened; open the Local URL above.\n');
