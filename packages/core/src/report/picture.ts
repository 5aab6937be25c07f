// The report's static picture of the map: the deterministic layout (layout.ts) drawn by the same SVG writer
// as the dashboard's "Map drawing (SVG)", inline in the page. Colour by group, size by ties, a dark ring
// and a label for every weakly connected pioneer; a legend in HTML beside it.
import { formatCount } from '../cli/format.js';
import { SVG_DEFAULTS, type SvgNode, writeSvg } from '../drawing/svg.js';
import type { WeakConnection } from '../isolation/weakly-connected.js';
import { groupIds, type Grouping } from '../metrics/network/ei-index.js';
import type { Network } from '../model/network.js';
import { groupColour, REPORT_COLOURS } from './colours.js';
import { esc } from './html.js';
import { mapLayout, MAP_LAYOUT_DEFAULTS } from './layout.js';

export const PICTURE_DEFAULTS = {
  width: 1000,
  height: 720,
  padding: 30,
  labels: 20,
  fontSize: 13,
  /** Groups named in the legend (the rest share the grey). */
  legend: 9,
};

export function mapPicture(network: Network, weak: readonly WeakConnection[], by: Grouping, byName: string, layoutSettings = MAP_LAYOUT_DEFAULTS): string {
  const s = PICTURE_DEFAULTS;
  const weakSet = new Set(weak.map((entry) => entry.index));
  const layout = mapLayout(network, weakSet, layoutSettings);
  const { names, group } = groupIds(network, by, 'report');
  // Groups ranked by size (then name), as the silo matrix orders them.
  const sizes = new Array<number>(names.length).fill(0);
  for (const g of group) if (g >= 0) sizes[g]++;
  const ranked = names.map((_, g) => g).sort((a, b) => sizes[b] - sizes[a] || (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0));
  const rankOf = new Int32Array(names.length);
  ranked.forEach((g, rank) => (rankOf[g] = rank));
  const tieCount = new Float64Array(layout.shown.length);
  for (const tie of layout.ties) (tieCount[tie.source]++, tieCount[tie.target]++);
  const most = Math.max(1, ...tieCount);
  const nodes: SvgNode[] = layout.shown.map((v, k) => {
    const pioneer = weakSet.has(v);
    return {
      x: layout.x[k],
      y: layout.y[k],
      size: 3 + 7 * Math.sqrt(tieCount[k] / most) + (pioneer ? 2 : 0),
      colour: group[v] >= 0 ? groupColour(rankOf[group[v]]) : REPORT_COLOURS.rest,
      label: network.organisations[v].label,
      ring: pioneer ? 0.3 : 0,
      gap: pioneer ? 0.16 : 0,
      ringColour: REPORT_COLOURS.ring,
      emphasised: pioneer,
    };
  });
  const edges = layout.ties.map((tie) => ({ source: tie.source, target: tie.target, width: 0.7, colour: REPORT_COLOURS.edge }));
  const svg = writeSvg(nodes, edges, { ...SVG_DEFAULTS, width: s.width, height: s.height, padding: s.padding, labels: s.labels, fontSize: s.fontSize, declaration: false, title: 'Map of the network' });
  const legend = ranked.slice(0, s.legend).map((g, rank) => legendItem(groupColour(rank), `${names[g]} (${formatCount(sizes[g])})`));
  // Everyone in grey: the smaller groups, and organisations with no value.
  const others = Math.max(0, ranked.length - s.legend);
  const unassigned = group.filter((g) => g < 0).length;
  if (others > 0 || unassigned > 0) {
    const rest = ranked.slice(s.legend).reduce((sum, g) => sum + sizes[g], 0) + unassigned;
    const who = [others > 0 ? `${formatCount(others)} smaller ${others === 1 ? 'group' : 'groups'}` : '', unassigned > 0 ? `no ${byName}` : ''].filter(Boolean).join(', ');
    legend.push(legendItem(REPORT_COLOURS.rest, `${who} (${formatCount(rest)})`));
  }
  const note =
    layout.shown.length < network.order
      ? `The map shows the ${formatCount(layout.shown.length)} organisations with the most ties (of ${formatCount(network.order)}), every weakly connected pioneer among them, and the ${formatCount(layout.ties.length)} ties between them (of ${formatCount(layout.totalTies)}).`
      : `Every organisation (${formatCount(network.order)}) and every tie (${formatCount(layout.totalTies)}). Colour: ${byName}; size: number of ties; ringed and named: the weakly connected pioneers.`;
  return [
    `<figure class="map">${svg.trim()}`,
    `<figcaption><ul class="legend">${legend.join('')}<li><span class="swatch ring"></span>weakly connected pioneer</li></ul>`,
    `<p class="hint">${esc(note)} Positions come from a ForceAtlas2 layout: organisations that work together sit close; distances are only indicative.</p></figcaption></figure>`,
  ].join('\n');
}

function legendItem(colour: string, text: string): string {
  return `<li><span class="swatch" style="background:${colour}"></span>${esc(text)}</li>`;
}
