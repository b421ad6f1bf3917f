"""The graph as NetworkX: counts per class, central entities, paths between entities."""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass

import networkx as nx
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import SKOS
from rdflib.term import Node

from kg.errors import KgError
from kg.layout import rdflib_term
from kg.names import fold
from kg.vocab import ENTITY_CLASSES, ENTITY_LINKS, EVENT_CLASSES, KG, local_name, sparql_values

#: Classes drawn in the view, the names `--type` accepts (status reports: a commitment's later reports).
VIEW_CLASSES = tuple(local_name(c) for c in (*ENTITY_CLASSES, *EVENT_CLASSES, KG.StatusReport))
#: Classes shown in summaries, most specific first.
CLASSES = (*VIEW_CLASSES, local_name(KG.Article), local_name(KG.Evidence))
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
    g: nx.MultiDiGraph[Node] = nx.MultiDiGraph()
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
                return URIRef(str(s))
    raise KgError(f"no entity named {name!r} in the graph")


def path(graph: Graph, source: str, target: str) -> list[str]:
    """How two entities are connected: labels and relations along a shortest path."""
    g = to_networkx(graph)
    a, b = find_node(graph, source), find_node(graph, target)
    undirected: nx.Graph[Node] = nx.Graph(g)
    try:
        nodes = nx.shortest_path(undirected, a, b)
    except (nx.NetworkXNoPath, nx.NodeNotFound) as e:
        raise KgError(f"{source!r} and {target!r} are not connected") from e
    steps = [g.nodes[nodes[0]]["label"]]
    for x, y in itertools.pairwise(nodes):
        forward = g.get_edge_data(x, y)
        data = forward or g.get_edge_data(y, x)
        label = sorted(d["label"] for d in data.values())[0]
        steps += [f"--{label}->" if forward else f"<-{label}--", g.nodes[y]["label"]]
    return steps




@dataclass(frozen=True, slots=True)
class ViewSelection:
    """The part of a big graph worth drawing, and how much was left out."""

    graph: Graph
    shown: int
    total: int

    def note(self) -> str:
        return "" if self.shown == self.total else \
            f"showing {self.shown} of {self.total} nodes (the most connected)"


def _select(ox_store, text: str) -> list:
    return list(ox_store.query(text))


def view_selection(ox_store, max_nodes: int = 300, focus: str | None = None, depth: int = 1,
                   types: tuple[str, ...] = ()) -> ViewSelection:
    """Pick at most `max_nodes` nodes of a pyoxigraph store (by degree, or around `focus`)
    and return their triples and evidence as an rdflib Graph, without loading the whole store."""
    unknown = set(types) - set(VIEW_CLASSES)
    if unknown:
        raise KgError(f"unknown type {', '.join(sorted(unknown))}; choose from {', '.join(VIEW_CLASSES)}")
    classes = " ".join(f"kg:{c}" for c in (types or VIEW_CLASSES))
    prefix = f"PREFIX kg: <{KG._NS}>\n"
    found = _select(ox_store, prefix + f"SELECT DISTINCT ?n WHERE {{ VALUES ?c {{ {classes} }} ?n a ?c }}")
    nodes = {str(r["n"].value) for r in found}
    links = sparql_values(ENTITY_LINKS)
    g: nx.Graph[str] = nx.Graph()
    g.add_nodes_from(nodes)
    for r in _select(ox_store, prefix + f"SELECT ?s ?o WHERE {{ VALUES ?p {{ {links} }} ?s ?p ?o }}"):
        s, o = str(r["s"].value), str(r["o"].value)
        if s in nodes and o in nodes:
            g.add_edge(s, o)
    if focus:
        centre = _find_in_store(ox_store, focus, nodes)
        g = nx.ego_graph(g, centre, radius=depth)
    keep = sorted(g.nodes, key=lambda n: (-g.degree(n), n))[:max_nodes]
    if focus and centre not in keep:
        keep[-1:] = [centre]
    return ViewSelection(_subgraph(ox_store, keep), len(keep), len(g))


def _find_in_store(ox_store, name: str, nodes: set[str]) -> str:
    """The node whose label, else alt label, is `name` (folded), for --focus: "Lima" is the
    place before the nation that has it as an alias, as in `find_node`."""
    wanted = fold(name)
    rows = _select(ox_store, "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                   "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                   "SELECT ?n ?l ?alias WHERE { { ?n rdfs:label ?l BIND(0 AS ?alias) }"
                   " UNION { ?n skos:altLabel ?l BIND(1 AS ?alias) } }")
    for r in sorted(rows, key=lambda r: (int(r["alias"].value), str(r["n"].value))):
        if str(r["n"].value) in nodes and fold(str(r["l"].value)) == wanted:
            return str(r["n"].value)
    raise KgError(f"no entity named {name!r} in the graph")


def _subgraph(ox_store, keep: list[str]) -> Graph:
    """The kept nodes' triples plus the evidence and article titles their panels show, and the
    commitment threads (kg.ledger) they are reports of.

    Small CONSTRUCTs (nodes, their threads, their evidence, its articles): one query with nested
    OPTIONALs is orders of magnitude slower on a big store.
    """
    out = Graph()
    _add_about(ox_store, out, keep)
    _add_about(ox_store, out, _threads_reporting(ox_store, keep))
    _add_about(ox_store, out, sorted({str(o) for o in out.objects(None, KG.evidence)}))
    _add_about(ox_store, out, sorted({str(o) for o in out.objects(None, KG.inArticle)}))
    return out


def _threads_reporting(ox_store, reports: list[str]) -> list[str]:
    """The commitment threads that any of these nodes is a report of (the view joins them)."""
    if not reports:
        return []
    values = " ".join(f"<{r}>" for r in reports)
    query = f"PREFIX kg: <{KG._NS}>\nSELECT DISTINCT ?t WHERE {{ VALUES ?r {{ {values} }} ?t kg:report ?r }}"
    return sorted(str(row["t"].value) for row in _select(ox_store, query))


def _add_about(ox_store, out: Graph, subjects: list[str]) -> None:
    """Add every triple of the store about these subjects to `out`."""
    if not subjects:
        return
    values = " ".join(f"<{s}>" for s in subjects)
    query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ VALUES ?s {{ {values} }} ?s ?p ?o }}"
    for triple in ox_store.query(query):
        out.add((rdflib_term(triple.subject), rdflib_term(triple.predicate), rdflib_term(triple.object)))
