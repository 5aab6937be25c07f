// Metrics: node/ holds one file per organisation-level metric, network/ the network-level figures.
// Every node metric returns a Float64Array aligned with network.organisations (NaN = empty cell).

// -- path-based metrics (shared BFS pass) --

// -- local and spectral metrics, communities --


// -- the report: catalogue of columns, every column at once, the network summary --
export * from './catalogue.js';
export * from './report-types.js';
