"""The graph as NetworkX: counts per class, central entities, paths between entities."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import networkx as nx
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import SKOS

from kg.errors import KgError
from kg.names import fold
from kg.vocab import KG

#: Classes shown in summaries, most specific first.
CLASSES = ("Leader", "Person", "Nation", "Organization", "Place", "Topic",
           "Agreement", "Gift", "Commitment", "Meeting", "Article", "Evidence")
_SKIP = {KG.evidence, KG.inArticle}


@dataclass(frozen=True, slots=True)
class Stats:
    """Counts per class and the most central entities."""

    triples: int
    classes: dict[str, int]
    central: list[tuple[str, float]]


def class_counts(graph: Graph) -> dict[str, int]:
    """Instances per ontology class (a Leader also counts as a Person)."""
    counts = Counter(str(o).split("#")[-1] for o in graph.objects(None, RDF.type)
                     if str(o).startswith(str(KG._NS)))
    return {c: counts[c] for c in CLASSES if counts[c]}


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """Entities and facts as nodes, ontology object properties as labelled edges."""
    g = nx.MultiDiGraph()
    for s, p, o in graph:
        if isinstance(o, URIRef) and str(p).startswith(str(KG._NS)) and p not in _SKIP:
            g.add_edge(s, o, label=str(p).split("#")[-1])
    for node in g.nodes:
        g.nodes[node]["label"] = str(graph.value(node, RDFS.label) or node)
    return g


def stats(graph: Graph, top: int = 5) -> Stats:
    """Class counts and the `top` entities by degree centrality."""
    g = to_networkx(graph)
    centrality = nx.degree_centrality(g) if len(g) > 1 else {}
    ranked = sorted(centrality.items(), key=lambda kv: (-kv[1], str(kv[0])))[:top]
    return Stats(len(graph), class_counts(graph), [(g.nodes[n]["label"], round(c, 3)) for n, c in ranked])


def find_node(graph: Graph, name: str) -> URIRef:
    """The entity whose IRI, label or alternative label is `name` (case- and accent-folded)."""
    if name.startswith("http"):
        return URIRef(name)
    wanted = fold(name)
    for prop in (RDFS.label, SKOS.altLabel):
        for s, o in sorted(graph.subject_objects(prop)):
            if fold(str(o)) == wanted and (s, RDF.type, KG.Evidence) not in graph:
                return s
    raise KgError(f"no entity named {name!r} in the graph")


def path(graph: Graph, source: str, target: str) -> list[str]:
    """How two entities are connected: labels and relations along a shortest path."""
    g = to_networkx(graph)
    a, b = find_node(graph, source), find_node(graph, target)
    undirected = nx.Graph(g)
    try:
        nodes = nx.shortest_path(undirected, a, b)
    except (nx.NetworkXNoPath, nx.NodeNotFound) as e:
        raise KgError(f"{source!r} and {target!r} are not connected") from e
    steps = [g.nodes[nodes[0]]["label"]]
    for x, y in zip(nodes, nodes[1:]):
        forward = g.get_edge_data(x, y)
        data = forward or g.get_edge_data(y, x)
        label = sorted(d["label"] for d in data.values())[0]
        steps += [f"--{label}->" if forward else f"<-{label}--", g.nodes[y]["label"]]
    return steps
