// Readers and writers: CSV first, plus GEXF, GraphML and graphology JSON for Gephi interop.
export * from './problems.js';
