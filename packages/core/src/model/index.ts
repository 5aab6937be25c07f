// The model: organisations (nodes), knowledge flows (edges) and the Network that holds them.
export * from './attributes.js';
export * from './organisation.js';
export * from './flow.js';
export * from './network.js';
export * from './builder.js';
export * from './filter.js';
