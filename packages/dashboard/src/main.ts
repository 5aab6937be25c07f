// The dashboard's entry: one store, the actions that write it, the panels that read it, and the first load
// (a shared link's ?nodes=&edges= URLs, else the bundled sample network).
import './app.css';
import { MapView } from './map/map-view.js';
import { el } from './panels/dom.js';
import { chartsPanel } from './panels/charts.js';
import { filtersPanel } from './panels/filters.js';
import { headerBar } from './panels/header.js';
import { importDialog } from './panels/import.js';
import { legendPanel } from './panels/legend.js';
import { lowerStrip } from './panels/lower-strip.js';
import { mapTools } from './panels/map-tools.js';
import { organisationPanel } from './panels/organisation.js';
import { parallelPanel } from './panels/parallel.js';
import { pioneersPanel } from './panels/pioneers.js';
import { proposalsPanel } from './panels/proposals.js';
import { searchBox } from './panels/search.js';
import { shareMenu } from './panels/share.js';
import { silosPanel } from './panels/silos.js';
import { statusPanel } from './panels/status.js';
import { tableView } from './panels/table.js';
import { timeBar } from './panels/time-bar.js';
import { trendsPanel } from './panels/trends.js';
import { Actions } from './state/actions.js';
import { Store } from './state/store.js';
import { nextTask } from './tasks.js';
import { readLocation, syncUrl } from './url-sync.js';

export const SAMPLE_TITLES: Record<string, string> = {
  northfold: 'Northfold (sample network)',
  'seed-stories': 'Seed stories (sample network)',
};

async function start(): Promise<void> {
  // Evaluating the modules, building the panels and the first load each take a task of their own (tasks.ts).
  await nextTask();
  const root = document.getElementById('app')!;
  const { source, view } = readLocation();
  const store = new Store(view);
  const actions = new Actions(store);

  const mapContainer = el('div', { className: 'map', id: 'map', role: 'img', 'aria-label': 'Network map: organisations as dots, knowledge ties as lines. The table view lists the same organisations as text.' });
  const map = new MapView(mapContainer, store, actions);
  const mapFrame = el('div', { className: 'map-frame' }, mapContainer, mapTools(map, mapContainer));
  const lower = lowerStrip(store, actions, { charts: chartsPanel(store, actions, map), silos: silosPanel(store, actions), trends: trendsPanel(store), parallel: parallelPanel(store, actions) });
  const mapArea = el('div', { className: 'map-area' }, mapFrame, timeBar(store, actions), lower);
  const stage = el('section', { className: 'stage', 'aria-label': 'Network' }, mapArea, tableView(store, actions));
  store.subscribe((state) => {
    mapArea.hidden = state.view.view !== 'map';
  });
  mapArea.hidden = store.get().view.view !== 'map';

  const importer = importDialog(actions);
  const openButton = el('button', { type: 'button', className: 'action primary' }, 'Open your data');
  openButton.addEventListener('click', () => importer.open());

  root.append(
    headerBar(store, actions, [openButton, shareMenu(store, actions, map)]),
    statusPanel(store),
    el(
      'main',
      { className: 'layout' },
      el('aside', { className: 'sidebar left', 'aria-label': 'Search, appearance and filters' }, searchBox(store, actions), legendPanel(store, actions), filtersPanel(store, actions)),
      stage,
      el('aside', { className: 'sidebar right', 'aria-label': 'Organisations' }, proposalsPanel(store, actions), organisationPanel(store, actions), pioneersPanel(store, actions)),
    ),
    importer.dialog,
  );
  syncUrl(store);
  // Exposed for tests and assistive tooling: what the dashboard is doing now. The marks time the
  // milestones for bench/dashboard.mjs (network read, metrics in).
  store.subscribe((state, previous) => {
    document.body.dataset.phase = state.status.phase;
    if (state.network && state.network !== previous.network) performance.mark('knet:network-read');
    if (state.analysis && state.analysis !== previous.analysis) performance.mark('knet:analysed');
  });
  mapContainer.addEventListener('layoutphase', (event) => {
    if ((event as CustomEvent<string>).detail === 'settled') performance.mark('knet:layout-settled');
  });

  await nextTask();
  if (source.nodes || source.edges || source.file) {
    const title = [source.nodes, source.edges, source.file].filter(Boolean).map((url) => url!.split('/').pop()).join(' + ');
    await actions.loadUrls(
      { nodes: source.nodes, edges: source.edges, file: source.file, directed: source.directed },
      { title, nodesUrl: source.nodes, edgesUrl: source.edges, fileUrl: source.file, directed: source.directed },
    );
  } else {
    const sample = SAMPLE_TITLES[source.sample] ? source.sample : 'northfold';
    await actions.loadUrls(
      { nodes: `data/${sample}/nodes.csv`, edges: `data/${sample}/edges.csv` },
      { title: SAMPLE_TITLES[sample], sample },
    );
  }
}

void start();
