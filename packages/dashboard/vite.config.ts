// Vite config for the knet dashboard: the app uses @knet/core's source, workers are ES modules, and the
// bundled sample networks (data/<name>/*.csv at the repository root) are served in dev and copied into dist/.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const core = fileURLToPath(new URL('../core/src/index.ts', import.meta.url));
const dataRoot = fileURLToPath(new URL('../../data/', import.meta.url));

/** The sample networks the dashboard ships with (folder under data/, files inside it). */
export const SAMPLES: Record<string, readonly string[]> = {
  northfold: ['nodes.csv', 'edges.csv'],
  'seed-stories': ['nodes.csv', 'edges.csv'],
};

const alias = [{ find: /^@knet\/core$/, replacement: core }];

/** Serves data/<sample>/<file> at ./data/<sample>/<file> in dev, and emits the same paths in the build. */
function sampleNetworks(): Plugin {
  const files = Object.entries(SAMPLES).flatMap(([sample, names]) => names.map((name) => `${sample}/${name}`));
  return {
    name: 'knet-sample-networks',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent((request.url ?? '').split('?')[0]);
        const match = /\/data\/(.+)$/.exec(path);
        if (!match || !files.includes(match[1])) return next();
        response.setHeader('Content-Type', 'text/csv; charset=utf-8');
        response.end(readFileSync(dataRoot + match[1]));
      });
    },
    generateBundle() {
      for (const file of files) {
        if (!existsSync(dataRoot + file)) continue;
        this.emitFile({ type: 'asset', fileName: `data/${file}`, source: readFileSync(dataRoot + file) });
      }
    },
  };
}

export default defineConfig({
  // Relative paths: the built site works from any folder of any static file server.
  base: './',
  resolve: { alias },
  worker: { format: 'es' },
  plugins: [sampleNetworks()],
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
});
