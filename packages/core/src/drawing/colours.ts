// Colour-blind-safe categorical colours (Tableau 10, as in d3-scale-chromatic), shared by the dashboard's map
// and the report's map picture so a sector has the same colour in both.
export const TABLEAU10 = [
  '#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f',
  '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac',
] as const;
