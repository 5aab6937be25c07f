// The page's view of one analysis: the worker's payload plus lookups the panels share (percentiles,
// weakly connected lists, groups by colour choice). Built once per analysis; nothing here touches the DOM.
import { type MetricColumnId, metricColumnsFor, type Network } from '@knet/core';
import type { AnalysisPayload, WeakPayload } from '../workers/protocol.js';
import { percentileRank, percentileRankByCount, type SortedValues, sortValues } from './percentiles.js';

export class Analysis {
  readonly weakByIndex: ReadonlyMap<number, WeakPayload>;
  private readonly sorted = new Map<MetricColumnId, SortedValues>();
  /** Percentile lookups per metric before its column is sorted. */
  private readonly lookups = new Map<MetricColumnId, number>();
  /** Lookups per metric answered by counting (one pass each) before sorting pays off. */
  static readonly countedLookups = 8;

  constructor(readonly network: Network, readonly payload: AnalysisPayload) {
    this.weakByIndex = new Map(payload.weak.map((entry) => [entry.index, entry]));
  }

  get horizon(): number {
    return this.payload.horizon;
  }

  /** The metric columns shown for this network (in_degree and out_degree only when directed). */
  get metricIds(): MetricColumnId[] {
    return metricColumnsFor(this.network.directed)
      .map((column) => column.id)
      .filter((id) => this.payload.columns[id] !== undefined);
  }

  /** Metrics with at least one value (eigenvector is empty on a split network: no use as a size or axis). */
  get availableMetricIds(): MetricColumnId[] {
    return this.metricIds.filter((id) => this.column(id).some((value) => !Number.isNaN(value)));
  }

  column(id: MetricColumnId): Float64Array {
    return this.payload.columns[id] ?? new Float64Array(this.network.order).fill(Number.NaN);
  }

  value(id: MetricColumnId, index: number): number {
    return this.column(id)[index];
  }

  /** Share (0..1) of organisations in the analysed network with a lower value (ties count half). */
  percentile(id: MetricColumnId, index: number): number {
    let sorted = this.sorted.get(id);
    if (!sorted) {
      // The first few lookups count (a selected organisation's panel); many (the table) sort the column once.
      const lookups = (this.lookups.get(id) ?? 0) + 1;
      this.lookups.set(id, lookups);
      if (lookups <= Analysis.countedLookups) return percentileRankByCount(this.column(id), this.value(id, index));
      sorted = sortValues(this.column(id));
      this.sorted.set(id, sorted);
    }
    return percentileRank(sorted, this.value(id, index));
  }

  kept(index: number): boolean {
    return this.payload.kept[index] === 1;
  }

  /** Weakly connected pioneers (or every weakly connected organisation), most isolated first. */
  weak(all: boolean): WeakPayload[] {
    return all ? this.payload.weak : this.payload.weak.filter((entry) => entry.pioneer);
  }

  isWeakPioneer(index: number): boolean {
    return this.weakByIndex.get(index)?.pioneer === true;
  }
}
