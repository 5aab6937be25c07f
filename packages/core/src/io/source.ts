// What readers accept: a named piece of content (text, bytes or a browser File/Blob), and how a single
// file's format is recognised (by its extension, else by its first characters).

/** One input file: its name (used in every message) and its content. */
export interface NetworkSource {
  name: string;
  content: string | Uint8Array | ArrayBuffer | Blob;
}

/** A source whose content is in memory (what the synchronous readers take). */
export interface LoadedSource {
  name: string;
  content: string | Uint8Array;
}

export type NetworkFormat = 'csv' | 'gexf' | 'graphml' | 'json';

/** Resolves Blob and ArrayBuffer content to bytes; validates the source's shape. */
export async function loadSource(source: NetworkSource, role: string): Promise<LoadedSource> {
  if (!source || typeof source !== 'object' || typeof source.name !== 'string') {
    throw new TypeError(`knet: readNetwork: ${role} must be { name: string, content }, got ${describe(source)}.`);
  }
  const { name, content } = source;
  if (typeof content === 'string' || content instanceof Uint8Array) return { name, content };
  if (content instanceof ArrayBuffer) return { name, content: new Uint8Array(content) };
  if (typeof Blob !== 'undefined' && content instanceof Blob) return { name, content: new Uint8Array(await content.arrayBuffer()) };
  throw new TypeError(`knet: readNetwork: ${role}.content must be a string, Uint8Array, ArrayBuffer or Blob, got ${describe(content)}.`);
}

const EXTENSIONS: Record<string, NetworkFormat> = {
  csv: 'csv',
  tsv: 'csv',
  txt: 'csv',
  gexf: 'gexf',
  graphml: 'graphml',
  json: 'json',
};

/** The format of a single file: its extension when known, else a look at its first characters. */
export function detectFormat(source: LoadedSource): NetworkFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(source.name)?.[1]?.toLowerCase();
  const known = extension === undefined ? undefined : EXTENSIONS[extension];
  if (known) return known;
  const head = headText(source.content);
  if (head.startsWith('<')) return /<gexf[\s>]/.test(head) ? 'gexf' : /<graphml[\s>]/.test(head) ? 'graphml' : extension === 'xml' ? 'graphml' : 'csv';
  if (head.startsWith('{')) return 'json';
  return 'csv';
}

// The first kilobytes as text, without BOM or leading blanks (enough to see a root element or a brace).
function headText(content: string | Uint8Array): string {
  const text = typeof content === 'string' ? content.slice(0, 4096) : new TextDecoder('utf-8').decode(content.subarray(0, 4096));
  return text.replace(/^\uFEFF/, '').trimStart();
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? (value.constructor?.name ?? 'an object') : typeof value;
}
