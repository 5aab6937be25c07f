import { describe, expect, it } from 'vitest';
import { scatterDots } from './scatter-dots.js';
import { paintScatter, type ScatterPainting } from './scatter-paint.js';

function seeded(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const PALETTE = ['#e15759', '#4e79a7', '#76b7b2', '#59a14f'];

function randomInputs(seed: number, brushing: boolean) {
  const random = seeded(seed);
  const n = 50 + Math.floor(random() * 400);
  const colours = Array.from({ length: n }, () => PALETTE[Math.floor(random() * PALETTE.length)]);
  // Some organisations are filtered out (not candidates); some candidates have no value (NaN).
  const indices = colours.map((_, i) => i).filter(() => random() < 0.8);
  const px = indices.map(() => (random() < 0.05 ? Number.NaN : random() * 400));
  const py = indices.map(() => random() * 190);
  const brushed = brushing ? new Set(indices.filter(() => random() < 0.3)) : null;
  return { indices, px, py, colours, brushed, faded: '#cfcfcf' };
}

describe('scatterDots', () => {
  it('keeps every drawable point once, at its position, in colour groups biggest first with the faded beneath', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const inputs = randomInputs(seed, seed % 2 === 0);
      const dots = scatterDots(inputs);
      const drawable = inputs.indices.map((i, k) => ({ i, x: inputs.px[k], y: inputs.py[k] })).filter((p) => !Number.isNaN(p.x));
      expect(dots.index.length).toBe(drawable.length);
      const seen = new Map<number, { x: number; y: number; colour: string }>();
      for (let g = 0; g < dots.colours.length; g++) {
        for (let at = dots.starts[g]; at < dots.starts[g + 1]; at++) seen.set(dots.index[at], { x: dots.x[at], y: dots.y[at], colour: dots.colours[g] });
      }
      expect(seen.size).toBe(drawable.length);
      for (const point of drawable) {
        const dot = seen.get(point.i)!;
        expect(dot.x).toBeCloseTo(point.x, 3);
        expect(dot.y).toBeCloseTo(point.y, 3);
        const picked = !inputs.brushed || inputs.brushed.has(point.i);
        expect(dot.colour).toBe(picked ? inputs.colours[point.i] : inputs.faded);
      }
      const sizes = dots.colours.map((_, g) => dots.starts[g + 1] - dots.starts[g]);
      expect(sizes.every((size) => size > 0)).toBe(true);
      const fadedFirst = inputs.brushed !== null && dots.colours[0] === inputs.faded && drawable.some((p) => !inputs.brushed!.has(p.i));
      const coloured = fadedFirst ? sizes.slice(1) : sizes;
      expect(coloured).toEqual([...coloured].sort((a, b) => b - a));
      if (inputs.brushed && drawable.some((p) => !inputs.brushed!.has(p.i))) expect(fadedFirst).toBe(true);
    }
  });

  it('gives an empty set of dots for no points', () => {
    const dots = scatterDots({ indices: [], px: [], py: [], colours: [], brushed: null, faded: '#ccc' });
    expect([dots.index.length, dots.colours.length, dots.starts.length]).toEqual([0, 0, 1]);
  });
});

/** A canvas whose 2D context records the arcs filled, per fill, with the fill colour. */
function recordingCanvas() {
  const fills: { colour: string; arcs: [number, number, number][] }[] = [];
  let path: [number, number, number][] = [];
  const context = {
    fillStyle: '',
    setTransform() {},
    clearRect() {},
    beginPath: () => (path = []),
    moveTo() {},
    arc: (x: number, y: number, r: number) => path.push([x, y, r]),
    fill() {
      fills.push({ colour: context.fillStyle, arcs: path });
    },
  };
  const canvas = { width: 0, height: 0, getContext: () => context } as unknown as HTMLCanvasElement;
  return { canvas, fills };
}

function painting(count: number, chosen: ScatterPainting['chosen'] = null): ScatterPainting {
  const dots = scatterDots({
    indices: Array.from({ length: count }, (_, i) => i),
    px: Array.from({ length: count }, (_, i) => i),
    py: Array.from({ length: count }, (_, i) => 2 * i),
    colours: Array.from({ length: count }, (_, i) => PALETTE[i % 3]),
    brushed: null,
    faded: '#ccc',
  });
  return { pixelWidth: 840, pixelHeight: 380, scaleX: 2, scaleY: 2, width: 420, height: 190, radius: 2.6, dots, chosen };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('paintScatter', () => {
  it('fills every dot once, in a slice per task, in its group colour, and the chosen dot last', async () => {
    const { canvas, fills } = recordingCanvas();
    const job = painting(1000, { x: 5, y: 10, fill: '#e15759', ring: '#111111' });
    // No time per slice: one path per task, so the painting spans many tasks.
    paintScatter(canvas, job, () => true, { sliceMs: 0, dotsPerPath: 64 });
    expect(fills.length).toBe(1);
    while (fills.length < 2 + Math.ceil(1000 / 64) + 2) {
      const before = fills.length;
      await settle();
      if (fills.length === before) break;
    }
    expect(canvas.width).toBe(840);
    const dotFills = fills.slice(0, -2);
    expect(dotFills.flatMap((f) => f.arcs).length).toBe(1000);
    expect(dotFills.every((f) => f.arcs.length <= 64)).toBe(true);
    const xs = new Set(dotFills.flatMap((f) => f.arcs.map(([x]) => x)));
    expect(xs.size).toBe(1000);
    for (const fill of dotFills) for (const [x] of fill.arcs) expect(fill.colour).toBe(PALETTE[x % 3]);
    expect(fills.slice(-2).map((f) => [f.colour, f.arcs[0]])).toEqual([['#111111', [5, 10, 5.6]], ['#e15759', [5, 10, 3.6]]]);
  });

  it('stops an older painting at its next slice', async () => {
    const { canvas, fills } = recordingCanvas();
    let current = 1;
    paintScatter(canvas, painting(1000), () => current === 1, { sliceMs: 0, dotsPerPath: 64 });
    current = 2;
    await settle();
    expect(fills.length).toBe(1);
  });
});
