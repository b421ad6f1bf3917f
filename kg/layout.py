"""How kg lays out any Oxigraph store it makes: one named graph per article, and the default graph
holding their union (each triple once), which queries read.

The project store on disk (`kg.store`), the in-memory store a graph file is loaded into
(`kg.source`) and the store a pull fills from a server (`kg.remote`) share this layout, so the
same SPARQL and the same writers serve all three.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

import pyoxigraph as ox
from rdflib import XSD, BNode, Dataset, Graph, Literal, URIRef

from kg import rdf

_XSD_STRING = str(XSD.string)


def article_quads(store: ox.Store) -> Iterator[ox.Quad]:
    """The quads of the named graphs (the articles' and the ledger's), without the default graph's
    union copy."""
    return (q for q in store if not isinstance(q.graph_name, ox.DefaultGraph))


def union_quads(store: ox.Store) -> Iterator[ox.Quad]:
    """The article graphs' triples as default-graph quads: the union copy queries read."""
    return (ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in article_quads(store))


def add_union(store: ox.Store) -> ox.Store:
    """Fill a store's default graph with the union of its article graphs (a store loaded from
    article graphs alone: a file or a server)."""
    store.extend(list(union_quads(store)))
    return store


def dataset(store: ox.Store) -> Dataset:
    """The article graphs as an rdflib Dataset, with decimals in kg's form."""
    ds = rdf.new_dataset()
    data = as_bytes(ox.serialize(article_quads(store), format=ox.RdfFormat.N_QUADS))
    ds.parse(data=data.decode("utf-8"), format="nquads")
    return _kg_decimals(ds)


def as_bytes(data: bytes | None) -> bytes:
    """What Oxigraph serialised to memory (its writers return None only when given a file)."""
    return data or b""


def solutions(store: ox.Store, text: str) -> ox.QuerySolutions:
    """The rows of a SELECT query kg itself runs on a store."""
    result = store.query(text)
    if not isinstance(result, ox.QuerySolutions):
        raise TypeError(f"not a SELECT query: {text[:60]}")
    return result


def _kg_decimals(ds: Dataset) -> Dataset:
    """Write decimals back in kg's form ("2.0"): Oxigraph keeps XSD 1.1 canonical forms ("2")."""
    for graph in ds.graphs():
        changed = [(s, p, o) for s, p, o in graph
                   if isinstance(o, Literal) and o.datatype == XSD.decimal and "." not in str(o)]
        for s, p, o in changed:
            graph.remove((s, p, o))
            graph.add((s, p, rdf.decimal(o.toPython())))
    return ds


def rdflib_term(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> URIRef | BNode | Literal:
    """The rdflib term for a pyoxigraph one, as rdflib's own parsers would give it (a plain
    literal for xsd:string); far faster than serialising to N-Triples and parsing back."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return Literal(term.value, datatype=None if datatype == _XSD_STRING else URIRef(datatype))


def ox_triples(graph: Graph) -> list[ox.Triple]:
    """An rdflib graph's triples as pyoxigraph's (through N-Triples: the terms come out exactly)."""
    data = graph.serialize(format="nt", encoding="utf-8")
    return [t.triple for t in ox.parse(io.BytesIO(data), format=ox.RdfFormat.N_TRIPLES)]


def article_quad_count(store: ox.Store) -> int:
    """Quads in the named graphs (the default graph's union copy is not counted)."""
    union = next(iter(solutions(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))["n"]
    return len(store) - int(union.value)
