// @knet/core: the public API. Everything exported here is supported; everything else may change.
export * from './model/index.js';
export * from './io/problems.js';
export { csrOf, type Csr, type Adjacency } from './engine/csr.js';
