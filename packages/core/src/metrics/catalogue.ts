// The declarative list of metrics: every `knet metrics` column and every `knet summary` figure, with what
// it means for a funder, its formula and the NetworkX call it matches. The CLI, docs and dashboard read it.

/** The SPEC section 4 column ids, in output order. */
export type MetricColumnId =
  | 'degree'
  | 'in_degree'
  | 'out_degree'
  | 'weighted_degree'
  | 'betweenness'
  | 'closeness'
  | 'harmonic'
  | 'eigenvector'
  | 'pagerank'
  | 'clustering'
  | 'constraint'
  | 'effective_size'
  | 'core_number'
  | 'component'
  | 'community'
  | 'reach'
  | 'isolation';

export interface MetricColumn {
  readonly id: MetricColumnId;
  /** Short heading for tables and legends. */
  readonly label: string;
  /** What it tells a funder, in plain words. */
  readonly description: string;
  /** One-line formula. */
  readonly formula: string;
  /** The NetworkX call whose values the column equals (within SPEC's tolerances). */
  readonly networkx: string;
  /** Only present for directed networks. */
  readonly directedOnly?: boolean;
  /** Whole numbers (counts and indices): printed without decimals. */
  readonly integer?: boolean;
  /** When the cell is empty, if ever. */
  readonly emptyWhen?: string;
}

export const METRIC_COLUMNS: readonly MetricColumn[] = [
  {
    id: 'degree',
    label: 'Ties',
    description: 'How many knowledge ties the organisation has. In a directed network, ties given plus ties received.',
    formula: 'deg(v) = number of neighbours; directed: in-degree + out-degree',
    networkx: 'G.degree(v)',
    integer: true,
  },
  {
    id: 'in_degree',
    label: 'Ties received',
    description: 'How many organisations share knowledge with it (directed networks only).',
    formula: 'deg⁻(v) = number of flows u → v',
    networkx: 'G.in_degree(v)',
    directedOnly: true,
    integer: true,
  },
  {
    id: 'out_degree',
    label: 'Ties given',
    description: 'How many organisations it shares knowledge with (directed networks only).',
    formula: 'deg⁺(v) = number of flows v → u',
    networkx: 'G.out_degree(v)',
    directedOnly: true,
    integer: true,
  },
  {
    id: 'weighted_degree',
    label: 'Tie strength',
    description: 'The total strength of its ties: the same as ties, but a strong partnership counts for more than a single event.',
    formula: 's(v) = Σ_u w(v,u), repeated flows summed',
    networkx: "G.degree(v, weight='weight')",
  },
  {
    id: 'betweenness',
    label: 'Brokerage',
    description: 'How often it sits on the shortest route between two other organisations: a broker whose loss would slow knowledge down.',
    formula: 'C_B(v) = Σ_{s≠v≠t} σ_st(v)/σ_st, scaled by 1/((n−1)(n−2)) (undirected: 2/((n−1)(n−2)))',
    networkx: 'nx.betweenness_centrality(G, normalized=True)',
  },
  {
    id: 'closeness',
    label: 'Closeness',
    description: 'How few steps it is, on average, from the organisations it can reach, scaled down when it can reach only part of the network.',
    formula: 'C(v) = ((r−1)/(n−1)) · (r−1)/Σ_u d(u,v), r = organisations that reach v (Wasserman–Faust)',
    networkx: 'nx.closeness_centrality(G)',
  },
  {
    id: 'harmonic',
    label: 'Harmonic closeness',
    description: 'Closeness that copes with a split network: near organisations count fully, far ones a little, unreachable ones not at all.',
    formula: 'H(v) = Σ_{u≠v} 1/d(u,v) / (n−1)',
    networkx: 'nx.harmonic_centrality(G) / (n − 1)',
  },
  {
    id: 'eigenvector',
    label: 'Influence',
    description: 'Well connected to the well connected: high when its partners are themselves central.',
    formula: 'x = λ⁻¹ W x, the leading eigenvector of the weight matrix, unit length',
    networkx: "nx.eigenvector_centrality(G, weight='weight')",
    emptyWhen: 'the network is directed or not connected (the measure is not defined there)',
  },
  {
    id: 'pagerank',
    label: 'PageRank',
    description: 'The share of time a reader following knowledge flows at random would spend at this organisation.',
    formula: 'PR(v) = (1−α)/n + α Σ_u PR(u)·w(u,v)/s⁺(u), α = 0.85',
    networkx: "nx.pagerank(G, alpha=0.85, weight='weight')",
  },
  {
    id: 'clustering',
    label: 'Clustering',
    description: 'How many of its partners also work with each other: high means a close-knit circle.',
    formula: 'c(v) = 2·T(v) / (deg(v)(deg(v)−1)), T = triangles through v (direction ignored)',
    networkx: 'nx.clustering(G) (undirected)',
  },
  {
    id: 'constraint',
    label: 'Constraint',
    description: 'How much its ties lead back into the same closed circle (Burt). High: its contacts all know each other, so little new knowledge arrives.',
    formula: 'c_i = Σ_{j∈N(i)} (p_ij + Σ_{q≠i,j} p_iq p_qj)², p_ij = w(i,j)/Σ_k w(i,k), w = a_ij + a_ji',
    networkx: "nx.constraint(G, weight='weight')",
    emptyWhen: 'the organisation has no ties',
  },
  {
    id: 'effective_size',
    label: 'Effective size',
    description: 'How many of its ties bring something new: the number of ties, less the overlap between its contacts (Burt).',
    formula: 'ES_i = Σ_{j∈N(i)} (1 − Σ_{q∈N(i)} p_iq m_jq), m_jq = w(j,q)/max_k w(j,k)',
    networkx: "nx.effective_size(G, nodes=list(G), weight='weight')",
    emptyWhen: 'the organisation has no ties',
  },
  {
    id: 'core_number',
    label: 'Core',
    description: 'How deep inside the densely tied core it sits: the largest k such that it belongs to a group where everyone has at least k ties.',
    formula: 'core(v) = max { k : v ∈ k-core(G) }',
    networkx: 'nx.core_number(G) (self-loops removed)',
    integer: true,
  },
  {
    id: 'component',
    label: 'Group',
    description: 'Which connected group it belongs to. 0 is the main network; any other number is a group cut off from it.',
    formula: 'index of its (weakly) connected component, components sorted largest first',
    networkx: 'nx.connected_components(G) / nx.weakly_connected_components(G), sorted by size',
    integer: true,
  },
  {
    id: 'community',
    label: 'Community',
    description: 'Which community it belongs to: a cluster of organisations that share knowledge mostly among themselves. 0 is the largest.',
    formula: 'Louvain, maximising Q = Σ_c (L_c/m − (d_c/2m)²), best of 8 seeded runs',
    networkx: "nx.community.louvain_communities(G, weight='weight', resolution=1, seed=...)",
    integer: true,
  },
  {
    id: 'reach',
    label: 'Reach',
    description: 'The share of the other organisations it can reach within the horizon (2 steps by default: a partner, or a partner’s partner).',
    formula: 'reach(v) = |{u ≠ v : d(v,u) ≤ h}| / (n − 1); directed: following flow direction',
    networkx: 'len(nx.single_source_shortest_path_length(G, v, cutoff=h)) − 1, divided by n − 1',
  },
  {
    id: 'isolation',
    label: 'Isolation',
    description: 'The share of the network that is more than the horizon away: "more than two introductions away from 93% of the network".',
    formula: 'isolation(v) = 1 − reach(v)',
    networkx: '1 − reach (as above)',
  },
];

/** The columns present for a network: in_degree and out_degree only when directed. */
export function metricColumnsFor(directed: boolean): MetricColumn[] {
  return METRIC_COLUMNS.filter((column) => directed || !column.directedOnly);
}

export function metricColumn(id: MetricColumnId): MetricColumn {
  const found = METRIC_COLUMNS.find((column) => column.id === id);
  if (!found) throw new Error(`knet: unknown metric column "${id}".`);
  return found;
}

/** A network-level figure of `knet summary` (SPEC section 5). */
export interface NetworkFigure {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly formula: string;
  readonly networkx: string;
}

export const NETWORK_FIGURES: readonly NetworkFigure[] = [
  {
    id: 'organisations',
    label: 'Organisations',
    description: 'How many organisations are in the map, isolated ones included.',
    formula: 'n',
    networkx: 'G.number_of_nodes()',
  },
  {
    id: 'ties',
    label: 'Ties',
    description: 'How many distinct ties link them (repeated flows between the same pair count once; self-loops not at all).',
    formula: 'm',
    networkx: 'G.number_of_edges() after merging repeats and removing self-loops',
  },
  {
    id: 'density',
    label: 'Density',
    description: 'The share of all possible ties that exist. Knowledge networks are sparse; compare like with like.',
    formula: 'undirected 2m / (n(n−1)); directed m / (n(n−1))',
    networkx: 'nx.density(G)',
  },
  {
    id: 'components',
    label: 'Groups',
    description: 'How many separate groups the network falls into, and the share of organisations in the main one.',
    formula: 'number of (weakly) connected components; largest size / n',
    networkx: 'nx.number_connected_components(G) / nx.number_weakly_connected_components(G)',
  },
  {
    id: 'isolates',
    label: 'Isolates',
    description: 'Organisations with no ties at all.',
    formula: '|{v : deg(v) = 0}|',
    networkx: 'nx.number_of_isolates(G)',
  },
  {
    id: 'fragmentation',
    label: 'Fragmentation',
    description: 'The share of pairs of organisations that cannot reach each other by any route (Borgatti). 0: one connected network.',
    formula: '1 − |{(u,v) : u ≠ v, u reaches v}| / (n(n−1))',
    networkx: '1 − Σ_C |C|(|C|−1) / (n(n−1)) (undirected); directed: reachable ordered pairs from nx.all_pairs_shortest_path_length',
  },
  {
    id: 'average_clustering',
    label: 'Average clustering',
    description: 'How close-knit the typical organisation’s circle is.',
    formula: 'mean of c(v) over all organisations (0 for fewer than two ties)',
    networkx: 'nx.average_clustering(G) (undirected)',
  },
  {
    id: 'average_shortest_path',
    label: 'Average distance',
    description: 'How many steps, on average, knowledge needs between two organisations that can reach each other.',
    formula: 'mean of d(u,v) over ordered pairs with u reaching v, u ≠ v',
    networkx: 'mean over components of nx.average_shortest_path_length, weighted by pairs',
  },
  {
    id: 'modularity',
    label: 'Modularity',
    description: 'How strongly the network splits into communities that mostly talk among themselves (above about 0.4 is strong).',
    formula: "Q = Σ_c (L_c/m − (d_c/2m)²) for the communities found, with weights",
    networkx: "nx.community.modularity(G, communities, weight='weight')",
  },
  {
    id: 'ei_index',
    label: 'E-I index',
    description: 'Do ties cross groups (towards +1) or stay inside them (towards −1)? Given by type, sector and region, overall and for each group.',
    formula: '(external − internal) / (external + internal) ties (Krackhardt)',
    networkx: 'no NetworkX function; counted over G.edges() by attribute',
  },
];
