// The silos panel: for a chosen grouping (type, sector, region, community), the ties between groups as a
// matrix whose cells pick their flows on the map, and each group's E-I index beside it (do its ties stay
// inside the group, −1, or cross to others, +1?). Everything the chart shows is also in the table as text.
import { siloMatrixChart } from '../charts/silo-matrix.js';
import { groupLabel } from '../map/appearance.js';
import type { Actions } from '../state/actions.js';
import { cellLabel } from '../state/highlight.js';
import type { AppState, Store } from '../state/store.js';
import { SILO_CHOICES, type SiloGrouping } from '../state/view-state.js';
import type { SilosPayload } from '../workers/protocol.js';
import { el, replace, uid } from './dom.js';
import { formatCount } from './format.js';

export const SILOS_DEFAULTS = {
  /** The matrix shows the largest groups; the E-I table lists every group. */
  maxGroups: 15,
};

const GROUPING_WORDS: Record<SiloGrouping, { choice: string; plural: string; one: string }> = {
  type: { choice: 'Type', plural: 'organisation types', one: 'type' },
  sector: { choice: 'Sector', plural: 'sectors', one: 'sector' },
  region: { choice: 'Region', plural: 'regions', one: 'region' },
  community: { choice: 'Community', plural: 'communities', one: 'community' },
};

/** E-I in words: −1 all inside, +1 all across. */
export function formatEi(ei: number): string {
  if (Number.isNaN(ei)) return 'no ties';
  const sign = ei > 0.005 ? '+' : ei < -0.005 ? '−' : '';
  return `${sign}${Math.abs(ei).toFixed(2)}`;
}

function leaning(ei: number): string {
  if (Number.isNaN(ei)) return 'no ties to judge by';
  if (ei <= -0.5) return 'mostly inside their groups (a silo)';
  if (ei < -0.1) return 'more inside their groups than across';
  if (ei <= 0.1) return 'as much inside their groups as across';
  return 'mostly across groups';
}

export function silosPanel(store: Store, actions: Actions): HTMLElement {
  const selectId = uid('silo-group');
  const grouping = el('select', { id: selectId });
  for (const choice of SILO_CHOICES) grouping.append(el('option', { value: choice }, GROUPING_WORDS[choice].choice));
  grouping.addEventListener('change', () => actions.setSiloGroup(grouping.value as SiloGrouping));
  const name = (group: string) => groupLabel(store.get().view.siloGroup, group);
  const holder = el('div', { className: 'chart-holder matrix-holder' });
  const update = siloMatrixChart(holder, {
    onPick: (cell) => actions.highlightCell(cell, name),
    onClear: () => actions.highlightCell(null),
  });
  const eiTable = el('table', { className: 'compact ei-table' });
  const summary = el('p', { className: 'hint' });
  const picked = el('p', { className: 'picked', role: 'status' });
  const clear = el('button', { type: 'button', className: 'link', hidden: true }, 'Clear the picked flows');
  clear.addEventListener('click', () => actions.highlightCell(null));
  const panel = el(
    'section',
    { className: 'silos', 'aria-label': 'Silos' },
    el('div', { className: 'chart-tools' },
      el('div', { className: 'field inline' }, el('label', { for: selectId }, 'Compare groups by'), grouping),
      el('span', { className: 'hint' }, 'pick a cell (click, or Enter) to show its flows on the map')),
    el('div', { className: 'silo-body' }, holder, el('div', { className: 'ei-side' }, el('h3', {}, 'E-I index by group'), eiTable, summary)),
    el('div', { className: 'picked-row' }, picked, clear),
  );

  let last: unknown[] = [];
  const render = (state: AppState) => {
    const { silos, highlight, view } = state;
    const key = [silos, highlight, view.siloGroup];
    if (key.every((value, k) => value === last[k])) return;
    last = key;
    grouping.value = view.siloGroup;
    const words = GROUPING_WORDS[view.siloGroup];
    clear.hidden = highlight === null;
    picked.textContent = highlight ? `Showing on the map: ${highlight.label}, between ${formatCount(highlight.organisations.size)} organisations.` : '';
    if (!silos) {
      summary.textContent = state.analysis ? 'Computing…' : '';
      return;
    }
    const shown = Math.min(silos.groups.length, SILOS_DEFAULTS.maxGroups);
    update({
      names: silos.groups.slice(0, shown).map(name),
      ties: subMatrix(silos, shown),
      picked: highlight ? { row: highlight.row, column: highlight.column } : null,
      cellLabel: (row, column) => cellLabel(silos, row, column, name),
      title: `Ties between ${words.plural}: rows and columns are the same groups; the diagonal counts ties inside a group`,
    });
    renderEiTable(eiTable, silos, name, words.one);
    const parts = [
      `Overall E-I ${formatEi(silos.overall)}: ties run ${leaning(silos.overall)} (−1 every tie inside a ${words.one}, +1 every tie across).`,
    ];
    if (shown < silos.groups.length) parts.push(`The matrix shows the ${shown} largest of ${silos.groups.length} ${words.plural}; the table lists them all.`);
    if (silos.unassigned.ties > 0) parts.push(`${formatCount(silos.unassigned.ties)} ${silos.unassigned.ties === 1 ? 'tie involves' : 'ties involve'} organisations with no ${words.one} and ${silos.unassigned.ties === 1 ? 'is' : 'are'} not counted.`);
    summary.textContent = parts.join(' ');
  };
  store.subscribe(render);
  render(store.get());
  return panel;
}

/** The top-left `m` × `m` block of the matrix (the largest groups come first). */
function subMatrix(silos: SilosPayload, m: number): Float64Array {
  const k = silos.groups.length;
  const out = new Float64Array(m * m);
  for (let row = 0; row < m; row++) for (let column = 0; column < m; column++) out[row * m + column] = silos.ties[row * k + column];
  return out;
}

function renderEiTable(table: HTMLTableElement, silos: SilosPayload, name: (group: string) => string, one: string): void {
  const number = (text: string | number) => el('td', { className: 'number' }, text);
  replace(
    table,
    el('caption', { className: 'visually-hidden' }, `E-I index by ${one}: ties inside the group, ties across, and the index`),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, one[0].toUpperCase() + one.slice(1)),
      el('th', { scope: 'col', className: 'number', title: 'Organisations' }, 'Orgs'),
      el('th', { scope: 'col', className: 'number' }, 'Inside'),
      el('th', { scope: 'col', className: 'number' }, 'Across'),
      el('th', { scope: 'col', className: 'number' }, 'E-I'))),
    el('tbody', {}, ...silos.groups.map((group, g) => {
      const ei = silos.ei[g];
      const bar = el('span', { className: 'ei-bar', 'aria-hidden': 'true' });
      if (!Number.isNaN(ei.ei)) bar.style.setProperty('--ei', String(ei.ei));
      return el('tr', {},
        el('th', { scope: 'row' }, name(group)),
        number(formatCount(silos.organisations[g])),
        number(formatCount(ei.internal)),
        number(formatCount(ei.external)),
        el('td', { className: 'number ei' }, bar, formatEi(ei.ei)));
    })),
  );
}
