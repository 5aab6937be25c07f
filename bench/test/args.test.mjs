// `pnpm bench` options: defaults, parsed values, and usage errors that say what was wrong.
import { describe, expect, it } from 'vitest';
import { RUN_DEFAULTS, parseArgs } from '../lib/args.mjs';
import { ratioAtMost, secondsAtMost, verdict } from '../lib/targets.mjs';

describe('parseArgs', () => {
  it('defaults to S and M, three runs, every row', () => {
    const options = parseArgs([]);
    expect(options.sizes).toEqual(['S', 'M']);
    expect(options.reps).toBe(3);
    expect(options.only).toEqual([]);
    expect(options.workers).toEqual(RUN_DEFAULTS.workers);
  });

  it('reads sizes, reps, rows and workers, with or without =, after pnpm\'s --', () => {
    const options = parseArgs(['--', '--sizes', 'm,l', '--reps=5', '--only', 'betweenness,pagerank', '--workers', '1,2,4']);
    expect(options.sizes).toEqual(['M', 'L']);
    expect(options.reps).toBe(5);
    expect(options.only).toEqual(['betweenness', 'pagerank']);
    expect(options.workers).toEqual([1, 2, 4]);
  });

  it('rejects unknown options and bad numbers with a knet bench message', () => {
    expect(() => parseArgs(['--fast'])).toThrow(/knet bench: unknown option "--fast"/);
    expect(() => parseArgs(['--reps', '0'])).toThrow(/--reps must be a whole number, 1 or more, got "0"/);
    expect(() => parseArgs(['--sample', '1'])).toThrow(/--sample must be 2 or more/);
    expect(() => parseArgs(['--sizes'])).toThrow(/--sizes needs a value/);
  });
});

describe('verdict', () => {
  it('is yes when every target holds, no when one fails, ? when one cannot be checked', () => {
    const targets = [ratioAtMost(0.3), secondsAtMost(1)];
    expect(verdict(targets, { ratio: 0.2, knetMs: 900 })).toBe('yes');
    expect(verdict(targets, { ratio: 0.4, knetMs: 900 })).toBe('no');
    expect(verdict(targets, { knetMs: 900 })).toBe('?');
    expect(verdict([], { ratio: 5 })).toBe('');
  });
});
