// Map labels that never overlap: sigma's label grid picks candidates (biggest dots first), and this drawer
// skips any label whose box would cross one already drawn in the frame. Forced labels (the selection, weakly
// connected pioneers) have their boxes reserved when the frame starts, so other labels make room for them.
// Text gets a white halo to stay readable over ties; it is drawn on a canvas as text, never interpreted.
import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import type { NodeLabelDrawingFunction } from 'sigma/rendering';

export const LABEL_DEFAULTS = {
  /** Longer labels are cut with an ellipsis on the map (the panels show them whole). */
  maxCharacters: 42,
  /** Space kept around each label box, in pixels. */
  padding: 3,
};

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface Placed extends Box {
  text: string;
  /** Where the text starts and its baseline. */
  textX: number;
  textY: number;
}

export interface LabelDrawer<N extends Attributes, E extends Attributes> {
  draw: NodeLabelDrawingFunction<N, E, Attributes>;
  /** Starts a frame; `reserved` are the boxes of forced labels, which other labels keep clear of. */
  reset(reserved?: Box[]): void;
  /** Where a label goes (viewport pixels), for reserving it. */
  place(context: CanvasRenderingContext2D, data: { x: number; y: number; size: number; label: string }, font: string, size: number): Placed;
}

export function createLabelDrawer<N extends Attributes, E extends Attributes>(settings = LABEL_DEFAULTS): LabelDrawer<N, E> {
  let drawn: Box[] = [];
  const place: LabelDrawer<N, E>['place'] = (context, data, font, size) => {
    context.font = font;
    const text = shorten(data.label, settings.maxCharacters);
    const width = context.measureText(text).width;
    // Near the right edge the label goes on the dot's left, so it is not cut off.
    const room = context.canvas.width / (globalThis.devicePixelRatio || 1);
    const right = data.x + data.size + 3;
    const left = data.x - data.size - 3 - width;
    const textX = right + width > room && left > 0 ? left : right;
    const textY = data.y + size / 3;
    const p = settings.padding;
    return { text, textX, textY, x: textX - p, y: textY - size - p, w: width + 2 * p, h: size * 1.3 + 2 * p };
  };
  const draw: NodeLabelDrawingFunction<N, E, Attributes> = (context, data, sigmaSettings) => {
    if (!data.label) return;
    const size = sigmaSettings.labelSize;
    const placed = place(context, { x: data.x, y: data.y, size: data.size, label: String(data.label) }, `${sigmaSettings.labelWeight} ${size}px ${sigmaSettings.labelFont}`, size);
    if (!data.forceLabel) {
      if (drawn.some((other) => overlaps(placed, other))) return;
      drawn.push(placed);
    }
    context.lineJoin = 'round';
    context.lineWidth = 3;
    context.strokeStyle = 'rgba(255,255,255,0.9)';
    context.strokeText(placed.text, placed.textX, placed.textY);
    context.fillStyle = sigmaSettings.labelColor.color ?? '#1f1f1f';
    context.fillText(placed.text, placed.textX, placed.textY);
  };
  return { draw, place, reset: (reserved = []) => (drawn = [...reserved]) };
}

export function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** The boxes of this frame's forced labels (the organisations `keys`), in viewport pixels, for `reset`. */
export function reservedLabelBoxes<N extends Attributes, E extends Attributes>(
  sigma: Sigma<N, E>,
  labels: LabelDrawer<N, E>,
  keys: readonly string[],
): Box[] {
  if (!keys.length) return [];
  const context = (sigma.getCanvases().labels as HTMLCanvasElement).getContext('2d')!;
  const settings = sigma.getSettings();
  const font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  const boxes: Box[] = [];
  for (const key of keys) {
    const data = sigma.getNodeDisplayData(key);
    if (!data || data.hidden || !data.label) continue;
    const at = sigma.framedGraphToViewport(data);
    boxes.push(labels.place(context, { x: at.x, y: at.y, size: sigma.scaleSize(data.size), label: data.label }, font, settings.labelSize));
  }
  return boxes;
}
