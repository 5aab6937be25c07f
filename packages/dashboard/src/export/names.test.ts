// The pseudonym key is a formula-safe CSV with one row per organisation, real names beside pseudonyms.
import { anonymise, createNetwork } from '@knet/core';
import { describe, expect, test } from 'vitest';
import { pseudonymKey } from './names.js';

describe('pseudonymKey', () => {
  test('one row per organisation; consented ones keep their id; cells are formula-safe', () => {
    const network = createNetwork({
      organisations: [
        { id: 'a', label: '=Open Door', type: 'charity', attributes: { consent: 'yes' } },
        { id: 'b', label: 'Saltcote Council', type: 'council', attributes: { consent: 'no' } },
      ],
      flows: [{ source: 'a', target: 'b' }],
    });
    const { mapping } = anonymise(network, { consent: 'consent' });
    const lines = pseudonymKey(mapping).trim().split('\n');
    expect(lines[0]).toBe('id,label,pseudonym,consented');
    expect(lines[1]).toBe("a,'=Open Door,a,true");
    expect(lines[2]).toMatch(/^b,Saltcote Council,Council \d+,false$/);
  });
});
