// Tests for anonymise: pseudonym shapes and stability, independence from names, consent (set or column),
// names scrubbed from free text, identifying columns removed, flows kept intact, and the Northfold sample
// with no real name left in any output string.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { createNetwork, type OrganisationInput } from '../model/builder.js';
import { anonymise } from './anonymise.js';

const organisations: OrganisationInput[] = [
  { id: 'wigan', label: 'Wigan Council', type: 'council', attributes: { email: 'info@wigan.gov.uk', staff: 900 } },
  { id: 'bolton', label: 'Bolton Council', type: 'council', attributes: { consent: 'yes' } },
  { id: 'age-uk', label: 'Age UK Wigan', type: 'charity', attributes: { notes: 'Partner of Wigan Council since 2012', consent: 'no' } },
  { id: 'mind', label: 'Mind in Salford', type: 'charity', attributes: { parent: 'wigan council', notes: 'Room 7, 17 staff' } },
  { id: '7', label: 'Salford CVS', type: 'network_body', attributes: { notes: 'Hosts Mind in Salford and Bolton Council' } },
];
const network = createNetwork({
  directed: true,
  organisations,
  flows: [
    { source: 'wigan', target: 'age-uk', weight: 2, type: 'funding', date: '2014', attributes: { programme: 'Wigan Council Deal Fund', contact: 'j.smith' } },
    { source: '7', target: 'mind', type: 'event' },
    { source: 'bolton', target: 'wigan' },
  ],
});

describe('anonymise: pseudonyms', () => {
  it('gives type-based pseudonyms as both id and label, numbered within each type', () => {
    const { network: out, mapping } = anonymise(network);
    expect(mapping.map((m) => m.pseudonym).sort()).toEqual(['Charity 01', 'Charity 02', 'Council 01', 'Council 02', 'Network body 01']);
    for (const o of out.organisations) expect(o.label).toBe(o.id);
    expect(mapping.map((m) => m.id)).toEqual(['wigan', 'bolton', 'age-uk', 'mind', '7']);
    expect(mapping.every((m) => !m.consented)).toBe(true);
  });

  it('gives plain pseudonyms with four digits', () => {
    const { mapping } = anonymise(network, { style: 'plain' });
    expect(mapping.map((m) => m.pseudonym).sort()).toEqual(['Organisation 0001', 'Organisation 0002', 'Organisation 0003', 'Organisation 0004', 'Organisation 0005']);
  });

  it('is the same for the same input and seed, and is not the input order for every seed', () => {
    const a = anonymise(network, { seed: 42 }).mapping.map((m) => m.pseudonym);
    expect(anonymise(network, { seed: 42 }).mapping.map((m) => m.pseudonym)).toEqual(a);
    const big = createNetwork({ organisations: Array.from({ length: 30 }, (_, i) => ({ id: `org-${i}` })), flows: [] });
    const orders = [1, 2, 3].map((seed) => anonymise(big, { seed, style: 'plain' }).mapping.map((m) => m.pseudonym).join());
    expect(new Set(orders).size).toBe(3);
    const inInputOrder = big.organisations.map((_, i) => `Organisation ${String(i + 1).padStart(4, '0')}`).join();
    expect(orders).not.toContain(inInputOrder);
  });

  it('does not depend on the names: renamed organisations get the same pseudonyms', () => {
    const renamed = createNetwork({
      directed: true,
      organisations: organisations.map((o, i) => ({ ...o, id: `x${i}`, label: `Someone ${i}` })),
      flows: [],
    });
    expect(anonymise(renamed, { seed: 9 }).mapping.map((m) => m.pseudonym)).toEqual(anonymise(network, { seed: 9 }).mapping.map((m) => m.pseudonym));
  });

  it('never hands out the real name of an organisation that consented', () => {
    const tricky = createNetwork({
      organisations: [{ id: 'Council 01', type: 'council' }, { id: 'a', type: 'council' }, { id: 'b', type: 'council' }],
      flows: [],
    });
    const { mapping } = anonymise(tricky, { consent: new Set(['Council 01']) });
    expect(mapping[0].pseudonym).toBe('Council 01');
    expect(mapping.slice(1).map((m) => m.pseudonym).sort()).toEqual(['Council 01 (2)', 'Council 02']);
  });
});

describe('anonymise: consent', () => {
  it('keeps the names of organisations listed by id or label, and reports unknown entries', () => {
    const result = anonymise(network, { consent: new Set(['bolton', 'Salford CVS', 'Bolton Counsil']) });
    expect(result.mapping.filter((m) => m.consented).map((m) => m.pseudonym)).toEqual(['bolton', '7']);
    expect(result.network.organisation('bolton')?.label).toBe('Bolton Council');
    expect(result.consented).toBe(2);
    expect(result.unknownConsent).toEqual(['Bolton Counsil']);
  });

  it('reads a consent column as a flag', () => {
    const result = anonymise(network, { consent: 'consent' });
    expect(result.mapping.filter((m) => m.consented).map((m) => m.id)).toEqual(['bolton']);
  });

  it('says so when the consent column does not exist', () => {
    expect(() => anonymise(network, { consent: 'permission' })).toThrow('knet: anonymise: no organisation has a "permission" column to read consent from.');
    expect(() => anonymise(network, { consent: ['bolton'] as never })).toThrow(/consent must be a Set/);
    expect(() => anonymise(network, { style: 'fancy' as never })).toThrow(/style must be 'type' or 'plain'/);
  });
});

describe('anonymise: names in the data', () => {
  const result = anonymise(network, { consent: new Set(['bolton']), seed: 3 });
  const pseudonym = Object.fromEntries(result.mapping.map((m) => [m.id, m.pseudonym]));
  const out = result.network;

  it('replaces names in attribute text: whole values, and whole words inside longer text', () => {
    const ageUk = out.organisation(pseudonym['age-uk'])!;
    expect(ageUk.attributes.notes).toBe(`Partner of ${pseudonym.wigan} since 2012`);
    const mind = out.organisation(pseudonym.mind)!;
    expect(mind.attributes.parent).toBe(pseudonym.wigan);
    // The id "7" is too short to hunt for inside text.
    expect(mind.attributes.notes).toBe('Room 7, 17 staff');
    // A consenting organisation's name stays; a hidden one inside its text does not.
    expect(out.organisation(pseudonym['7'])!.attributes.notes).toBe(`Hosts ${pseudonym.mind} and Bolton Council`);
  });

  it('removes identifying columns from hidden organisations and their flows, keeps numbers', () => {
    const wigan = out.organisation(pseudonym.wigan)!;
    expect(wigan.attributes.email).toBeUndefined();
    expect(wigan.attributes.staff).toBe(900);
    expect(result.removedColumns.sort()).toEqual(['contact', 'email']);
    const flow = out.flow(0);
    expect(flow.attributes.contact).toBeUndefined();
    expect(flow.attributes.programme).toBe(`${pseudonym.wigan} Deal Fund`);
  });

  it('keeps every flow between the same organisations, under their new ids', () => {
    expect(out.flows.count).toBe(network.flows.count);
    for (let f = 0; f < network.flows.count; f++) {
      const [before, after] = [network.flow(f), out.flow(f)];
      expect([after.source, after.target]).toEqual([pseudonym[before.source], pseudonym[before.target]]);
      expect([after.weight, after.type, after.date]).toEqual([before.weight, before.type, before.date]);
    }
    expect(out.directed).toBe(true);
    expect(network.organisation('wigan')!.attributes.email).toBe('info@wigan.gov.uk');
  });
});

describe('anonymise: the Northfold sample', () => {
  const read = (file: string) => parse(readFileSync(new URL(`../../../../data/northfold/${file}`, import.meta.url)), { columns: true }) as Record<string, string>[];
  const nodes = read('nodes.csv');
  const edges = read('edges.csv');
  const northfold = createNetwork({
    organisations: nodes.map((r) => ({ id: r.id, label: r.label, type: r.type, sector: r.sector, region: r.region })),
    flows: edges.map((r) => ({ source: r.source, target: r.target, date: r.date || undefined, attributes: r.programme ? { programme: r.programme } : undefined })),
  });

  it('leaves no organisation name or id anywhere in the output, and pseudonyms are unique', () => {
    const { network: out, mapping } = anonymise(northfold, { seed: 2024 });
    const strings: string[] = [];
    for (const o of out.organisations) strings.push(o.id, o.label, ...Object.values(o.attributes).map(String));
    for (const flow of out.eachFlow()) strings.push(...Object.values(flow.attributes).map(String));
    const text = strings.join('\n').toLowerCase();
    for (const row of nodes) {
      expect(text.includes(row.label.toLowerCase()), row.label).toBe(false);
      expect(text.includes(row.id.toLowerCase()), row.id).toBe(false);
    }
    expect(new Set(mapping.map((m) => m.pseudonym)).size).toBe(nodes.length);
    // Programme names that name a funder are rewritten, the rest kept.
    const programmes = [...out.eachFlow()].map((f) => f.attributes.programme).filter(Boolean) as string[];
    expect(programmes.some((p) => /^Funder \d\d Small Grants$/.test(p))).toBe(true);
    expect(programmes).toContain('Local reThink session 2015');
  });
});
