// Metrics: node/ holds one file per organisation-level metric, network/ the network-level figures.
// Every node metric returns a Float64Array aligned with network.organisations (NaN = empty cell).

// -- path-based metrics (shared BFS pass) --

// -- local and spectral metrics, communities --

