// The silo matrix (d3): ties between groups as a heatmap, rows and columns the same groups, the diagonal
// (ties inside a group) outlined. Every cell is a button: focusable (one Tab stop, arrow keys move), Enter or
// Space picks it, Escape clears; each has a spoken name ("health → housing: 12 ties"). Labels are SVG text.
import { select } from 'd3';
import { cellColours, MATRIX_COLOURS } from './matrix-colours.js';

export const SILO_MATRIX_DEFAULTS = {
  /** Cell side in SVG units: shrinks with more groups, within these bounds. */
  maxCell: 40,
  minCell: 22,
  /** Width the cells share. */
  grid: 270,
  /** Room for row labels (left) and column labels (top, slanted). */
  left: 112,
  top: 86,
  labelChars: 18,
  outline: '#1b1b1b',
};

export interface SiloMatrixData {
  /** Group names as shown (already words: "Community 3", "network body"). */
  names: readonly string[];
  /** names.length × names.length, row-major. */
  ties: Float64Array | readonly number[];
  /** The picked cell, or null. */
  picked: { row: number; column: number } | null;
  /** Spoken name of a cell. */
  cellLabel: (row: number, column: number) => string;
  /** The matrix's own name ("Ties between organisation types"). */
  title: string;
}

export interface SiloMatrixEvents {
  onPick: (cell: { row: number; column: number }) => void;
  onClear: () => void;
}

interface Cell {
  row: number;
  column: number;
  ties: number;
}

export function siloMatrixChart(element: HTMLElement, events: SiloMatrixEvents, settings = SILO_MATRIX_DEFAULTS): (data: SiloMatrixData) => void {
  const svg = select(element).append('svg').attr('class', 'chart matrix').attr('role', 'group');
  const rowLabels = svg.append('g').attr('class', 'row-labels').attr('aria-hidden', 'true');
  const columnLabels = svg.append('g').attr('class', 'column-labels').attr('aria-hidden', 'true');
  const cells = svg.append('g').attr('class', 'cells');
  let size = 0;
  // Which cell holds the Tab stop (kept across redraws while the groups stay the same).
  let focus = { row: 0, column: 0 };

  const node = (row: number, column: number) => cells.select<SVGGElement>(`g.cell[data-row="${row}"][data-column="${column}"]`).node();
  const moveTo = (row: number, column: number) => {
    const target = node(row, column);
    if (!target) return;
    cells.selectAll<SVGGElement, Cell>('g.cell').attr('tabindex', -1);
    target.setAttribute('tabindex', '0');
    focus = { row, column };
    target.focus();
  };

  cells.on('keydown', (event: KeyboardEvent) => {
    const at = (event.target as Element).closest('g.cell');
    if (!at) return;
    const row = Number(at.getAttribute('data-row'));
    const column = Number(at.getAttribute('data-column'));
    const last = size - 1;
    const moves: Record<string, [number, number]> = {
      ArrowRight: [row, Math.min(last, column + 1)],
      ArrowLeft: [row, Math.max(0, column - 1)],
      ArrowDown: [Math.min(last, row + 1), column],
      ArrowUp: [Math.max(0, row - 1), column],
      Home: [row, 0],
      End: [row, last],
    };
    if (moves[event.key]) {
      event.preventDefault();
      moveTo(...moves[event.key]);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      events.onPick({ row, column });
    } else if (event.key === 'Escape') {
      events.onClear();
    }
  });

  return (data) => {
    const k = data.names.length;
    if (k !== size) focus = { row: 0, column: 0 };
    size = k;
    const cell = Math.max(settings.minCell, Math.min(settings.maxCell, Math.floor(settings.grid / Math.max(1, k))));
    // Room on the right for the last slanted column label.
    const width = settings.left + cell * k + 46;
    const height = settings.top + cell * k + 8;
    svg.attr('viewBox', `0 0 ${width} ${height}`).attr('width', width).attr('aria-label', data.title);
    let most = 0;
    for (const value of data.ties) most = Math.max(most, value);
    const short = (name: string) => (name.length > settings.labelChars ? `${name.slice(0, settings.labelChars - 1)}…` : name);

    rowLabels
      .selectAll('text')
      .data(data.names)
      .join('text')
      .attr('x', settings.left - 6)
      .attr('y', (_, r) => settings.top + r * cell + cell / 2)
      .attr('dy', '0.35em')
      .attr('text-anchor', 'end')
      .text(short);
    columnLabels
      .selectAll('text')
      .data(data.names)
      .join('text')
      .attr('transform', (_, c) => `translate(${settings.left + c * cell + cell / 2},${settings.top - 6}) rotate(-45)`)
      .attr('text-anchor', 'start')
      .text(short);

    const list: Cell[] = [];
    for (let row = 0; row < k; row++) for (let column = 0; column < k; column++) list.push({ row, column, ties: data.ties[row * k + column] });
    const picked = data.picked;
    const groups = cells
      .selectAll<SVGGElement, Cell>('g.cell')
      .data(list, (d) => `${d.row}:${d.column}`)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'cell').attr('role', 'button');
        g.append('rect');
        g.append('text').attr('text-anchor', 'middle').attr('dy', '0.35em').attr('aria-hidden', 'true');
        return g;
      })
      .attr('data-row', (d) => d.row)
      .attr('data-column', (d) => d.column)
      .attr('tabindex', (d) => (d.row === focus.row && d.column === focus.column ? 0 : -1))
      .attr('aria-label', (d) => data.cellLabel(d.row, d.column))
      .attr('aria-pressed', (d) => String(picked !== null && picked.row === d.row && picked.column === d.column))
      .classed('inside', (d) => d.row === d.column)
      .on('click', (_event, d) => events.onPick({ row: d.row, column: d.column }))
      .on('focus', (_event, d) => (focus = { row: d.row, column: d.column }));
    groups
      .select('rect')
      .attr('x', (d) => settings.left + d.column * cell + 1)
      .attr('y', (d) => settings.top + d.row * cell + 1)
      .attr('width', cell - 2)
      .attr('height', cell - 2)
      .attr('rx', 2)
      .attr('fill', (d) => cellColours(d.ties, most).fill)
      .attr('stroke', (d) => (d.row === d.column ? settings.outline : MATRIX_COLOURS.border))
      .attr('stroke-width', (d) => (d.row === d.column ? 1.5 : 1));
    groups
      .select('text')
      .attr('x', (d) => settings.left + d.column * cell + cell / 2)
      .attr('y', (d) => settings.top + d.row * cell + cell / 2)
      .attr('fill', (d) => cellColours(d.ties, most).text)
      .attr('font-size', cell >= 30 ? 12 : 10)
      .text((d) => String(d.ties));
  };
}
