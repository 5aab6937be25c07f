// Proposals: a tie is mutual and listed once, and its URL form survives ids with commas, percent signs
// and unicode; damaged values are dropped rather than guessed at.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeProposal, encodeProposal, type Proposal, withoutProposal, withProposal } from './proposals.js';

describe('proposals', () => {
  test('a tie is added once, whichever way round, never to itself; removing works either way round', () => {
    let list: readonly Proposal[] = [];
    list = withProposal(list, ['a', 'b']);
    list = withProposal(list, ['b', 'a']);
    list = withProposal(list, ['c', 'c']);
    list = withProposal(list, ['a', 'c']);
    expect(list).toEqual([['a', 'b'], ['a', 'c']]);
    expect(withoutProposal(list, ['b', 'a'])).toEqual([['a', 'c']]);
  });

  test('any pair of different ids round-trips through its query value', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (a, b) => {
        fc.pre(a !== b);
        const params = new URLSearchParams();
        params.append('tie', encodeProposal([a, b]));
        expect(decodeProposal(new URLSearchParams(params.toString()).get('tie')!)).toEqual([a, b]);
      }),
    );
    expect(decodeProposal(encodeProposal(['Smith, Jones', '100%']))).toEqual(['Smith, Jones', '100%']);
  });

  test('damaged values are dropped', () => {
    for (const bad of ['', 'a', 'a,b,c', 'a,a', ',b', 'a,%E0%A4%A']) expect(decodeProposal(bad)).toBeNull();
  });
});
