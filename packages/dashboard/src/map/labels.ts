// Map labels that never overlap: sigma's label grid picks candidates (biggest dots first), and this drawer
// skips any label whose box would cross one already drawn in the frame. Text gets a white halo so it stays
// readable over ties. Labels are drawn on a canvas as text: nothing in them is ever interpreted.
import type { Attributes } from 'graphology-types';
import type { NodeLabelDrawingFunction } from 'sigma/rendering';

export const LABEL_DEFAULTS = {
  /** Longer labels are cut with an ellipsis on the map (the panels show them whole). */
  maxCharacters: 42,
  /** Space kept around each label box, in pixels. */
  padding: 3,
};

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export function createLabelDrawer<N extends Attributes, E extends Attributes>(settings = LABEL_DEFAULTS): { draw: NodeLabelDrawingFunction<N, E, Attributes>; reset(): void } {
  let drawn: Box[] = [];
  const draw: NodeLabelDrawingFunction<N, E, Attributes> = (context, data, sigmaSettings) => {
    if (!data.label) return;
    const size = sigmaSettings.labelSize;
    const text = shorten(String(data.label), settings.maxCharacters);
    context.font = `${sigmaSettings.labelWeight} ${size}px ${sigmaSettings.labelFont}`;
    const width = context.measureText(text).width;
    // Near the right edge the label goes on the dot's left, so it is not cut off.
    const room = context.canvas.width / (globalThis.devicePixelRatio || 1);
    const right = data.x + data.size + 3;
    const x = right + width > room && data.x - data.size - 3 - width > 0 ? data.x - data.size - 3 - width : right;
    const y = data.y + size / 3;
    const p = settings.padding;
    const box = { x: x - p, y: y - size - p, w: width + 2 * p, h: size * 1.3 + 2 * p };
    // Forced labels (the selection) always show; the others give way.
    if (!data.forceLabel && drawn.some((other) => overlaps(box, other))) return;
    drawn.push(box);
    context.lineJoin = 'round';
    context.lineWidth = 3;
    context.strokeStyle = 'rgba(255,255,255,0.9)';
    context.strokeText(text, x, y);
    context.fillStyle = sigmaSettings.labelColor.color ?? '#1f1f1f';
    context.fillText(text, x, y);
  };
  return { draw, reset: () => (drawn = []) };
}

export function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}
