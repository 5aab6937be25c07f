// The view survives the address bar: any valid view encodes and decodes to itself, other query keys are left
// alone, and a damaged link falls back to defaults instead of breaking.
import fc from 'fast-check';
import { METRIC_COLUMNS, type MetricColumnId } from '@knet/core';
import { describe, expect, test } from 'vitest';
import { COLOUR_CHOICES, decodeView, defaultView, encodeView, HORIZON_MAX, LOWER_CHOICES, SILO_CHOICES, TIME_STEPS, type ViewState } from './view-state.js';

const metric = fc.constantFrom(...METRIC_COLUMNS.map((column) => column.id as MetricColumnId));
const text = fc.string({ minLength: 1, maxLength: 12 });
const dateText = fc.constantFrom('', '2012', '2014-09', '2015-06-30');

const view: fc.Arbitrary<ViewState> = fc.record({
  selected: fc.option(text, { nil: null }),
  colourBy: fc.constantFrom(...COLOUR_CHOICES),
  sizeBy: fc.oneof(metric, fc.constant('none' as const)),
  horizon: fc.integer({ min: 1, max: HORIZON_MAX }),
  allWeak: fc.boolean(),
  filters: fc.record({
    types: fc.uniqueArray(text, { maxLength: 3 }),
    sectors: fc.uniqueArray(text, { maxLength: 3 }),
    regions: fc.uniqueArray(text, { maxLength: 3 }),
    flowTypes: fc.uniqueArray(text, { maxLength: 3 }),
    from: dateText,
    to: dateText,
    minWeight: fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 100, noNaN: true })),
  }),
  view: fc.constantFrom('map' as const, 'table' as const),
  chartMetric: metric,
  scatterX: metric,
  scatterY: metric,
  sortBy: fc.oneof(metric, fc.constantFrom('label', 'type', 'region')),
  sortDescending: fc.boolean(),
  siloGroup: fc.constantFrom(...SILO_CHOICES),
  asOf: fc.constantFrom('', '2012-12-31', '2014-09-30', '2016'),
  timeStep: fc.constantFrom(...TIME_STEPS),
  lower: fc.constantFrom(...LOWER_CHOICES),
  // Distinct pairs (a tie is listed once, whichever way round), as the actions keep them.
  proposals: fc.uniqueArray(fc.tuple(text, text).filter(([a, b]) => a !== b), { maxLength: 3, selector: ([a, b]) => [a, b].sort().join('\u0000') }),
  theme: fc.oneof(fc.constant(''), text),
});

describe('view state in the URL', () => {
  test('every valid view round-trips through a query string', () => {
    fc.assert(
      fc.property(view, (original) => {
        const query = encodeView(original).toString();
        expect(decodeView(new URLSearchParams(query))).toEqual(original);
      }),
    );
  });

  test('the default view writes nothing, and keys it does not own are kept', () => {
    expect(encodeView(defaultView()).toString()).toBe('');
    const params = new URLSearchParams('nodes=https%3A%2F%2Fexample.org%2Fn.csv&org=old');
    encodeView({ ...defaultView(), selected: 'new' }, params);
    expect(params.get('nodes')).toBe('https://example.org/n.csv');
    expect(params.getAll('org')).toEqual(['new']);
  });

  test('values with commas, ampersands and unicode survive', () => {
    const original = { ...defaultView(), selected: 'Advice, Rights & Money — Saltcote', filters: { ...defaultView().filters, regions: ['Ashby Vale', 'a,b'] } };
    expect(decodeView(new URLSearchParams(encodeView(original).toString()))).toEqual(original);
  });

  test('a damaged link falls back to the defaults', () => {
    const decoded = decodeView(new URLSearchParams('colour=purple&size=__proto__&horizon=0&chart=nope&minweight=-3&view=graph&desc=maybe&silo=constructor&asof=last%20year&by=week&panel=x&tie=a&tie=b,b&tie=a,b,c'));
    expect(decoded).toEqual(defaultView());
    expect(decodeView(new URLSearchParams('horizon=2.5')).horizon).toBe(2);
    expect(decodeView(new URLSearchParams(`horizon=${HORIZON_MAX + 1}`)).horizon).toBe(2);
  });
});
