// Weaving actions against a worker whose answers the test releases by hand: proposals go into the view and
// ask for a what-if; an answer overtaken by a newer question or a newer analysis is dropped; picking the
// second organisation ends a proposal instead of selecting.
import { describe, expect, test } from 'vitest';
import type { AnalysisClient } from '../workers/analysis-client.js';
import type { WhatIfPayload } from '../workers/protocol.js';
import type { Analysis } from './analysis.js';
import { Store } from './store.js';
import { WeavingActions } from './weaving-actions.js';

function setup() {
  const asked: { proposals: readonly (readonly [string, string])[]; answer: (payload: WhatIfPayload) => void }[] = [];
  const client = {
    whatIf: (proposals: readonly (readonly [string, string])[]) => new Promise<WhatIfPayload>((resolve) => asked.push({ proposals, answer: resolve })),
  } as unknown as AnalysisClient;
  const store = new Store();
  store.update({ analysis: {} as Analysis });
  const errors: unknown[] = [];
  const weaving = new WeavingActions(store, client, (error) => errors.push(error));
  return { store, weaving, asked, errors };
}

const answer = (applied: WhatIfPayload['applied']): WhatIfPayload => ({ horizon: 2, applied, skipped: [], before: null, after: null, pioneers: [] });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('weaving actions', () => {
  test('a proposal goes into the view and its what-if into the store; an overtaken answer is dropped', async () => {
    const { store, weaving, asked } = setup();
    weaving.propose(['a', 'b']);
    weaving.propose(['a', 'c']);
    expect(store.get().view.proposals).toEqual([['a', 'b'], ['a', 'c']]);
    expect(asked.map((q) => q.proposals.length)).toEqual([1, 2]);
    asked[1].answer(answer([['a', 'b'], ['a', 'c']]));
    asked[0].answer(answer([['a', 'b']]));
    await settle();
    expect(store.get().whatIf?.applied).toHaveLength(2);
  });

  test('an answer for an analysis that has been replaced is dropped', async () => {
    const { store, weaving, asked } = setup();
    weaving.propose(['a', 'b']);
    store.update({ analysis: {} as Analysis });
    asked[0].answer(answer([['a', 'b']]));
    await settle();
    expect(store.get().whatIf).toBeNull();
  });

  test('removing the last proposal clears the figures without asking the worker', () => {
    const { store, weaving, asked } = setup();
    weaving.propose(['a', 'b']);
    weaving.remove(['b', 'a']);
    expect(store.get().view.proposals).toEqual([]);
    expect(asked).toHaveLength(1);
    expect(store.get().whatIf).toBeNull();
  });

  test('while proposing, the next organisation chosen is the other end; choosing the same one cancels', () => {
    const { store, weaving } = setup();
    expect(weaving.choose('x')).toBe(false);
    store.updateView({ selected: 'a' });
    weaving.startProposing();
    expect(store.get().proposing).toBe('a');
    expect(weaving.choose('b')).toBe(true);
    expect(store.get().proposing).toBeNull();
    expect(store.get().view.proposals).toEqual([['a', 'b']]);
    weaving.startProposing();
    expect(weaving.choose('a')).toBe(true);
    expect(store.get().view.proposals).toEqual([['a', 'b']]);
  });

  test('picking the same path again clears it', () => {
    const { store, weaving } = setup();
    weaving.pickPath([1, 2, 3]);
    expect(store.get().pickedPath).toEqual([1, 2, 3]);
    weaving.pickPath([1, 2, 3]);
    expect(store.get().pickedPath).toBeNull();
  });
});
