// The map's focus, from the store's state into the reducers' inputs (MapStyle): the organisation in focus
// (hovered, else the pinned selection) and its neighbours, the brushed ones, the flows picked in the silo matrix;
// and what a change of focus redraws on a big map (a few dots, and the focused ties on the overlay).
import type { AppState } from '../state/store.js';
import type { Display } from './display-graph.js';
import type { MapStyle } from './styles.js';
import { otherEnd } from './ties.js';

/** Sets the style's focus, neighbours, brush and picked ties for this state. */
export function applyFocus(style: MapStyle, state: AppState, display: Display | null): void {
  const selected = state.network && state.view.selected !== null ? state.network.indexOf(state.view.selected) : -1;
  style.selected = selected;
  style.pinned = selected >= 0 && state.proposing === null ? selected : null;
  style.focus = state.hovered ?? style.pinned;
  style.neighbours = new Set();
  if (style.focus !== null && display) {
    const { ties } = display;
    for (let at = ties.offsets[style.focus]; at < ties.offsets[style.focus + 1]; at++) style.neighbours.add(otherEnd(ties, ties.tieIds[at], style.focus));
  }
  style.brushed = state.brushed ? new Set(state.brushed) : null;
  style.picked = state.highlight?.organisations ?? null;
  style.pickedTies = null;
  if (state.highlight && display) {
    const { edgeOfFlow } = display.ties;
    const ties = new Uint8Array(display.ties.count);
    state.highlight.flows.forEach((on, f) => {
      if (on && edgeOfFlow[f] >= 0) ties[edgeOfFlow[f]] = 1;
    });
    style.pickedTies = ties;
  }
}

/** Node keys whose highlight depends on the focus (for partial redraws). */
export function focusKeys(style: MapStyle, display: Display | null): string[] {
  if (!display) return [];
  const keys = display.keys;
  const { big, focus, lit, neighbours, proposedWith, selected } = style;
  // Big maps fade nobody on focus: only the lit organisation, the selection and their proposed partners change.
  const out = big ? [] : [...neighbours].map((i) => keys[i]);
  for (const i of [focus, lit, selected >= 0 ? selected : null, ...(lit !== null ? (proposedWith.get(lit) ?? []) : [])]) if (i !== null) out.push(keys[i]);
  return out;
}

/** Big maps' overlay: every visible tie of the focused organisation, else the ties picked in the silo matrix. */
export function focusTieLines(style: MapStyle, display: Display): [string, string][] {
  const { focus, edgeVisible, pickedTies } = style;
  const { ties, keys } = display;
  const lines: [string, string][] = [];
  if (focus === null) {
    pickedTies?.forEach((on, k) => {
      if (on) lines.push([keys[ties.source[k]], keys[ties.target[k]]]);
    });
    return lines;
  }
  for (let at = ties.offsets[focus]; at < ties.offsets[focus + 1]; at++) {
    const k = ties.tieIds[at];
    if (!edgeVisible || edgeVisible[k]) lines.push([keys[ties.source[k]], keys[ties.target[k]]]);
  }
  return lines;
}
