// The map's own controls, over its top-left corner: zoom in, zoom out, fit the whole network, run the layout
// again; a line saying whether the layout is still arranging the map, and one saying when a big map draws
// only its strongest ties. Buttons, so the camera works by
// keyboard too.
import type { MapView, TiesDrawn } from '../map/map-view.js';
import { el } from './dom.js';
import { formatCount } from './format.js';

export const MAP_TOOLS_DEFAULTS = {
  zoomFactor: 1.5,
  duration: 300,
};

const PHASE_TEXT: Record<string, string> = {
  forces: 'Arranging the map…',
  separating: 'Spacing out the dots…',
  settled: '',
  idle: '',
};

export function mapTools(map: MapView, container: HTMLElement): HTMLElement {
  const button = (label: string, text: string, run: () => void) => {
    const element = el('button', { type: 'button', 'aria-label': label, title: label }, text);
    element.addEventListener('click', run);
    return element;
  };
  const camera = () => map.renderer?.getCamera();
  const { zoomFactor, duration } = MAP_TOOLS_DEFAULTS;
  const phase = el('span', { className: 'layout-phase', role: 'status' });
  container.addEventListener('layoutphase', (event) => {
    phase.textContent = PHASE_TEXT[(event as CustomEvent<string>).detail] ?? '';
  });
  // A big map draws its strongest ties only: it says so, and how to see the rest.
  const ties = el('span', { className: 'ties-note', role: 'status' });
  container.addEventListener('tiesdrawn', (event) => {
    const { drawn, of } = (event as CustomEvent<TiesDrawn>).detail;
    ties.textContent = drawn < of ? `Showing the ${formatCount(drawn)} strongest of ${formatCount(of)} ties; hover or select an organisation to see all of its ties.` : '';
  });
  return el(
    'div',
    { className: 'map-tools', role: 'toolbar', 'aria-label': 'Map camera' },
    button('Zoom in', '+', () => void camera()?.animatedZoom({ duration, factor: zoomFactor })),
    button('Zoom out', '−', () => void camera()?.animatedUnzoom({ duration, factor: zoomFactor })),
    button('Show the whole network', '⤢', () => void camera()?.animatedReset({ duration })),
    button('Arrange the map again', '↻', () => map.relayout()),
    phase,
    ties,
  );
}
