// Sharing what you found: the report a funder can send (knet report's HTML file), metrics CSV (formula-safe),
// the map as PNG (@sigma/export-image) or SVG, the network as GEXF for Gephi, and a link that reopens this exact view. "Anonymise exports" writes every one of
// them with pseudonyms (organisations with consent keep their names); the key is a separate download.
import { writeGexf } from '@knet/core';
import { downloadAsPNG } from '@sigma/export-image';
import type { Settings } from 'sigma/settings';
import { csvTable } from '../export/metrics.js';
import { download, fileStem } from '../export/download.js';
import { exportLabels, exportNetwork, pseudonymKey } from '../export/names.js';
import { writeSvg } from '@knet/core';
import type { MapView } from '../map/map-view.js';
import type { Actions } from '../state/actions.js';
import type { Store } from '../state/store.js';
import { el } from './dom.js';

export function shareMenu(store: Store, actions: Actions, map: MapView): HTMLElement {
  const note = el('p', { className: 'hint', role: 'status' });
  const item = (label: string, run: () => Promise<void> | void, description: string) => {
    const button = el('button', { type: 'button', className: 'menu-item' }, el('span', {}, label), el('span', { className: 'hint' }, description));
    button.addEventListener('click', async () => {
      note.textContent = '';
      try {
        await run();
      } catch (error) {
        note.textContent = `knet: ${(error as Error).message}`;
      }
    });
    return button;
  };
  const stem = () => fileStem(store.get().source?.title ?? 'network');
  const need = () => {
    const { network, analysis } = store.get();
    if (!network || !analysis) throw new Error('nothing to export yet: the network is still being computed');
    return { network, analysis };
  };
  const named = () => (store.get().anonymise ? ' with pseudonyms' : '');
  const csv = item('Metrics (CSV)', async () => {
    const { analysis } = need();
    download(csvTable(await exportNetwork(store, actions), analysis), `${stem()}-metrics.csv`, 'text/csv;charset=utf-8');
    note.textContent = `Saved the metrics table${named()}.`;
  }, 'every organisation shown, every metric');
  const png = item('Map image (PNG)', async () => {
    const renderer = map.renderer;
    if (!renderer) throw new Error('the map is not drawn yet');
    const labelOf = await exportLabels(store, actions);
    // export-image is typed for untyped attributes; the renderer is the same object.
    await downloadAsPNG(renderer as unknown as Parameters<typeof downloadAsPNG>[0], {
      fileName: `${stem()}-map`,
      backgroundColor: '#ffffff',
      // The same reducer with pseudonyms for labels; typed for untyped attributes, like the renderer.
      sigmaSettings: (labelOf ? map.imageSettings(labelOf) : {}) as Partial<Settings>,
    });
    note.textContent = `Saved the map as PNG${named()}.`;
  }, 'what the map shows now');
  const svg = item('Map drawing (SVG)', async () => {
    const shapes = map.snapshot(await exportLabels(store, actions));
    if (!shapes) throw new Error('the map is not drawn yet');
    download(writeSvg(shapes.nodes, shapes.edges, { title: store.get().source?.title }), `${stem()}-map.svg`, 'image/svg+xml');
    note.textContent = `Saved the map as SVG${named()}.`;
  }, 'for reports; opens in any editor');
  const gexf = item('Network (GEXF)', async () => {
    need();
    download(writeGexf(await exportNetwork(store, actions)), `${stem()}.gexf`, 'application/xml');
    note.textContent = `Saved the network as GEXF${named()}.`;
  }, 'for Gephi and Gephi Lite');
  const report = item('Export report (HTML)', async () => {
    need();
    note.textContent = 'Writing the report…';
    download(await actions.report(), `${stem()}-report.html`, 'text/html;charset=utf-8');
    note.textContent = `Saved the report${named()}: open it in a browser, print it to PDF.`;
  }, 'the whole network: figures, pioneers, silos, trends, map; one file to send');
  const anonymiseSwitch = el('input', { type: 'checkbox', role: 'switch', id: 'anonymise-exports' });
  const consentNote = el('p', { className: 'hint' });
  const key = item('Pseudonym key (CSV)', async () => {
    const { mapping } = await actions.anonymised();
    download(pseudonymKey(mapping), `${stem()}-pseudonym-key.csv`, 'text/csv;charset=utf-8');
    note.textContent = 'Saved the pseudonym key. It names everyone: keep it apart from the exports.';
  }, 'real names beside pseudonyms: keep it private');
  key.hidden = true;
  anonymiseSwitch.addEventListener('change', async () => {
    actions.setAnonymise(anonymiseSwitch.checked);
    key.hidden = !anonymiseSwitch.checked;
    consentNote.textContent = '';
    if (!anonymiseSwitch.checked) return;
    try {
      const { consentColumn, consented, mapping } = await actions.anonymised();
      consentNote.textContent = consentColumn
        ? `Names become pseudonyms in every export; ${consented} of ${mapping.length} organisations keep their names (their "${consentColumn}" column says yes).`
        : 'Names become pseudonyms in every export. The data has no "consent" column, so nobody keeps their name.';
    } catch (error) {
      consentNote.textContent = `knet: ${(error as Error).message}`;
    }
  });
  const privacy = el('div', { className: 'privacy' }, el('label', { className: 'check', for: 'anonymise-exports' }, anonymiseSwitch, ' Anonymise exports'), consentNote);
  const link = item('Copy link to this view', async () => {
    const source = store.get().source;
    const url = location.href;
    try {
      await navigator.clipboard.writeText(url);
      note.textContent = 'Link copied.';
    } catch {
      // No clipboard permission (e.g. plain http): show the link to copy by hand.
      note.textContent = url;
    }
    if (source && !source.nodesUrl && !source.edgesUrl && !source.sample) {
      note.textContent += ' Your own files are not in the link: colleagues need the same files (or put them online and use ?nodes=URL&edges=URL).';
    }
  }, 'selection, colours, filters and horizon');
  const menu = el('details', { className: 'menu share' }, el('summary', { className: 'action' }, 'Share'), el('div', { className: 'menu-body' }, privacy, report, csv, png, svg, gexf, key, link, note));
  // Close the menu after a choice or when focus leaves it.
  menu.addEventListener('focusout', (event) => {
    if (!menu.contains(event.relatedTarget as Node)) menu.open = false;
  });
  menu.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      menu.open = false;
      (menu.querySelector('summary') as HTMLElement).focus();
    }
  });
  return menu;
}
