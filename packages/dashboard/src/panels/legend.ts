// The legend and the appearance controls: colour by type, sector, region, community or group; size by any
// metric; and the key to the rings (pioneer, weakly connected pioneer).
import { metricColumn, type MetricColumnId } from '@knet/core';
import { computeAppearance } from '../map/appearance.js';
import type { Actions } from '../state/actions.js';
import { COLOURS } from '../state/palette.js';
import type { AppState, Store } from '../state/store.js';
import { COLOUR_CHOICES, type ColourBy, type SizeBy } from '../state/view-state.js';
import { el, replace, swatch, uid } from './dom.js';
import { inTaskOfItsOwn } from '../tasks.js';

const COLOUR_LABELS: Record<ColourBy, string> = {
  type: 'Type',
  sector: 'Sector',
  region: 'Region',
  community: 'Community',
  component: 'Connected group',
};

export function legendPanel(store: Store, actions: Actions): HTMLElement {
  const colourId = uid('colour');
  const sizeId = uid('size');
  const colour = el('select', { id: colourId });
  for (const choice of COLOUR_CHOICES) colour.append(el('option', { value: choice }, COLOUR_LABELS[choice]));
  colour.addEventListener('change', () => actions.setView({ colourBy: colour.value as ColourBy }));
  const size = el('select', { id: sizeId });
  size.addEventListener('change', () => actions.setView({ sizeBy: size.value as SizeBy }));
  const entries = el('ul', { className: 'legend', 'aria-label': 'Colour key' });
  const rings = el(
    'ul',
    { className: 'legend rings', 'aria-label': 'Ring key' },
    el('li', {}, el('span', { className: 'ring-key pioneer', 'aria-hidden': 'true' }), 'Pioneer'),
    el('li', {}, el('span', { className: 'ring-key weak', 'aria-hidden': 'true' }), 'Weakly connected pioneer'),
  );
  const panel = el(
    'section',
    { className: 'panel', 'aria-labelledby': 'appearance-heading' },
    el('h2', { id: 'appearance-heading' }, 'Map'),
    el('div', { className: 'field' }, el('label', { for: colourId }, 'Colour by'), colour),
    el('div', { className: 'field' }, el('label', { for: sizeId }, 'Size by'), size),
    entries,
    rings,
  );

  let last: unknown[] = [];
  const render = (state: AppState) => {
    const { network, analysis, view } = state;
    const key = [network, analysis, view.colourBy, view.sizeBy];
    if (key.every((value, k) => value === last[k])) return;
    last = key;
    colour.value = view.colourBy;
    const metrics: MetricColumnId[] = analysis ? analysis.availableMetricIds.filter((id) => id !== 'component' && id !== 'community') : [];
    replace(size, el('option', { value: 'none' }, 'Same size'), ...metrics.map((id) => el('option', { value: id }, metricColumn(id).label)));
    size.value = metrics.includes(view.sizeBy as MetricColumnId) || view.sizeBy === 'none' ? view.sizeBy : 'none';
    size.disabled = !analysis;
    if (!network) return entries.replaceChildren();
    const { legend } = computeAppearance(network, analysis, view.colourBy, 'none');
    // Groups beyond the palette share one grey: listed once, as "other".
    const coloured = legend.filter((entry) => entry.colour !== COLOURS.rest);
    const rest = legend.filter((entry) => entry.colour === COLOURS.rest);
    const items = coloured.map((entry) => el('li', {}, swatch(entry.colour), el('span', {}, entry.label), el('span', { className: 'count' }, entry.count)));
    const restCount = rest.reduce((sum, entry) => sum + entry.count, 0);
    if (restCount > 0) {
      const label = rest.length === 1 ? rest[0].label : `${rest.length} other ${view.colourBy === 'community' ? 'communities' : view.colourBy === 'component' ? 'groups' : 'values'}`;
      items.push(el('li', {}, swatch(COLOURS.rest), el('span', {}, label), el('span', { className: 'count' }, restCount)));
    }
    replace(entries, ...items);
  };
  // Counting 100,000 organisations by group: not in the task that brought them (see tasks.ts).
  store.subscribe(inTaskOfItsOwn(render));
  render(store.get());
  return panel;
}
