// Weaving answers from the worker's side: the what-if of proposals on the analysed network equals core's
// whatIf, proposals that cannot apply are set aside with a reason, and the rows read as `knet whatif` prints.
import { createNetwork, filterNetwork, metricsReport, whatIf } from '@knet/core';
import { describe, expect, test } from 'vitest';
import { formatChange } from '@knet/core';
import { figureRows, pioneerRows } from '../state/whatif-table.js';
import { parallelOf, whatIfOf } from './weaving.js';

// Two parts: a–b–c–d (a pioneer at the end) and e–f; g alone.
const full = createNetwork({
  organisations: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => ({ id, label: id.toUpperCase(), pioneer: id === 'a' || id === 'g', themes: ['a', 'e', 'g'].includes(id) ? ['reuse'] : [] })),
  flows: [
    { source: 'a', target: 'b' },
    { source: 'b', target: 'c' },
    { source: 'c', target: 'd' },
    { source: 'e', target: 'f' },
  ],
});

describe('whatIfOf', () => {
  test('matches core whatIf for the applicable ties and names why the others are left out', () => {
    const report = metricsReport(full, { horizon: 2 });
    const payload = whatIfOf({ full, sub: full, report }, [['a', 'e'], ['b', 'a'], ['g', 'd']]);
    expect(payload.applied).toEqual([['a', 'e'], ['g', 'd']]);
    expect(payload.skipped).toEqual([{ tie: ['b', 'a'], reason: 'b and a are already tied' }]);
    const expected = whatIf(full, { add: [['a', 'e'], ['g', 'd']] }, { horizon: 2 });
    expect(payload.before).toEqual(expected.before);
    expect(payload.after).toEqual(expected.after);
    expect(payload.pioneers.map((p) => [p.index, p.isolationAfter])).toEqual(expected.pioneers.map((p) => [p.index, p.isolationAfter]));
    const components = figureRows(payload).find((row) => row.key === 'components')!;
    expect([components.before, components.after, components.change]).toEqual(['3', '1', '−2']);
    expect(pioneerRows(payload).rows.map((row) => row.index)).toEqual([6, 0]);
  });

  test('an organisation hidden by the filters leaves its tie out; indices are the full network\'s', () => {
    const sub = filterNetwork(full, { organisation: (o) => o.id !== 'b' });
    const payload = whatIfOf({ full, sub, report: metricsReport(sub, { horizon: 2 }) }, [['b', 'e'], ['a', 'g']]);
    expect(payload.skipped.map((s) => s.reason)).toEqual(['b is hidden by the filters or the date']);
    expect(payload.pioneers.map((p) => p.index).sort()).toEqual([0, 6]);
  });

  test('no applicable tie: no figures', () => {
    const payload = whatIfOf({ full, sub: full, report: metricsReport(full) }, [['a', 'b']]);
    expect(payload.before).toBeNull();
    expect(figureRows(payload)).toEqual([]);
  });
});

describe('the change column', () => {
  test('as the CLI words it', () => {
    expect(formatChange(2, 1, false)).toBe('−1');
    expect(formatChange(0.99, 1, true)).toBe('+1 points');
    expect(formatChange(0.5, 0.5, true)).toBe('no change');
    expect(formatChange(0.0128, 0, false)).toBe('−0.0128');
  });
});

describe('parallelOf', () => {
  test('a theme\'s groups and paths by full-network index; an unknown theme has none', () => {
    const payload = parallelOf({ full, sub: full, report: metricsReport(full, { horizon: 2 }) }, 'reuse');
    expect(payload.count).toBe(3);
    expect(payload.groups).toEqual([[0], [4], [6]]);
    expect(payload.paths.every((path) => path.steps === null && path.path.length === 0)).toBe(true);
    expect(parallelOf({ full, sub: full, report: metricsReport(full) }, 'nothing').groups).toEqual([]);
  });
});
