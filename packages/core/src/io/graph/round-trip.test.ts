// GEXF, GraphML and graphology JSON: a network written and read back keeps its organisations, attributes,
// flows, weights and direction (CSV -> format -> CSV too), for a fixed network and for random ones.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNetwork, type FlowInput, type OrganisationInput } from '../../model/builder.js';
import type { Network } from '../../model/network.js';
import { readCsvNetwork } from '../csv/read.js';
import { writeEdgesCsv, writeNodesCsv } from '../csv/write.js';
import { readNetworkSync } from '../read.js';
import type { ReadResult } from '../result.js';
import { writeGexf } from './gexf.js';
import { writeGraphml } from './graphml.js';
import { writeJson } from './json.js';

const WRITERS = {
  gexf: { name: 'network.gexf', write: writeGexf },
  graphml: { name: 'network.graphml', write: writeGraphml },
  json: { name: 'network.json', write: (network: Network) => writeJson(network) },
} as const;

function readBack(format: keyof typeof WRITERS, network: Network): ReadResult {
  const { name, write } = WRITERS[format];
  return readNetworkSync({ file: { name, content: write(network) } });
}

/** Everything a round trip must keep, as plain data (attribute records as ordinary objects). */
function snapshot(network: Network) {
  return {
    directed: network.directed,
    organisations: network.organisations.map((o) => ({ ...o, attributes: { ...o.attributes } })),
    flows: [...network.eachFlow()].map((flow) => ({ ...flow, attributes: { ...flow.attributes } })),
  };
}

const NODES = [
  'id,label,type,sector,region,pioneer,themes,staff,founded,note,__proto__',
  'wigan,Wigan Council,council,social care,North West,false,shared services,1200,1974,"Deal; ""The Wigan Deal""",x',
  'inet,iNetwork,network_body,digital,North West,true,co-production;open data,8,2006,,',
  '007,Moorend Men\'s Shed,user_led,health,Yorkshire,yes,peer support,0.5,2015,"two\nlines & <tags>",',
  '7,Seven Trust,charity,,,no,,12,,=cmd,',
].join('\n');
const EDGES = [
  'source,target,weight,type,date,evidence',
  'wigan,inet,2.5,partnership,2014-09,minutes',
  'inet,007,1,peer_support,2015,',
  '007,7,3,event,2016-02-29,"site visit, 2 days"',
  '7,7,1,,,',
].join('\n');

describe('round trips through GEXF, GraphML and JSON', () => {
  for (const directed of [false, true]) {
    for (const format of ['gexf', 'graphml', 'json'] as const) {
      it(`CSV -> ${format} -> CSV keeps organisations, attributes, flows, weights and direction (${directed ? 'directed' : 'undirected'})`, () => {
        const original = readCsvNetwork({ nodes: { name: 'nodes.csv', content: NODES }, edges: { name: 'edges.csv', content: EDGES }, directed }).network;
        const through = readBack(format, original);
        expect(through.format).toBe(format);
        expect(snapshot(through.network)).toEqual(snapshot(original));
        expect(through.warnings.map((warning) => warning.code)).toEqual(['self-loop']);
        // And back to CSV: the same two files as the original network writes.
        expect(writeNodesCsv(through.network)).toBe(writeNodesCsv(original));
        expect(writeEdgesCsv(through.network)).toBe(writeEdgesCsv(original));
      });
    }
  }

  it('merges repeated flows on the way out (weights summed) and says how many each edge holds', () => {
    const network = createNetwork({ flows: [{ source: 'a', target: 'b', weight: 2 }, { source: 'b', target: 'a', weight: 3 }, { source: 'b', target: 'c' }] });
    for (const format of ['gexf', 'graphml', 'json'] as const) {
      const flows = [...readBack(format, network).network.eachFlow()];
      expect(flows.map((flow) => [flow.source, flow.target, flow.weight, flow.attributes.flows])).toEqual([
        ['a', 'b', 5, 2],
        ['b', 'c', 1, 1],
      ]);
    }
  });

  it('writes text XML cannot hold as U+FFFD, and the file still reads', () => {
    const network = createNetwork({ organisations: [{ id: 'a', label: 'bell\u0007 and \u000b' }], flows: [{ source: 'a', target: 'b' }] });
    for (const format of ['gexf', 'graphml'] as const) {
      expect(readBack(format, network).network.organisation('a')?.label).toBe('bell\uFFFD and \uFFFD');
    }
  });
});

// Random networks without repeated pairs (the formats hold one edge per pair) and with XML-safe text.
const unit = fc.constantFrom('a', 'Z', '7', ' ', ',', ';', '"', '<', '&', '>', "'", '\n', '\t', 'é', '😀', '=');
const text = fc.string({ unit, minLength: 1, maxLength: 8 }).filter((value) => value === value.trim());
const value = fc.oneof(text.map((value) => `s${value}`), fc.integer({ min: -1e9, max: 1e9 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((v) => (Object.is(v, -0) ? 0 : v)), fc.boolean());
const names = fc.uniqueArray(fc.constantFrom('staff', 'note', '__proto__', 'constructor', 'x', 'size', 'color', 'kind', 'Label'), { maxLength: 3 });

const networks = fc
  .record({ ids: fc.uniqueArray(text, { minLength: 1, maxLength: 7 }), directed: fc.boolean(), nodeNames: names, edgeNames: names, kinds: fc.tuple(value, value, value) })
  .chain(({ ids, directed, nodeNames, edgeNames, kinds }) => {
    // One value kind per attribute name, as a typed column would have.
    const attributes = (keys: string[]) =>
      fc.tuple(...keys.map((_, i) => fc.option(kindOf(kinds[i % 3]), { nil: undefined }))).map((values) => Object.fromEntries(keys.flatMap((key, i) => (values[i] === undefined ? [] : [[key, values[i]]]))));
    const pairs = fc.uniqueArray(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)), {
      maxLength: 10,
      selector: ([s, t]) => (directed || s < t ? `${s}\u0000${t}` : `${t}\u0000${s}`),
    });
    return fc.record({
      directed: fc.constant(directed),
      organisations: fc.tuple(
        ...ids.map((id) =>
          fc.record({
            id: fc.constant(id),
            label: fc.option(text, { nil: undefined }),
            type: fc.option(text, { nil: undefined }),
            sector: fc.option(text, { nil: undefined }),
            region: fc.option(text, { nil: undefined }),
            pioneer: fc.boolean(),
            themes: fc.uniqueArray(text.filter((theme) => !theme.includes(';')), { maxLength: 3 }),
            attributes: attributes(nodeNames),
          }),
        ),
      ),
      flows: pairs.chain((list) =>
        fc.tuple(
          ...list.map(([source, target]) =>
            fc.record({
              source: fc.constant(source),
              target: fc.constant(target),
              weight: fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
              type: fc.option(text, { nil: undefined }),
              date: fc.option(fc.constantFrom('2014', '2014-09', '2014-09-02'), { nil: undefined }),
              attributes: attributes(edgeNames),
            }),
          ),
        ),
      ),
    });
  });

function kindOf(sample: string | number | boolean): fc.Arbitrary<string | number | boolean> {
  if (typeof sample === 'boolean') return fc.boolean();
  if (typeof sample === 'number') return Number.isInteger(sample) ? fc.integer({ min: -1e9, max: 1e9 }) : fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((v) => (Object.is(v, -0) ? 0 : v));
  return text.map((value) => `s${value}`);
}

describe('random networks through each format', () => {
  for (const format of ['gexf', 'graphml', 'json'] as const) {
    it(`${format}: never a lost or changed organisation, flow or attribute`, () => {
      fc.assert(
        fc.property(networks, (input) => {
          const network = createNetwork(input as { directed: boolean; organisations: OrganisationInput[]; flows: FlowInput[] });
          const through = readBack(format, network);
          expect(snapshot(through.network)).toEqual(snapshot(network));
          for (const warning of through.warnings) expect(warning.code).toBe('self-loop');
        }),
        { numRuns: 150 },
      );
    });
  }
});
