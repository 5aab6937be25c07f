// The proposals panel (what-if): the ties proposed so far, each removable, and what they would change,
// before and after, as `knet whatif` prints it: the network's figures, then each pioneer's isolation. While a
// tie is being proposed it says how to pick the second organisation. Exports the proposals as CSV.
import { proposalsCsv } from '../export/proposals.js';
import { download, fileStem } from '../export/download.js';
import { exportNetwork } from '../export/names.js';
import type { Actions } from '../state/actions.js';
import type { Proposal } from '../state/proposals.js';
import type { AppState, Store } from '../state/store.js';
import { figureRows, pioneerRows } from '../state/whatif-table.js';
import type { WhatIfPayload } from '../workers/protocol.js';
import { el, replace } from './dom.js';

export function proposalsPanel(store: Store, actions: Actions): HTMLElement {
  const weaving = actions.weaving;
  const picking = el('p', { className: 'picking', role: 'status' });
  const cancel = el('button', { type: 'button', className: 'link' }, 'Cancel');
  cancel.addEventListener('click', () => weaving.cancelProposing());
  const pickingRow = el('div', { className: 'picking-row', hidden: true }, picking, cancel);
  const list = el('ul', { className: 'proposal-list', 'aria-label': 'Proposed ties' });
  const figures = el('div', { className: 'whatif', 'aria-live': 'polite' });
  const note = el('p', { className: 'hint', role: 'status' });
  const exportButton = el('button', { type: 'button', className: 'action' }, 'Export the proposals (CSV)');
  exportButton.addEventListener('click', async () => {
    const { network, view, anonymise } = store.get();
    if (!network) return;
    try {
      const named = await exportNetwork(store, actions);
      download(proposalsCsv(view.proposals, network, named), `${fileStem(store.get().source?.title ?? 'network')}-proposed-ties.csv`, 'text/csv;charset=utf-8');
      note.textContent = `Saved ${view.proposals.length === 1 ? 'the proposed tie' : `${view.proposals.length} proposed ties`}${anonymise ? ' with pseudonyms' : ''} (the columns of an edges file).`;
    } catch (error) {
      note.textContent = `knet: ${(error as Error).message}`;
    }
  });
  const clear = el('button', { type: 'button', className: 'link' }, 'Remove all');
  clear.addEventListener('click', () => weaving.clearProposals());
  const tools = el('div', { className: 'proposal-tools' }, exportButton, clear);
  const panel = el(
    'section',
    { className: 'panel proposals', 'aria-labelledby': 'proposals-heading', hidden: true },
    el('h2', { id: 'proposals-heading', tabindex: '-1' }, 'What if: proposed ties'),
    pickingRow,
    list,
    figures,
    tools,
    note,
  );
  // Escape anywhere stops picking the second organisation.
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && store.get().proposing !== null) weaving.cancelProposing();
  });

  let last: unknown[] = [];
  const render = (state: AppState) => {
    const { network, view, whatIf, proposing, analysis } = state;
    const key = [network, view.proposals, whatIf, proposing, analysis];
    if (key.every((value, k) => value === last[k])) return;
    last = key;
    panel.hidden = !network || (view.proposals.length === 0 && proposing === null);
    if (!network) return;
    const name = (id: string) => {
      const index = network.indexOf(id);
      return index >= 0 ? network.organisations[index].label : id;
    };
    pickingRow.hidden = proposing === null;
    picking.textContent = proposing === null ? '' : `Pick the organisation to tie with ${name(proposing)}: click it on the map or find it by name. Escape cancels.`;
    replace(list, ...view.proposals.map((tie, k) => proposalItem(tie, name, skippedReason(whatIf, tie), () => {
      weaving.remove(tie);
      // Focus to the tie that took its place (else the previous one, else the heading), not back to the page.
      const buttons = list.querySelectorAll<HTMLElement>('button.remove');
      (buttons[Math.min(k, buttons.length - 1)] ?? panel.querySelector<HTMLElement>('h2'))?.focus();
    })));
    tools.hidden = view.proposals.length === 0;
    if (view.proposals.length === 0) replace(figures);
    else if (!whatIf) replace(figures, el('p', { className: 'hint' }, analysis ? 'Computing what they would change…' : ''));
    else replace(figures, ...whatIfContent(whatIf, (index) => network.organisations[index].label));
  };
  store.subscribe(render);
  render(store.get());
  return panel;
}

/** The reason core gave for leaving this tie out (the payload's pairs are copies, so matched by value). */
function skippedReason(whatIf: WhatIfPayload | null, tie: Proposal): string | undefined {
  return whatIf?.skipped.find((entry) => entry.tie[0] === tie[0] && entry.tie[1] === tie[1])?.reason;
}

function proposalItem(tie: Proposal, name: (id: string) => string, skipped: string | undefined, remove: () => void): HTMLElement {
  const words = `${name(tie[0])} – ${name(tie[1])}`;
  const button = el('button', { type: 'button', className: 'remove', 'aria-label': `Remove the tie ${words}` }, 'Remove');
  button.addEventListener('click', remove);
  return el(
    'li',
    { 'data-tie': `${tie[0]} ${tie[1]}` },
    el('span', { className: 'tie-words' }, el('span', { className: 'dash', 'aria-hidden': 'true' }), words),
    button,
    skipped ? el('span', { className: 'entry-reason' }, `Left out of the figures: ${skipped}.`) : null,
  );
}

function whatIfContent(whatIf: WhatIfPayload, label: (index: number) => string): Node[] {
  const rows = figureRows(whatIf);
  if (rows.length === 0) return [el('p', { className: 'hint' }, 'None of these ties can be added to the network shown.')];
  const head = (...names: string[]) => el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, names[0]), ...names.slice(1).map((n) => el('th', { scope: 'col', className: 'number' }, n))));
  const number = (text: string) => el('td', { className: 'number' }, text);
  const figures = el(
    'table',
    { className: 'compact whatif-figures' },
    el('caption', {}, `The network with ${whatIf.applied.length === 1 ? 'this tie' : 'these ties'}`),
    head('', 'Before', 'After', 'Change'),
    el('tbody', {}, ...rows.map((row) => el('tr', { 'data-figure': row.key }, el('th', { scope: 'row' }, row.label), number(row.before), number(row.after), number(row.change)))),
  );
  const nodes: Node[] = [figures];
  const { rows: pioneers, others } = pioneerRows(whatIf);
  if (whatIf.pioneers.length === 0) {
    nodes.push(el('p', { className: 'hint' }, 'No organisation is marked as a pioneer.'));
    return nodes;
  }
  nodes.push(
    el(
      'table',
      { className: 'compact whatif-pioneers' },
      el('caption', {}, `Pioneers' isolation (share of the network more than ${whatIf.horizon} ${whatIf.horizon === 1 ? 'step' : 'steps'} away)`),
      head('Pioneer', 'Before', 'After', 'Change'),
      el('tbody', {}, ...pioneers.map((row) => el('tr', { 'data-index': row.index },
        el('th', { scope: 'row' }, label(row.index), row.status ? el('span', { className: 'entry-reason' }, row.status) : null),
        number(row.before), number(row.after), number(row.change)))),
    ),
  );
  if (others > 0) nodes.push(el('p', { className: 'hint' }, `${others} other ${others === 1 ? 'pioneer' : 'pioneers'}: no change, not weakly connected.`));
  return nodes;
}
