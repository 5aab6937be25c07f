// Parallel work (a tab under the map): choose a theme and see its organisations highlighted on the map, in
// groups that cannot reach each other within the horizon (@knet/core parallelPioneers), with each group's
// shortest existing path to the nearest other group, worded as `knet parallel`; picking a path shows it.
import type { Network } from '@knet/core';
import type { Actions } from '../state/actions.js';
import type { AppState, Store } from '../state/store.js';
import type { ParallelPayload } from '../workers/protocol.js';
import { el, replace, uid } from './dom.js';
import { inTaskOfItsOwn } from '../tasks.js';

/** Every theme of the network, most organisations first, then by name. */
export function themesOf(network: Network): { theme: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const organisation of network.organisations) for (const theme of new Set(organisation.themes)) counts.set(theme, (counts.get(theme) ?? 0) + 1);
  return [...counts].map(([theme, count]) => ({ theme, count })).sort((a, b) => b.count - a.count || (a.theme < b.theme ? -1 : 1));
}

/** Group g's nearest other group, the steps and the path from g's side (as the CLI's table; other −1: none). */
export function nearestGroup(parallel: ParallelPayload, g: number): { other: number; steps: number | null; path: number[] } {
  // Paths come nearest first, so the first touching g is its nearest.
  const nearest = parallel.paths.find((path) => path.from === g || path.to === g);
  if (!nearest || nearest.steps === null) return { other: -1, steps: null, path: [] };
  const forward = nearest.from === g;
  return { other: forward ? nearest.to : nearest.from, steps: nearest.steps, path: forward ? nearest.path : [...nearest.path].reverse() };
}

/** Names listed per group, as the CLI's table lists them; the rest are counted. */
const SHOWN_MEMBERS = 6;

export function parallelPanel(store: Store, actions: Actions): HTMLElement {
  const selectId = uid('theme');
  const chooser = el('select', { id: selectId });
  chooser.addEventListener('change', () => actions.weaving.setTheme(chooser.value));
  const summary = el('p', { className: 'parallel-summary', role: 'status' });
  const groups = el('ol', { className: 'theme-groups', 'aria-label': 'Groups out of each other\'s reach' });
  const paths = el('ul', { className: 'theme-paths', 'aria-label': 'Nearest other group' });
  const pathsHeading = el('h3', { hidden: true }, 'Shortest existing path to the nearest other group');
  const panel = el(
    'section',
    { className: 'parallel', 'aria-label': 'Parallel work' },
    el('div', { className: 'chart-tools' },
      el('div', { className: 'field inline' }, el('label', { for: selectId }, 'Theme'), chooser),
      el('span', { className: 'hint' }, 'organisations on the same theme that cannot reach each other: pick a path to show it on the map')),
    summary,
    el('div', { className: 'parallel-body' }, el('div', {}, groups), el('div', {}, pathsHeading, paths)),
  );

  let themesFor: unknown = null;
  let last: unknown[] = [];
  const render = (state: AppState) => {
    const { network, parallel, view, pickedPath, analysis } = state;
    if (network !== themesFor) {
      themesFor = network;
      const options = network ? themesOf(network) : [];
      replace(chooser, el('option', { value: '' }, options.length ? 'Choose a theme' : 'No themes in this network'),
        ...options.map(({ theme, count }) => el('option', { value: theme }, `${theme} (${count})`)));
    }
    const key = [network, parallel, view.theme, pickedPath, analysis];
    if (key.every((value, k) => value === last[k])) return;
    last = key;
    chooser.value = view.theme;
    pathsHeading.hidden = true;
    if (!network || view.theme === '') {
      summary.textContent = network ? 'Choose a theme to see who works on it out of reach of the others.' : '';
      groups.replaceChildren();
      paths.replaceChildren();
      return;
    }
    if (!parallel) {
      summary.textContent = analysis ? 'Computing…' : '';
      return;
    }
    renderParallel(parallel, network, pickedPath, actions, { summary, groups, paths, pathsHeading });
  };
  // Listing a big network's themes: not in the task that brought it (see tasks.ts).
  store.subscribe(inTaskOfItsOwn(render));
  render(store.get());
  return panel;
}

function renderParallel(
  parallel: ParallelPayload,
  network: Network,
  pickedPath: readonly number[] | null,
  actions: Actions,
  parts: { summary: HTMLElement; groups: HTMLElement; paths: HTMLElement; pathsHeading: HTMLElement },
): void {
  const steps = `${parallel.horizon} ${parallel.horizon === 1 ? 'step' : 'steps'}`;
  const label = (v: number) => network.organisations[v].label;
  const count = parallel.count;
  if (count === 0) parts.summary.textContent = `Nobody shown works on ${parallel.theme} (the filters or the date hide them).`;
  else if (parallel.groups.length === 1) parts.summary.textContent = `${parallel.theme}: all ${count} organisations are within reach (${steps}) of each other.`;
  else parts.summary.textContent = `${parallel.theme}: ${count} organisations in ${parallel.groups.length} groups, more than ${steps} from each other. Highlighted on the map.`;
  replace(parts.groups, ...parallel.groups.map((members, g) => {
    const names = members.slice(0, SHOWN_MEMBERS).map((v) => label(v) + (network.organisations[v].pioneer ? ' *' : ''));
    const more = members.length - names.length;
    return el('li', { 'data-group': g + 1 },
      el('strong', {}, `Group ${g + 1} (${members.length}): `),
      `${names.join(', ')}${more > 0 ? ` and ${more} more` : ''}`);
  }));
  if (parallel.groups.some((members) => members.some((v) => network.organisations[v].pioneer))) parts.groups.append(el('li', { className: 'hint legend-note' }, '* pioneer'));
  parts.pathsHeading.hidden = parallel.groups.length < 2;
  if (parallel.groups.length < 2) {
    parts.paths.replaceChildren();
    return;
  }
  replace(parts.paths, ...parallel.groups.map((_, g) => {
    const { other, steps: length, path } = nearestGroup(parallel, g);
    if (length === null) return el('li', { className: 'no-path' }, `Group ${g + 1}: no path to any other group`);
    const picked = pickedPath !== null && pickedPath.length === path.length && pickedPath.every((v, k) => v === path[k]);
    const button = el('button', { type: 'button', className: 'path', 'aria-pressed': String(picked) },
      el('strong', {}, `Group ${g + 1} to group ${other + 1}, ${length} ${length === 1 ? 'step' : 'steps'}: `),
      path.map(label).join(' > '));
    button.addEventListener('click', () => actions.weaving.pickPath(path));
    return el('li', {}, button);
  }));
}
