// Reading networks by path, for Node (the CLI, scripts): checks that each path is a readable file, then
// hands the bytes to readNetworkSync. Reachable only from '@knet/core/node', never from the browser entry.
import { readdir, readFile, stat } from 'node:fs/promises';
import { KnetInputError } from './problems.js';
import { readNetworkSync } from './read.js';
import type { ReadResult } from './result.js';
import type { LoadedSource } from './source.js';
import { systemReason } from './system-errors.js';

export interface NetworkFiles {
  nodes?: string;
  edges?: string;
  /** GEXF, GraphML, JSON or a single edges CSV. */
  file?: string;
  /** true: a directed network whatever the files say (like `--directed`). */
  directed?: boolean;
}

export async function readNetworkFiles(files: NetworkFiles): Promise<ReadResult> {
  if (!files || typeof files !== 'object') throw new TypeError('knet: readNetworkFiles: expected { nodes?, edges?, file?, directed? } with file paths.');
  for (const role of ['nodes', 'edges', 'file'] as const) {
    const path = files[role];
    if (path !== undefined && (typeof path !== 'string' || path === '')) throw new TypeError(`knet: readNetworkFiles: ${role} must be a file path, got ${JSON.stringify(path)}.`);
  }
  if (!files.nodes && !files.edges && !files.file) throw new TypeError('knet: readNetworkFiles: give a nodes file, an edges file, both, or a single file.');
  const [nodes, edges, file] = await Promise.all([load(files.nodes), load(files.edges), load(files.file)]);
  return readNetworkSync({ nodes, edges, file, directed: files.directed });
}

/** The file's bytes, named by its path as given (so messages name it the way the person wrote it). */
async function load(path: string | undefined): Promise<LoadedSource | undefined> {
  if (path === undefined) return undefined;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new KnetInputError('is-directory', { file: path }, `this is a folder, not a file${await inside(path)}.`);
    return { name: path, content: await readFile(path) };
  } catch (error) {
    if (error instanceof KnetInputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new KnetInputError('not-found', { file: path }, 'there is no such file; check the folder and the name.');
    if (code === 'EACCES' || code === 'EPERM') throw new KnetInputError('unreadable', { file: path }, 'this file cannot be read: permission denied.');
    throw new KnetInputError('unreadable', { file: path }, `this file cannot be read: ${systemReason(error) ?? (error as Error).message}.`);
  }
}

// Names the CSV files in a folder given by mistake, so the fix is one copy-paste away.
async function inside(folder: string): Promise<string> {
  try {
    const names = (await readdir(folder)).filter((name) => /\.(csv|tsv|gexf|graphml|json)$/i.test(name)).sort();
    if (names.length === 0) return '';
    const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? ', ...' : '');
    return `; give a file inside it (it holds ${shown})`;
  } catch {
    return '';
  }
}
