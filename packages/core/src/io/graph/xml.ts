// XML for the GEXF and GraphML readers: parsed with @xmldom/xmldom (the parser graphology-gexf and
// graphology-graphml use, and one that also runs in Web Workers), with its complaints turned into
// KnetInputError values instead of console output.
import { DOMParser } from '@xmldom/xmldom';
import { KnetInputError, type WarningCollector } from '../problems.js';
import { edgeEnds, warn } from '../wording.js';
import { checkWellFormed } from './well-formed.js';

/** Parses XML text; throws 'bad-format' with the line and column of the first thing that is not well-formed. */
export function parseXml(file: string, text: string, expectedRoot: 'gexf' | 'graphml'): Document {
  checkWellFormed(file, text);
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

/** An element with the place xmldom's locator gave it. */
type LocatedElement = Element & { lineNumber?: number; columnNumber?: number };

/**
 * Removes the <node> and <edge> elements that cannot be read, with a warning each, and returns how many nodes
 * the file declares: a <node> without an id or an <edge> without a source or target (no organisation id where
 * one is needed: skipped, as in CSV), and later <node> elements that repeat an id (the first one wins, as in
 * CSV; graphology would otherwise stop at the first repeated id). Also returns the ids the dropped edges
 * name, which are organisations when the file declares no nodes (as in edges.csv alone).
 */
export function dropUnreadableElements(document: Document, file: string, warnings: WarningCollector): { declared: number; idsOfDroppedEdges: string[] } {
  const place = (element: LocatedElement, value?: string) => ({ file, line: element.lineNumber, column: element.columnNumber, ...(value === undefined ? {} : { value }) });
  const dropped: Element[] = [];
  const nodes = document.getElementsByTagName('node');
  const seen = new Set<string>();
  for (let i = 0; i < nodes.length; i++) {
    const id = nodes[i].getAttribute('id') ?? '';
    if (id.trim() === '') warn(warnings, 'missing-id', place(nodes[i]));
    else if (seen.has(id)) warn(warnings, 'duplicate-organisation', place(nodes[i], id));
    else {
      seen.add(id);
      continue;
    }
    dropped.push(nodes[i]);
  }
  const edges = document.getElementsByTagName('edge');
  const idsOfDroppedEdges: string[] = [];
  for (let i = 0; i < edges.length; i++) {
    const source = edges[i].getAttribute('source') ?? '';
    const target = edges[i].getAttribute('target') ?? '';
    if (source.trim() !== '' && target.trim() !== '') continue;
    warn(warnings, 'missing-id', place(edges[i], edgeEnds(source, target)));
    idsOfDroppedEdges.push(...[source, target].filter((id) => id.trim() !== ''));
    dropped.push(edges[i]);
  }
  for (const element of dropped) element.parentNode?.removeChild(element);
  return { declared: seen.size, idsOfDroppedEdges };
}
