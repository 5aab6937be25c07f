export { escapeXml, SVG_DEFAULTS, writeSvg, type SvgEdge, type SvgNode } from './svg.js';
export { TABLEAU10 } from './colours.js';
