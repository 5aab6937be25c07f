// sigma's settings for every map, whatever the network: label font and density, padding, tie colour.
// What depends on the network (programs, reducers, big-map switches) is set where sigma is made (map-view.ts).
import type { Settings } from 'sigma/settings';
import { COLOURS } from '../state/palette.js';

export const MAP_SIGMA_SETTINGS = {
  zIndex: true,
  // The map is hidden while the table view shows; the layout keeps running meanwhile.
  allowInvalidContainer: true,
  labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  labelSize: 12,
  labelWeight: '500',
  labelColor: { color: '#1f1f1f' },
  // Candidates from sigma's grid; labels.ts drops any that would overlap one already drawn.
  labelDensity: 1,
  labelGridCellSize: 100,
  labelRenderedSizeThreshold: 7,
  stagePadding: 40,
  minEdgeThickness: 0.6,
  defaultEdgeColor: COLOURS.edge,
} satisfies Partial<Settings>;
