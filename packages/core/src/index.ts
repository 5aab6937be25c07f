// @knet/core: the public API. Everything exported here is supported; everything else may change.
// Node-only helpers that touch the file system live in '@knet/core/node'.
export * from './model/index.js';
export * from './io/index.js';
export * from './metrics/index.js';
export * from './isolation/index.js';
export { csrOf, type Csr, type Adjacency } from './engine/csr.js';
export { seededRandom } from './engine/random.js';
