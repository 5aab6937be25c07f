// metricsReport computes every SPEC section 4 column at once; each equals NetworkX's value on the classic
// reference networks, and the structural parts (components, communities) agree with their columns.
import { describe, expect, it } from 'vitest';
import { CLASSIC_NAMES, expectColumn, loadClassic } from '../../test/helpers/classic.js';
import { createNetwork } from '../model/builder.js';
import { METRIC_COLUMNS } from './catalogue.js';
import { metricsReport, type ReportProgress } from './report.js';

const TOLERANCE: Record<string, number> = { eigenvector: 1e-5, pagerank: 1e-6 };

describe('metricsReport', () => {
  it.each(CLASSIC_NAMES)('matches NetworkX on every column of %s', (name) => {
    const { network, reference } = loadClassic(name);
    const report = metricsReport(network);
    const columns = Object.keys(reference.nodes[network.organisations[0].id]);
    expect(columns.length).toBeGreaterThanOrEqual(13);
    for (const column of columns) {
      const values = report.columns[column as keyof typeof report.columns];
      expect(values, `column ${column}`).toBeDefined();
      expectColumn(network, values!, (id) => reference.nodes[id][column], column, TOLERANCE[column]);
    }
    expect(report.components.sizes.length).toBe(reference.graph.components);
  });

  it('lists the undirected columns in catalogue order, and adds in/out degree when directed', () => {
    const flows = [{ source: 'a', target: 'b' }, { source: 'b', target: 'c' }, { source: 'c', target: 'a' }, { source: 'd', target: 'a' }];
    const undirected = metricsReport(createNetwork({ flows }));
    expect(undirected.columnIds).toEqual(METRIC_COLUMNS.filter((c) => !c.directedOnly).map((c) => c.id));
    expect(undirected.columns.in_degree).toBeUndefined();
    const directed = metricsReport(createNetwork({ directed: true, flows }));
    expect(directed.columnIds).toEqual(METRIC_COLUMNS.map((c) => c.id));
    expect(Array.from(directed.columns.in_degree!)).toEqual([2, 1, 1, 0]);
    expect(Array.from(directed.columns.out_degree!)).toEqual([1, 1, 1, 1]);
    for (const id of directed.columnIds) expect(directed.columns[id]).toHaveLength(4);
  });

  it('keeps components and communities consistent with their columns, 0 = largest', () => {
    const { network } = loadClassic('lesmis');
    const report = metricsReport(network, { horizon: 3 });
    expect(report.horizon).toBe(3);
    expect(Array.from(report.columns.component!)).toEqual(Array.from(report.components.index));
    expect(Array.from(report.columns.community!)).toEqual(Array.from(report.communities.community));
    const sizes = new Array(report.communities.count).fill(0);
    for (const c of report.communities.community) sizes[c]++;
    for (let c = 1; c < sizes.length; c++) expect(sizes[c]).toBeLessThanOrEqual(sizes[c - 1]);
  });

  it('reports progress stage by stage, ending at total', () => {
    const events: ReportProgress[] = [];
    metricsReport(loadClassic('karate').network, { onProgress: (event) => events.push({ ...event }) });
    expect(events.length).toBeGreaterThan(5);
    for (let i = 1; i < events.length; i++) expect(events[i].done).toBeGreaterThanOrEqual(events[i - 1].done);
    expect(events.at(-1)).toMatchObject({ stage: 'done', done: events[0].total });
  });

  it('validates at the door', () => {
    const network = createNetwork({ flows: [{ source: 'a', target: 'b' }] });
    expect(() => metricsReport({} as never)).toThrow(/knet: metricsReport: expected a Network/);
    expect(() => metricsReport(network, { horizon: 0 })).toThrow(/knet: metricsReport: horizon/);
    expect(() => metricsReport(network, { restarts: 0 })).toThrow(/knet: metricsReport: restarts/);
    const other = metricsReport(createNetwork({ flows: [{ source: 'x', target: 'y' }, { source: 'y', target: 'z' }] }));
    const paths = { ...other.columns, horizon: 2, reach: other.columns.reach! } as never;
    expect(() => metricsReport(network, { paths })).toThrow(/another network or horizon/);
  });
});
