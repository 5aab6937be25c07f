// docs/format.md shows users the messages knet prints; this reproduces each one from a real input, so the
// page cannot drift from what the readers say.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCsvNetwork } from './csv/read.js';
import { readNetworkFiles } from './files.js';
import { formatWarning, KnetInputError } from './problems.js';
import { readNetworkSync } from './read.js';

const page = readFileSync(new URL('../../../../docs/format.md', import.meta.url), 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'knet-format-doc-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const bytes = (...parts: (string | number)[]) => new Uint8Array(parts.flatMap((part) => (typeof part === 'number' ? [part] : [...new TextEncoder().encode(part)])));

function errorLine(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof KnetInputError) return `knet: ${error.message}`;
    throw error;
  }
  throw new Error('expected an error');
}

describe('docs/format.md', () => {
  it('shows the warnings exactly as knet words them', () => {
    const nodes = 'id,label,sector,pioneer\nwigan,Wigan Council,social care,yes\noldham, Oldham Council ,housing,maybe\nwigan,Wigan MBC,,\n';
    const edges = 'source,target,weight,type,date\nwigan,oldham,2,partnership,2014-09\nwigan,Wigan Council,1,event,2015\noldham,oldham,1,,\nwigan,oldham,abc,,\noldham,wigan,1,,02/09/2014\nwigan,oldham,1,peer_support,2016,extra\n\nwigan,,1,,\n';
    const lines = [
      ...readCsvNetwork({ nodes: { name: 'nodes.csv', content: nodes }, edges: { name: 'edges.csv', content: edges } }).warnings,
      ...readCsvNetwork({ edges: { name: 'edges.csv', content: 'Source,Target,Type,Weight\na,b,Directed,1\nb,c,Undirected,2\n' } }).warnings,
      ...readCsvNetwork({ edges: { name: 'edges.csv', content: bytes('source,target\nCaf', 0xe9, ',B\n') } }).warnings,
      ...readCsvNetwork({ edges: { name: 'edges.csv', content: 'source,target\n"d"x,e\n' } }).warnings,
    ].map((warning) => `knet: warning: ${formatWarning(warning)}`);
    expect(lines).toHaveLength(13);
    for (const line of lines) expect(page).toContain(line);
  });

  it('shows the errors exactly as knet words them', async () => {
    const edges = (content: string | Uint8Array) => ({ edges: { name: 'edges.csv', content } });
    const lines = [
      errorLine(() => readCsvNetwork(edges('source,destination\na,b\n'))),
      errorLine(() => readCsvNetwork({ nodes: { name: 'nodes.csv', content: 'organisation,sector\nx,y\n' } })),
      errorLine(() => readCsvNetwork(edges('source,target\na,b\n"c,d\ne,f\n'))),
      errorLine(() => readCsvNetwork(edges(''))),
      errorLine(() => readCsvNetwork(edges('source,target\n'))),
      errorLine(() => readCsvNetwork(edges(bytes('PK', 3, 4, 0, 0, 0)))),
      errorLine(() => readCsvNetwork(edges(bytes('s,t\nA', 0x81, ',B\n')))),
      errorLine(() => readNetworkSync({ file: { name: 'network.gexf', content: '<?xml version="1.0"?>\n<gexf>\n<graph>\n<nodes>\n<node id="a" label="A">\n</nodes>\n</graph>\n</gexf>\n' } })),
    ];
    mkdirSync(join(scratch, 'data'));
    writeFileSync(join(scratch, 'data', 'nodes.csv'), 'id\na\n');
    writeFileSync(join(scratch, 'data', 'edges.csv'), 'source,target\na,b\n');
    for (const [path, shown] of [
      [join(scratch, 'nodes.csv'), 'nodes.csv'],
      [join(scratch, 'data'), 'data'],
    ]) {
      const error = await readNetworkFiles({ nodes: path }).catch((caught: KnetInputError) => caught);
      lines.push(`knet: ${(error as KnetInputError).message.replace(path, shown)}`);
    }
    for (const line of lines) expect(page).toContain(line);
  });
});
