// Opening your own data: pick or drop nodes.csv + edges.csv (or edges alone, GEXF, GraphML, graphology
// JSON), or give their URLs. Files are read in the analysis worker; errors and warnings appear in the status
// line exactly as the knet CLI words them.
import type { Actions } from '../state/actions.js';
import type { NetworkSources } from '../workers/protocol.js';
import { el, uid } from './dom.js';

const SINGLE_FILE = /\.(gexf|graphml|xml|json)$/i;

/** Which file is which: by name first (nodes/edges), else by header (source+target means flows). */
export async function assignFiles(files: readonly File[]): Promise<NetworkSources> {
  const single = files.find((file) => SINGLE_FILE.test(file.name));
  if (single) return { file: { name: single.name, content: single } };
  const tables = files.filter((file) => !SINGLE_FILE.test(file.name));
  if (tables.length === 0) throw new Error('choose a nodes file and an edges file (CSV), or one GEXF, GraphML or JSON file');
  if (tables.length > 2) throw new Error(`choose at most two CSV files (nodes and edges), not ${tables.length}`);
  if (tables.length === 1) return { edges: { name: tables[0].name, content: tables[0] } };
  const byName = (pattern: RegExp) => tables.find((file) => pattern.test(file.name));
  let nodes = byName(/node|organi[sz]ation|vert/i);
  let edges = byName(/edge|flow|link|tie|relation/i);
  if (!nodes || !edges || nodes === edges) {
    const heads = await Promise.all(tables.map(async (file) => (await file.slice(0, 4096).text()).split(/\r?\n/)[0].toLowerCase()));
    const isEdges = heads.map((head) => /(^|[,;\t"])\s*(source|from)\s*("?)([,;\t]|$)/.test(head) && /(^|[,;\t"])\s*(target|to)\s*("?)([,;\t]|$)/.test(head));
    const at = isEdges.indexOf(true);
    if (at < 0 || isEdges.every(Boolean)) throw new Error(`could not tell which of ${tables[0].name} and ${tables[1].name} holds the flows (name them nodes.csv and edges.csv)`);
    edges = tables[at];
    nodes = tables[1 - at];
  }
  return { nodes: { name: nodes.name, content: nodes }, edges: { name: edges.name, content: edges } };
}

export function importDialog(actions: Actions): { dialog: HTMLDialogElement; open(): void } {
  const pickId = uid('pick');
  const directedId = uid('directed');
  const nodesUrlId = uid('nodes-url');
  const edgesUrlId = uid('edges-url');
  const picker = el('input', { id: pickId, type: 'file', multiple: true, accept: '.csv,.tsv,.txt,.gexf,.graphml,.xml,.json' });
  const directed = el('input', { id: directedId, type: 'checkbox' });
  const message = el('p', { className: 'error', role: 'alert' });
  const drop = el(
    'div',
    { className: 'drop-zone' },
    el('p', {}, el('strong', {}, 'Drop nodes.csv and edges.csv here'), ' (or edges.csv alone, or one GEXF, GraphML or JSON file)'),
    el('p', {}, el('label', { for: pickId, className: 'action' }, 'Choose files…'), picker),
  );
  const nodesUrl = el('input', { id: nodesUrlId, type: 'url', placeholder: 'https://…/nodes.csv' });
  const edgesUrl = el('input', { id: edgesUrlId, type: 'url', placeholder: 'https://…/edges.csv' });
  const openUrls = el('button', { type: 'submit', className: 'action' }, 'Open from the web');
  const form = el(
    'form',
    { className: 'urls', method: 'dialog' },
    el('div', { className: 'field' }, el('label', { for: nodesUrlId }, 'Nodes URL (optional)'), nodesUrl),
    el('div', { className: 'field' }, el('label', { for: edgesUrlId }, 'Edges URL'), edgesUrl),
    openUrls,
  );
  const close = el('button', { type: 'button', className: 'close', 'aria-label': 'Close' }, '×');
  const sample = (name: string, title: string) => {
    const button = el('button', { type: 'button', className: 'link' }, title);
    button.addEventListener('click', () => {
      dialog.close();
      void actions.loadUrls({ nodes: `data/${name}/nodes.csv`, edges: `data/${name}/edges.csv` }, { title: `${title} (sample network)`, sample: name });
    });
    return button;
  };
  const dialog = el(
    'dialog',
    { className: 'import', 'aria-labelledby': 'import-heading' },
    el('header', { className: 'panel-header' }, el('h2', { id: 'import-heading' }, 'Open your own network'), close),
    el('p', { className: 'hint' }, 'nodes.csv needs an id column (label, type, sector, region, pioneer and themes are used when present); edges.csv needs source and target (weight, type and date are used when present). Your files stay on this computer: nothing is uploaded.'),
    drop,
    el('label', { className: 'check' }, directed, ' Flows are directed (from source to target)'),
    message,
    el('h3', {}, 'Or open files from the web'),
    form,
    el('p', { className: 'hint' }, 'Sample networks: ', sample('northfold', 'Northfold'), ' · ', sample('seed-stories', 'Seed stories')),
  ) as HTMLDialogElement;

  const openFiles = async (files: readonly File[]) => {
    message.textContent = '';
    let sources: NetworkSources;
    try {
      sources = await assignFiles(files);
    } catch (error) {
      message.textContent = `knet: ${(error as Error).message}`;
      return;
    }
    sources.directed = directed.checked;
    dialog.close();
    const title = [sources.nodes, sources.edges, sources.file].filter(Boolean).map((source) => source!.name).join(' + ');
    await actions.load(sources, { title, directed: directed.checked });
  };
  picker.addEventListener('change', () => {
    if (picker.files?.length) void openFiles([...picker.files]);
    picker.value = '';
  });
  for (const target of [drop]) {
    target.addEventListener('dragover', (event) => {
      event.preventDefault();
      target.classList.add('over');
    });
    target.addEventListener('dragleave', () => target.classList.remove('over'));
    target.addEventListener('drop', (event) => {
      event.preventDefault();
      target.classList.remove('over');
      if (event.dataTransfer?.files.length) void openFiles([...event.dataTransfer.files]);
    });
  }
  // Dropping files anywhere on the page works too, without opening the dialog first.
  document.addEventListener('dragover', (event) => event.preventDefault());
  document.addEventListener('drop', (event) => {
    if (dialog.contains(event.target as Node)) return;
    event.preventDefault();
    if (event.dataTransfer?.files.length) void openFiles([...event.dataTransfer.files]);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const edges = edgesUrl.value.trim();
    if (!edges) {
      message.textContent = 'knet: give at least the edges URL';
      edgesUrl.focus();
      return;
    }
    const nodes = nodesUrl.value.trim() || undefined;
    dialog.close();
    const title = [nodes, edges].filter(Boolean).map((url) => url!.split('/').pop()).join(' + ');
    void actions.loadUrls({ nodes, edges, directed: directed.checked }, { title, nodesUrl: nodes, edgesUrl: edges, directed: directed.checked });
  });
  close.addEventListener('click', () => dialog.close());
  return {
    dialog,
    open: () => {
      message.textContent = '';
      dialog.showModal();
    },
  };
}
