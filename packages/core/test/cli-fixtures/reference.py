# Reference values for the CLI fixture (nodes.csv + edges.csv), computed with NetworkX: the independent
# oracle the CLI tests compare `knet metrics` / `knet summary` against. Run: python3 reference.py > reference.json
import csv, json, statistics
import networkx as nx

def load(directed):
    G = nx.DiGraph() if directed else nx.Graph()
    with open('nodes.csv', newline='') as f:
        for row in csv.DictReader(f):
            G.add_node(row['id'], **row)
    with open('edges.csv', newline='') as f:
        for row in csv.DictReader(f):
            G.add_edge(row['source'], row['target'], weight=float(row['weight']))
    return G

def reach(G, h):
    n = G.number_of_nodes()
    return {v: (len(nx.single_source_shortest_path_length(G, v, cutoff=h)) - 1) / (n - 1) for v in G}

def node_metrics(G):
    n = G.number_of_nodes()
    U = G.to_undirected() if G.is_directed() else G
    comps = sorted((nx.weakly_connected_components(G) if G.is_directed() else nx.connected_components(G)), key=len, reverse=True)
    comp = {v: i for i, c in enumerate(comps) for v in c}
    out = {
        'degree': dict(G.degree()),
        'weighted_degree': dict(G.degree(weight='weight')),
        'betweenness': nx.betweenness_centrality(G, normalized=True),
        'closeness': nx.closeness_centrality(G),
        'harmonic': {v: x / (n - 1) for v, x in nx.harmonic_centrality(G).items()},
        # NetworkX's default tol stops within ~n·1e-6 of the fixed point; a tight tol gives the value itself.
        'pagerank': nx.pagerank(G, alpha=0.85, weight='weight', tol=1e-13, max_iter=10000),
        'clustering': nx.clustering(U),
        'constraint': nx.constraint(G, weight='weight'),
        'core_number': nx.core_number(G),
        'component': comp,
        'reach': reach(G, 2),
        'reach3': reach(G, 3),
    }
    if G.is_directed():
        out['in_degree'] = dict(G.in_degree())
        out['out_degree'] = dict(G.out_degree())
    return {k: {v: (None if isinstance(x, float) and x != x else x) for v, x in d.items()} for k, d in out.items()}

def summary(G):
    n = G.number_of_nodes()
    comps = sorted(nx.connected_components(G), key=len, reverse=True)
    pairs = sum(len(c) * (len(c) - 1) for c in comps)
    dist = [d for c in comps if len(c) > 1 for d in [nx.average_shortest_path_length(G.subgraph(c))] for _ in range(len(c) * (len(c) - 1))]
    return {
        'organisations': n,
        'ties': G.number_of_edges(),
        'density': nx.density(G),
        'components': len(comps),
        'largest': len(comps[0]),
        'isolates': nx.number_of_isolates(G),
        'fragmentation': 1 - pairs / (n * (n - 1)),
        'average_clustering': nx.average_clustering(G),
        'average_shortest_path': sum(dist) / len(dist),
        'median_reach': statistics.median(reach(G, 2).values()),
    }

G = load(False)
print(json.dumps({'undirected': node_metrics(G), 'directed': node_metrics(load(True)), 'summary': summary(G)}, indent=1, sort_keys=True))
