// The proposals CSV: knet's edges columns with labels, formula-safe, parsed back by knet's own reader as an
// edges file; with the anonymised twin it names no one.
import { anonymise, createNetwork, readNetwork } from '@knet/core';
import { describe, expect, test } from 'vitest';
import { proposalsCsv } from './proposals.js';

const network = createNetwork({
  organisations: [
    { id: 'a', label: '=HYPERLINK("http://x","click")' },
    { id: 'b', label: 'Advice, Rights and Money' },
    { id: 'c', label: 'Plain' },
  ],
  flows: [{ source: 'a', target: 'c' }],
});

describe('proposalsCsv', () => {
  test('one row per tie, formula-safe labels, readable back as an edges file', async () => {
    const csv = proposalsCsv([['a', 'b'], ['b', 'c'], ['a', 'gone']], network, network);
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toBe('source,target,weight,type,source_label,target_label');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe(`a,b,1,introduction,"'=HYPERLINK(""http://x"",""click"")","Advice, Rights and Money"`);
    const read = await readNetwork({ edges: { name: 'proposals.csv', content: csv } });
    expect(read.network.flows.count).toBe(2);
    expect(read.network.organisations.map((o) => o.id).sort()).toEqual(['a', 'b', 'c']);
    expect(read.network.flows.type(0)).toBe('introduction');
  });

  test('with the anonymised network, ids and labels are pseudonyms', () => {
    const { network: twin, mapping } = anonymise(network);
    const csv = proposalsCsv([['a', 'b']], network, twin);
    for (const organisation of network.organisations) expect(csv).not.toContain(organisation.label.slice(0, 8));
    expect(csv).toContain(mapping[0].pseudonym);
    expect(csv).toContain(mapping[1].pseudonym);
  });
});
