"""Write and read graphs in Turtle, TriG, N-Triples, N-Quads and JSON-LD, byte-stably.

Output is deterministic: N-Triples/N-Quads lines are sorted, JSON-LD nodes
are sorted by id with sorted keys, and Turtle/TriG come from rdflib's
serialisers (which sort subjects and predicates; kg mints no blank nodes).
Files are written to a temporary file and renamed, so a failed export never
leaves half a file. `memory_store` loads a graph into an in-memory Oxigraph store from the
same sorted lines, for the SPARQL that kg runs on a graph file.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from kg import layout, rdf
from kg.errors import ExportError, InputError

FORMATS = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads", ".jsonld": "json-ld"}


def format_for(path: Path | str) -> str:
    """The rdflib format name for a file extension, or a clear error listing the valid ones."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(f"{path}: unknown graph format {suffix or '(none)'!r}; "
                          f"use one of {', '.join(FORMATS)}")
    return FORMATS[suffix]


def serialize(ds: Dataset, fmt: str) -> bytes:
    """The dataset in one format, as deterministic bytes."""
    if fmt in ("nt", "nquads"):
        return _sorted_lines((rdf.union(ds) if fmt == "nt" else ds).serialize(format=fmt, encoding="utf-8"))
    if fmt == "json-ld":
        context = {prefix: str(ns) for prefix, ns in rdf.PREFIXES.items()}
        doc = json.loads(ds.serialize(format="json-ld", context=context, auto_compact=True))
        return (json.dumps(_sorted_jsonld(doc), indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode()
    if fmt == "trig":
        return _sorted_trig(ds)
    return rdf.union(ds).serialize(format=fmt, encoding="utf-8")


def memory_store(graph: Dataset | Graph) -> ox.Store:
    """An in-memory Oxigraph store of a dataset, laid out as the project store is (its quads
    loaded in sorted order, so the store lists them the same way every time); a plain graph's
    triples (the explorer's, merged) go to its default graph, which queries read."""
    memory = ox.Store()
    if isinstance(graph, Dataset):
        memory.load(serialize(graph, "nquads"), format=ox.RdfFormat.N_QUADS)
        return layout.add_union(memory)
    memory.load(_sorted_lines(graph.serialize(format="nt", encoding="utf-8")), format=ox.RdfFormat.N_TRIPLES)
    return memory


def _sorted_lines(data: bytes) -> bytes:
    """N-Triples or N-Quads with their lines sorted and each once."""
    lines = sorted(set(data.decode("utf-8").splitlines()) - {""})
    return ("\n".join(lines) + "\n").encode("utf-8")


def _sorted_trig(ds: Dataset) -> bytes:
    """TriG with the named graphs in IRI order (rdflib writes them in set order, which changes
    with Python's hash seed): each graph written alone, their prefix lines merged."""
    prefixes: set[str] = set()
    bodies = []
    for graph in sorted(ds.graphs(), key=lambda g: str(g.identifier)):
        if len(graph) == 0:
            continue
        alone = Dataset()
        rdf.bind(alone)
        copy = alone.graph(graph.identifier)
        copy += graph
        header, _, body = alone.serialize(format="trig").partition("\n\n")
        prefixes.update(header.splitlines())
        bodies.append(body)
    return ("\n".join(sorted(prefixes)) + "\n\n" + "".join(bodies)).encode("utf-8")


def _sorted_jsonld(node: object) -> object:
    """JSON-LD with every list of nodes or values in a stable order."""
    if isinstance(node, dict):
        return {k: _sorted_jsonld(v) for k, v in node.items()}
    if isinstance(node, list):
        items = [_sorted_jsonld(v) for v in node]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return node


def write(ds: Dataset, path: Path) -> None:
    """Write the dataset to a file, format by extension, atomically."""
    data = serialize(ds, format_for(path))
    write_atomically(path, lambda tmp: tmp.write_bytes(data))


#: Above this many quads, Turtle and TriG from a store come from Oxigraph's streaming serialiser
#: (grouped, deterministic, not sorted like rdflib's pretty printer, which is too slow there).
FAST_PRETTY_ABOVE = 100_000


def streams(path: Path, size: int) -> bool:
    """Whether `write_store` (Oxigraph) writes this file, rather than `write` (rdflib, pretty)."""
    fmt = format_for(path)
    return fmt in ("nt", "nquads") or (fmt in ("turtle", "trig") and size > FAST_PRETTY_ABOVE)


def write_store(store, path: Path) -> None:
    """Write an on-disk pyoxigraph store to a file fast, with the same bytes for the same content.

    Such a store lists its triples in the order of its index, which depends on the content only,
    so N-Quads and Turtle come straight from Oxigraph's own writer with no Python sort (faster, see
    benchmarks/results.md); N-Triples lines are sorted, TriG is streamed.
    """
    import pyoxigraph as ox

    fmt = format_for(path)
    prefixes = {prefix: str(ns) for prefix, ns in rdf.PREFIXES.items()}
    if fmt == "nquads":
        data = _graph_by_graph_nquads(store)
    elif fmt == "turtle":
        data = layout.as_bytes(store.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(),
                                          prefixes=prefixes))
    elif fmt == "nt":
        triples = (q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
        lines = layout.as_bytes(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)).decode("utf-8").splitlines()
        data = ("\n".join(sorted(set(lines) - {""})) + "\n").encode("utf-8")
    else:
        data = layout.as_bytes(ox.serialize(layout.article_quads(store), format=ox.RdfFormat.TRIG, prefixes=prefixes))
    write_atomically(path, lambda tmp: tmp.write_bytes(data))


def _graph_by_graph_nquads(store) -> bytes:
    """The article graphs as N-Quads, graph by graph in IRI order: each graph dumped as N-Triples
    by Oxigraph and its name put before every line's final " ." (in N-Triples a line ends with
    " .\n" and nothing inside it can, since newlines in literals are escaped)."""
    import pyoxigraph as ox

    out = bytearray()
    for graph in sorted(store.named_graphs(), key=lambda g: g.value):
        lines = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph)
        out += lines.replace(b" .\n", f" <{graph.value}> .\n".encode())
    return bytes(out)


def write_atomically(path: Path, write: Callable[[Path], object]) -> None:
    """Let `write` fill a temporary file beside `path`, then rename it into place: never half a
    file. An error names `path`, not the temporary file, and says the old file is untouched."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; exports and pages are for reading
        os.replace(tmp, path)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise OSError(e.errno, f"{e.strerror or e} (the file was left as it was)", str(path)) from e
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _refuse_remote_contexts(path: Path) -> None:
    """JSON-LD may name a remote @context that the parser would fetch: refuse it unless allowed."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise InputError(f"{path}: not valid JSON-LD: {e}") from e
    remote = [c for c in _contexts(document) if isinstance(c, str)]
    if remote:
        raise InputError(f"{path}: refers to a remote JSON-LD context ({remote[0][:80]}) that would be "
                         "fetched over the network; inline it, or pass --allow-network")


def _contexts(node: object):
    """Every @context value in a JSON-LD document, nested ones included, and every context a
    context @imports (a string: fetched by the parser)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "@context":
                yield from value if isinstance(value, list) else [value]
            elif key == "@import":
                yield value
            yield from _contexts(value)
    elif isinstance(node, list):
        for item in node:
            yield from _contexts(item)


def load(path: Path, allow_network: bool = False) -> Dataset:
    """Read a graph file (any supported format) into a dataset; never from the network unless allowed."""
    fmt = format_for(path)
    if not path.is_file():
        raise InputError(f"{path}: no such graph file")
    if fmt == "json-ld" and not allow_network:
        _refuse_remote_contexts(path)
    ds = rdf.new_dataset()
    try:
        ds.parse(path, format=fmt)
    except Exception as e:  # rdflib raises many parser-specific types
        raise InputError(f"{path}: not valid {fmt}: {e}") from e
    return ds
