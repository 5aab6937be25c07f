// Scatter chart (d3): two metrics against each other, dots painted on a canvas (by a worker where the
// browser allows, see scatter-canvas.ts) under an SVG with the axes and a brush. Brushing picks
// organisations on the map; a click picks the nearest one.
import { axisBottom, axisLeft, brush, type D3BrushEvent, scaleLinear, select } from 'd3';
import { scatterCanvas } from './scatter-canvas.js';
import { type ScatterDots, scatterDots } from './scatter-dots.js';
import { distinctTicks } from './ticks.js';

export const SCATTER_DEFAULTS = {
  width: 420,
  height: 190,
  margin: { top: 12, right: 14, bottom: 34, left: 46 },
  radius: 2.6,
  /** A click picks the nearest point within this many pixels. */
  pickRadius: 8,
  faded: '#cfcfcf',
  selected: '#111111',
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
  const painter = scatterCanvas(canvas);
  let current: ScatterData | null = null;
  /** The dots as last drawn, for picking and brushing. */
  let dots: ScatterDots = scatterDots({ indices: [], px: [], py: [], colours: [], brushed: null, faded: settings.faded });

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
        for (let k = 0; k < dots.index.length; k++) {
          const distance = Math.hypot(dots.x[k] - mx, dots.y[k] - my);
          if (distance <= bestDistance) {
            best = dots.index[k];
            bestDistance = distance;
          }
        }
        if (best >= 0) callbacks.onPick(best);
        else callbacks.onBrush(null);
        return;
      }
      const [[x0, y0], [x1, y1]] = area;
      const picked: number[] = [];
      for (let k = 0; k < dots.index.length; k++) if (dots.x[k] >= x0 && dots.x[k] <= x1 && dots.y[k] >= y0 && dots.y[k] <= y1) picked.push(dots.index[k]);
      callbacks.onBrush(picked);
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
    const xTicks = distinctTicks(x, 6, data.formatX);
    const yTicks = distinctTicks(y, 4, data.formatY);
    xAxis.call(axisBottom(x).tickValues(xTicks.values).tickFormat((value) => xTicks.format(Number(value))));
    yAxis.call(axisLeft(y).tickValues(yTicks.values).tickFormat((value) => yTicks.format(Number(value))));
    xLabel.text(data.xLabel);
    yLabel.text(data.yLabel);
    // The scales are linear: one multiply-add per point instead of a d3 call (100,000 points).
    const [x0, x1] = x.domain();
    const [y0, y1] = y.domain();
    const [px0, px1] = x.range();
    const [py0, py1] = y.range();
    const kx = (px1 - px0) / (x1 - x0 || 1);
    const ky = (py1 - py0) / (y1 - y0 || 1);
    const count = data.indices.length;
    const px = new Float32Array(count);
    const py = new Float32Array(count);
    data.indices.forEach((i, k) => {
      px[k] = px0 + (data.x[i] - x0) * kx;
      py[k] = py0 + (data.y[i] - y0) * ky;
    });
    dots = scatterDots({ indices: data.indices, px, py, colours: data.colours, brushed: data.brushed, faded: settings.faded });
    const box = painter.canvas().getBoundingClientRect();
    const ratio = globalThis.devicePixelRatio || 1;
    const pixelWidth = Math.max(1, Math.round(box.width * ratio));
    const pixelHeight = Math.max(1, Math.round(box.height * ratio));
    const chosenAt = dots.index.indexOf(data.selected);
    painter.paint({
      pixelWidth,
      pixelHeight,
      scaleX: (box.width * ratio) / width,
      scaleY: (box.height * ratio) / height,
      width,
      height,
      radius: settings.radius,
      dots: { x: dots.x, y: dots.y, starts: dots.starts, colours: dots.colours },
      chosen: data.selected >= 0 && chosenAt >= 0 ? { x: dots.x[chosenAt], y: dots.y[chosenAt], fill: data.colours[data.selected], ring: settings.selected } : null,
    });
  };

  // The holder, not the canvas: a worker that fails replaces the canvas (scatter-canvas.ts).
  new ResizeObserver(() => draw()).observe(holder.node()!);
  return (data) => {
    current = data;
    draw();
  };
}
