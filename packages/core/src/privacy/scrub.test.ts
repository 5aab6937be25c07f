// Tests for the name scrubber: whole values, whole words only, longest name first, names that start or end
// with punctuation, case, and text where nothing matches.
import { describe, expect, it } from 'vitest';
import { nameScrubber } from './scrub.js';

const scrubber = nameScrubber(
  new Map([
    ['Ashby Vale', 'Charity 01'],
    ['Ashby Vale Mutual Care', 'Mutual 02'],
    ['The "Open Door" Project', 'Charity 03'],
    ['"Quoted"', 'Charity 04'],
    ['7', 'Charity 05'],
    ['Kel', 'Council 01'],
  ]),
);

describe('nameScrubber', () => {
  it('replaces a whole value equal to a name, ignoring case and spaces, even a short one', () => {
    expect(scrubber.scrub('  ashby vale ')).toBe('Charity 01');
    expect(scrubber.scrub('7')).toBe('Charity 05');
  });

  it('replaces names inside text as whole words, the longest first', () => {
    expect(scrubber.scrub('Ashby Vale Mutual Care and ASHBY VALE met.')).toBe('Mutual 02 and Charity 01 met.');
    expect(scrubber.scrub('Ashby Valeside is a place; Kelbridge too; Kel is not.')).toBe('Ashby Valeside is a place; Kelbridge too; Council 01 is not.');
    expect(scrubber.scrub('Room 7 of 17')).toBe('Room 7 of 17');
  });

  it('handles names that begin or end with punctuation', () => {
    expect(scrubber.scrub('Funded by The "Open Door" Project, 2014')).toBe('Funded by Charity 03, 2014');
    expect(scrubber.scrub('See "Quoted" here')).toBe('See Charity 04 here');
  });

  it('returns the same text when no name occurs', () => {
    const text = 'Local reThink session 2015';
    expect(scrubber.scrub(text)).toBe(text);
    expect(nameScrubber(new Map()).scrub(text)).toBe(text);
  });
});
