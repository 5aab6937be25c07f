// Component figures of the network (SPEC section 5) against the NetworkX reference of the CLI fixture and a
// hand-built case.
import { describe, expect, it } from 'vitest';
import { CLI_FIXTURE_DIR, loadCliReference, loadCsvFolder } from '../../../test/helpers/classic.js';
import { cycleWithTail } from '../../../test/helpers/path-cases.js';
import { componentFigures } from './components.js';


describe('componentFigures', () => {
  it('matches NetworkX on the CLI fixture', () => {
    // reference.py: len(comps), len(comps[0]), nx.number_of_isolates (the fixture has no self-loops).
    const { summary } = loadCliReference();
    const figures = componentFigures(loadCsvFolder(CLI_FIXTURE_DIR));
    expect(figures.count).toBe(summary.components);
    expect(figures.largest).toBe(summary.largest);
    expect(figures.largestShare).toBeCloseTo(summary.largest / summary.organisations, 12);
    expect(figures.isolates).toBe(summary.isolates);
  });

  it('counts an organisation whose only flow is a self-loop as an isolate', () => {
    expect(componentFigures(cycleWithTail(false))).toEqual({ count: 3, sizes: [4, 2, 1], largest: 4, largestShare: 4 / 7, isolates: 1 });
  });
});
