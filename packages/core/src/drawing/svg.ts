// The map as SVG, written by hand (no library writes a usable one): ties as lines, organisations as circles
// with their rings, and non-overlapping labels. Every piece of text is XML-escaped; nothing from the data
// becomes markup. Coordinates are the layout's, fitted into the drawing. Shared by the dashboard's SVG export
// and the report's map picture, so both draw the map the same way.

export const SVG_DEFAULTS = {
  width: 1600,
  height: 1200,
  padding: 40,
  /** Labels drawn for this many of the largest organisations (plus every highlighted one), without overlaps. */
  labels: 60,
  fontSize: 12,
  background: '#ffffff',
  /** The `<?xml ...?>` line of a standalone file; false for a drawing inlined in HTML (the report). */
  declaration: true,
};

export interface SvgNode {
  x: number;
  y: number;
  /** Radius in pixels. */
  size: number;
  colour: string;
  label: string;
  /** Ring thickness as a share of the radius (0: none), and the white gap inside it. */
  ring: number;
  gap: number;
  ringColour: string;
  /** Always labelled (weakly connected pioneers, the selection). */
  emphasised: boolean;
}

export interface SvgEdge {
  source: number;
  target: number;
  width: number;
  colour: string;
}

/** Escapes & < > " ' and drops control codes: safe in XML and HTML text and quoted attributes alike. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch]!)
    // Characters XML 1.0 forbids (control codes) are dropped rather than written.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

export function writeSvg(nodes: readonly SvgNode[], edges: readonly SvgEdge[], options: Partial<typeof SVG_DEFAULTS> & { title?: string } = {}): string {
  const s = { ...SVG_DEFAULTS, ...options };
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const node of nodes) {
    minX = Math.min(minX, node.x); maxX = Math.max(maxX, node.x);
    minY = Math.min(minY, node.y); maxY = Math.max(maxY, node.y);
  }
  if (!nodes.length) { minX = minY = 0; maxX = maxY = 1; }
  const scale = Math.min((s.width - 2 * s.padding) / Math.max(1e-9, maxX - minX), (s.height - 2 * s.padding) / Math.max(1e-9, maxY - minY));
  // Layout y grows upwards (as sigma draws it); SVG y grows downwards.
  const px = (x: number) => round(s.padding + (x - minX) * scale);
  const py = (y: number) => round(s.height - s.padding - (y - minY) * scale);
  const out: string[] = [];
  if (s.declaration) out.push(`<?xml version="1.0" encoding="UTF-8"?>`);
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${s.width}" height="${s.height}" viewBox="0 0 ${s.width} ${s.height}" font-family="system-ui, sans-serif" font-size="${s.fontSize}">`);
  if (options.title) out.push(`<title>${escapeXml(options.title)}</title>`);
  out.push(`<rect width="100%" height="100%" fill="${colour(s.background)}"/>`);
  out.push('<g class="ties" stroke-linecap="round">');
  for (const edge of edges) {
    const a = nodes[edge.source];
    const b = nodes[edge.target];
    out.push(`<line x1="${px(a.x)}" y1="${py(a.y)}" x2="${px(b.x)}" y2="${py(b.y)}" stroke="${colour(edge.colour)}" stroke-width="${round(edge.width)}"/>`);
  }
  out.push('</g><g class="organisations">');
  const order = nodes.map((_, i) => i).sort((a, b) => Number(nodes[a].emphasised) - Number(nodes[b].emphasised) || nodes[a].size - nodes[b].size);
  for (const i of order) {
    const node = nodes[i];
    const cx = px(node.x);
    const cy = py(node.y);
    const r = node.size;
    if (node.ring > 0) {
      out.push(`<circle cx="${cx}" cy="${cy}" r="${round(r)}" fill="${colour(node.ringColour)}"/>`);
      if (node.gap > 0) out.push(`<circle cx="${cx}" cy="${cy}" r="${round(r * (1 - node.ring))}" fill="#ffffff"/>`);
      out.push(`<circle cx="${cx}" cy="${cy}" r="${round(r * (1 - node.ring - node.gap))}" fill="${colour(node.colour)}"/>`);
    } else out.push(`<circle cx="${cx}" cy="${cy}" r="${round(r)}" fill="${colour(node.colour)}"/>`);
  }
  out.push('</g><g class="labels" fill="#1f1f1f" stroke="#ffffff" stroke-width="3" paint-order="stroke" stroke-linejoin="round">');
  const boxes: { x: number; y: number; w: number; h: number }[] = [];
  const candidates = nodes.map((_, i) => i).sort((a, b) => Number(nodes[b].emphasised) - Number(nodes[a].emphasised) || nodes[b].size - nodes[a].size);
  let plain = 0;
  for (const i of candidates) {
    const node = nodes[i];
    if (!node.label) continue;
    if (!node.emphasised && plain >= s.labels) break;
    const text = node.label.length > 42 ? `${node.label.slice(0, 41)}…` : node.label;
    const x = round(px(node.x) + node.size + 3);
    const y = py(node.y) + s.fontSize / 3;
    // Width estimated at 0.6 em per character: enough to keep labels apart without measuring fonts.
    const box = { x: x - 2, y: y - s.fontSize - 2, w: text.length * s.fontSize * 0.6 + 4, h: s.fontSize * 1.3 + 4 };
    if (boxes.some((b) => box.x < b.x + b.w && b.x < box.x + box.w && box.y < b.y + b.h && b.y < box.y + box.h)) continue;
    boxes.push(box);
    if (!node.emphasised) plain++;
    out.push(`<text x="${x}" y="${round(y)}">${escapeXml(text)}</text>`);
  }
  out.push('</g></svg>');
  return out.join('\n') + '\n';
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Only #rgb/#rrggbb colours are written (they come from our palette, but an attribute is never trusted). */
function colour(value: string): string {
  return /^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(value) ? value : '#888888';
}
