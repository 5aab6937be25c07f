// Scatter chart (d3): two metrics against each other, points drawn on a canvas (fast for 10,000 points) under
// an SVG with the axes and a brush. Brushing picks organisations on the map; a click picks the nearest one.
import { axisBottom, axisLeft, brush, type D3BrushEvent, scaleLinear, select } from 'd3';

export const SCATTER_DEFAULTS = {
  width: 420,
  height: 190,
  margin: { top: 12, right: 14, bottom: 34, left: 46 },
  radius: 2.6,
  /** A click picks the nearest point within this many pixels. */
  pickRadius: 8,
  faded: '#cfcfcf',
  selected: '#111111',
  /** Dots are filled for at most this long per task (ms). */
  sliceMs: 40,
};

export interface ScatterData {
  /** Organisation index of each point, with its x, y and colour. */
  indices: readonly number[];
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  colours: readonly string[];
  xLabel: string;
  yLabel: string;
  formatX: (value: number) => string;
  formatY: (value: number) => string;
  selected: number;
  brushed: ReadonlySet<number> | null;
}

export interface ScatterCallbacks {
  onBrush(indices: number[] | null): void;
  onPick(index: number): void;
}

const DOTS_PER_PATH = 256;

export function scatterChart(element: HTMLElement, callbacks: ScatterCallbacks, settings = SCATTER_DEFAULTS): (data: ScatterData) => void {
  const { width, height, margin } = settings;
  const holder = select(element).append('div').attr('class', 'scatter-holder');
  const canvas = holder.append('canvas').attr('aria-hidden', 'true').node()!;
  const svg = holder.append('svg').attr('viewBox', `0 0 ${width} ${height}`).attr('class', 'chart').attr('aria-hidden', 'true');
  const xAxis = svg.append('g').attr('transform', `translate(0,${height - margin.bottom})`);
  const yAxis = svg.append('g').attr('transform', `translate(${margin.left},0)`);
  const xLabel = svg.append('text').attr('class', 'axis-label').attr('x', (width + margin.left - margin.right) / 2).attr('y', height - 4).attr('text-anchor', 'middle');
  const yLabel = svg.append('text').attr('class', 'axis-label').attr('transform', `translate(12,${(height - margin.bottom + margin.top) / 2}) rotate(-90)`).attr('text-anchor', 'middle');
  const brushLayer = svg.append('g').attr('class', 'brush');
  let current: ScatterData | null = null;
  let points: { index: number; px: number; py: number }[] = [];
  /** Bumped by every draw, so the slices of an older one stop. */
  let drawing = 0;

  const brusher = brush<unknown>()
    .extent([[margin.left, margin.top], [width - margin.right, height - margin.bottom]])
    .on('end', (event: D3BrushEvent<unknown>) => {
      if (!event.sourceEvent) return;
      const area = event.selection as [[number, number], [number, number]] | null;
      if (!area) {
        // A click without a drag: pick the nearest point, if one is close.
        const [mx, my] = pointer(event.sourceEvent as MouseEvent);
        let best = -1;
        let bestDistance = settings.pickRadius;
        for (const point of points) {
          const distance = Math.hypot(point.px - mx, point.py - my);
          if (distance <= bestDistance) {
            best = point.index;
            bestDistance = distance;
          }
        }
        if (best >= 0) callbacks.onPick(best);
        else callbacks.onBrush(null);
        return;
      }
      const [[x0, y0], [x1, y1]] = area;
      callbacks.onBrush(points.filter((p) => p.px >= x0 && p.px <= x1 && p.py >= y0 && p.py <= y1).map((p) => p.index));
      brushLayer.call(brusher.move, null);
    });
  brushLayer.call(brusher);

  /** The pointer in viewBox units. */
  const pointer = (event: MouseEvent): [number, number] => {
    const box = svg.node()!.getBoundingClientRect();
    return [((event.clientX - box.left) / box.width) * width, ((event.clientY - box.top) / box.height) * height];
  };

  const draw = () => {
    if (!current) return;
    const data = current;
    const extent = (values: ArrayLike<number>) => {
      let lo = Infinity;
      let hi = -Infinity;
      for (const i of data.indices) {
        const value = values[i];
        if (Number.isNaN(value)) continue;
        lo = Math.min(lo, value);
        hi = Math.max(hi, value);
      }
      if (!Number.isFinite(lo)) return [0, 1];
      return lo === hi ? [lo - 0.5, hi + 0.5] : [lo, hi];
    };
    const x = scaleLinear().domain(extent(data.x)).nice().range([margin.left, width - margin.right]);
    const y = scaleLinear().domain(extent(data.y)).nice().range([height - margin.bottom, margin.top]);
    xAxis.call(axisBottom(x).ticks(6).tickFormat((value) => data.formatX(Number(value))));
    yAxis.call(axisLeft(y).ticks(4).tickFormat((value) => data.formatY(Number(value))));
    xLabel.text(data.xLabel);
    yLabel.text(data.yLabel);
    points = [];
    // The scales are linear: one multiply-add per point instead of a d3 call (100,000 points).
    const [x0, x1] = x.domain();
    const [y0, y1] = y.domain();
    const [px0, px1] = x.range();
    const [py0, py1] = y.range();
    const kx = (px1 - px0) / (x1 - x0 || 1);
    const ky = (py1 - py0) / (y1 - y0 || 1);
    for (const i of data.indices) {
      const vx = data.x[i];
      const vy = data.y[i];
      if (Number.isNaN(vx) || Number.isNaN(vy)) continue;
      points.push({ index: i, px: px0 + (vx - x0) * kx, py: py0 + (vy - y0) * ky });
    }
    const box = canvas.getBoundingClientRect();
    const ratio = globalThis.devicePixelRatio || 1;
    canvas.width = Math.max(1, Math.round(box.width * ratio));
    canvas.height = Math.max(1, Math.round(box.height * ratio));
    const context = canvas.getContext('2d')!;
    context.setTransform((box.width * ratio) / width, 0, 0, (box.height * ratio) / height, 0, 0);
    context.clearRect(0, 0, width, height);
    const draw = (point: { index: number; px: number; py: number }, colour: string, r: number) => {
      context.beginPath();
      context.arc(point.px, point.py, r, 0, 2 * Math.PI);
      context.fillStyle = colour;
      context.fill();
    };
    // One path and one fill per colour: 100,000 separate fills take a large part of a second.
    const batchesOf = (chosenPoints: typeof points, colourOf: (index: number) => string) => {
      const byColour = new Map<string, typeof points>();
      for (const point of chosenPoints) {
        const colour = colourOf(point.index);
        const group = byColour.get(colour);
        if (group) group.push(point);
        else byColour.set(colour, [point]);
      }
      // Biggest groups first, so a small group is not buried under a big one in a dense corner.
      const batches: { colour: string; points: typeof points }[] = [];
      for (const [colour, group] of [...byColour].sort((a, b) => b[1].length - a[1].length)) {
        // A few hundred dots per path: one path of 100,000 overlapping circles is far slower to fill than many.
        for (let from = 0; from < group.length; from += DOTS_PER_PATH) batches.push({ colour, points: group.slice(from, from + DOTS_PER_PATH) });
      }
      return batches;
    };
    const fill = ({ colour, points: batch }: { colour: string; points: typeof points }) => {
      context.fillStyle = colour;
      context.beginPath();
      for (const point of batch) {
        context.moveTo(point.px + settings.radius, point.py);
        context.arc(point.px, point.py, settings.radius, 0, 2 * Math.PI);
      }
      context.fill();
    };
    const brushed = data.brushed;
    const batches = [
      ...(brushed ? batchesOf(points.filter((point) => !brushed.has(point.index)), () => settings.faded) : []),
      ...batchesOf(brushed ? points.filter((point) => brushed.has(point.index)) : points, (index) => data.colours[index]),
    ];
    const chosen = points.find((point) => point.index === data.selected);
    // 100,000 dots take the better part of a second: filled in slices, a task each (a newer draw stops these).
    const run = ++drawing;
    let at = 0;
    const slice = () => {
      if (run !== drawing) return;
      const until = performance.now() + settings.sliceMs;
      while (at < batches.length && performance.now() < until) fill(batches[at++]);
      if (at < batches.length) return void setTimeout(slice, 0);
      if (chosen) {
        draw(chosen, settings.selected, settings.radius + 3);
        draw(chosen, data.colours[chosen.index], settings.radius + 1);
      }
    };
    slice();
  };

  new ResizeObserver(() => draw()).observe(canvas);
  return (data) => {
    current = data;
    draw();
  };
}
