// The source text of a path worker: the BFS kernel plus a message loop that runs in Node's worker_threads
// (eval: true) and in a browser Web Worker (Blob URL) alike, so one protocol serves the CLI and the dashboard.
import type { PathGraph, PathPartial, PathTask } from './paths-kernel.js';
import { accumulatePaths } from './paths-kernel.js';

/** Sent once per worker: the graph it walks (typed arrays, ideally over a SharedArrayBuffer). */
export interface PathGraphMessage {
  readonly type: 'graph';
  readonly graph: PathGraph;
}

/** One range of sources to search. */
export interface PathTaskMessage {
  readonly type: 'task';
  readonly id: number;
  readonly task: PathTask;
}

/** The worker's answer to a task: its sums, or what went wrong. */
export type PathReplyMessage =
  | { readonly id: number; readonly partial: PathPartial; readonly error?: undefined }
  | { readonly id: number; readonly error: string; readonly partial?: undefined };

export type PathWorkerMessage = PathGraphMessage | PathTaskMessage;

let cached: string | undefined;

/**
 * JavaScript source for a path worker. The kernel travels as its own source text (it has no imports), so
 * no worker file has to be resolved next to the bundle; a bundler or test runner that adds esbuild's
 * `__name` helper to named functions is covered by the shim.
 */
export function pathWorkerSource(): string {
  cached ??= `'use strict';
var __name = function (target) { return target; };
var accumulatePaths = (${accumulatePaths.toString()});
var graph = null;
function buffersOf(partial) {
  return [partial.betweenness.buffer, partial.distanceSum.buffer, partial.reachedBy.buffer,
    partial.harmonicSum.buffer, partial.withinHorizon.buffer];
}
function handle(message, reply) {
  if (message.type === 'graph') { graph = message.graph; return; }
  try {
    if (graph === null) throw new Error('no graph was sent before the first task');
    var partial = accumulatePaths(graph, message.task);
    reply({ id: message.id, partial: partial }, buffersOf(partial));
  } catch (error) {
    reply({ id: message.id, error: String(error && error.message || error) }, []);
  }
}
if (typeof require === 'function') {
  var port = require('node:worker_threads').parentPort;
  port.on('message', function (message) { handle(message, function (reply, transfer) { port.postMessage(reply, transfer); }); });
} else {
  self.onmessage = function (event) { handle(event.data, function (reply, transfer) { self.postMessage(reply, transfer); }); };
}
`;
  return cached;
}
