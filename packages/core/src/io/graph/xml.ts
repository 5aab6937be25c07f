// XML for the GEXF and GraphML readers: parsed with @xmldom/xmldom (the parser graphology-gexf and
// graphology-graphml use, and one that also runs in Web Workers), with its complaints turned into
// KnetInputError values instead of console output.
import { DOMParser } from '@xmldom/xmldom';
import { KnetInputError, type WarningCollector } from '../problems.js';
import { warn } from '../wording.js';

/** Parses XML text; throws 'bad-format' with the line and column xmldom reports for malformed XML. */
export function parseXml(file: string, text: string, expectedRoot: 'gexf' | 'graphml'): Document {
  const problems: string[] = [];
  const record = (message: string) => problems.push(message);
  let document: Document | undefined;
  try {
    // Warnings too: xmldom recovers from unclosed elements with only a warning, and a graph read from a
    // broken file may silently miss nodes.
    document = new DOMParser({ locator: {}, errorHandler: { warning: record, error: record, fatalError: record } }).parseFromString(text, 'application/xml');
  } catch (error) {
    record(String((error as Error).message ?? error));
  }
  if (problems.length > 0) {
    const first = problems[0];
    const at = /line:(\d+),col:(\d+)/.exec(first);
    const reason = first
      .replace(/^\[xmldom \w+\]\s*/, '')
      .replace(/\s*@#\[line:.*$/s, '')
      .replace(/^unclosed xml attribute$/, 'an element opened here is never closed')
      .replace(/^element parse error: Error: /, '')
      .trim();
    throw new KnetInputError('bad-format', { file, line: at ? Number(at[1]) : undefined, column: at ? Number(at[2]) : undefined }, `this is not well-formed XML (${reason}).`);
  }
  const root = document?.documentElement;
  const name = root ? (root.localName ?? root.tagName).toLowerCase() : undefined;
  if (name !== expectedRoot) {
    const found = name === undefined ? 'no root element' : `its root element is <${root!.tagName}>`;
    throw new KnetInputError('bad-format', { file }, `this is not a ${expectedRoot === 'gexf' ? 'GEXF' : 'GraphML'} file: ${found}, not <${expectedRoot}>.`);
  }
  return document!;
}

/**
 * Removes later <node> elements that repeat an id (the first one wins, as in CSV) and warns; returns how many
 * nodes the file declares. graphology would otherwise stop at the first repeated id.
 */
export function dropDuplicateNodes(document: Document, file: string, warnings: WarningCollector): number {
  const elements = document.getElementsByTagName('node');
  const seen = new Set<string>();
  const repeated: Element[] = [];
  for (let i = 0; i < elements.length; i++) {
    const id = elements[i].getAttribute('id') ?? '';
    if (seen.has(id)) repeated.push(elements[i]);
    else seen.add(id);
  }
  for (const element of repeated) {
    warn(warnings, 'duplicate-organisation', { file, value: element.getAttribute('id') ?? '' });
    element.parentNode?.removeChild(element);
  }
  return seen.size;
}
