"""Render the knowledge graph as one self-contained, offline, interactive HTML page.

The page inlines vis-network (JS + CSS) from the pyvis wheel, so it opens with no
network access. Everything that comes from an article is data: it travels as JSON
inside a ``<script>`` (with ``<``, ``>``, ``&``, ``/``, U+2028/9 escaped) and
vis-network shows tooltips as plain text. Output is deterministic: nodes and edges
are sorted, the layout is precomputed with a fixed seed, ids are indices.
"""

from __future__ import annotations

import html
import importlib.util
import json
import os
import re
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.vocab import KG

#: Rendered classes in priority order (first match wins): class -> (name, colour, shape).
STYLES: dict[URIRef, tuple[str, str, str]] = {
    KG.Leader: ("Leader", "#d62728", "star"),
    KG.Person: ("Person", "#ff9896", "dot"),
    KG.Nation: ("Nation", "#1f77b4", "hexagon"),
    KG.Organization: ("Organization", "#9467bd", "square"),
    KG.Place: ("Place", "#8c564b", "triangle"),
    KG.Topic: ("Topic", "#7f7f7f", "triangleDown"),
    KG.Agreement: ("Agreement", "#98df8a", "box"),
    KG.Gift: ("Gift", "#e377c2", "diamond"),
    KG.Commitment: ("Commitment", "#dbdb8d", "box"),
    KG.Meeting: ("Meeting", "#9edae5", "ellipse"),
}
#: Object properties drawn as edges.
EDGE_PROPS: tuple[URIRef, ...] = (
    KG.leaderOf, KG.party, KG.signatory, KG.giver, KG.recipient, KG.committedBy,
    KG.beneficiary, KG.participant, KG.location, KG.topic, KG.capitalOf,
)
#: Datatype properties shown in tooltips, in this order.
DETAIL_PROPS: tuple[URIRef, ...] = (
    KG.title, KG.item, KG.action, KG.amount, KG.currency, KG.targetValue, KG.unit,
    KG.date, KG.modality,
)
MAX_EVIDENCE, MAX_SENTENCE_CHARS = 3, 400
LAYOUT_SCALE, LAYOUT_SEED = 500, 42
VIS_DIR = ("templates", "lib", "vis-9.1.2")
TEMPLATE_PATH = Path(__file__).with_name("templates") / "graph.html"
OPTIONS: dict[str, Any] = {
    "physics": {"enabled": False, "solver": "forceAtlas2Based", "stabilization": {"iterations": 150}},
    "nodes": {"size": 16, "font": {"size": 14}, "widthConstraint": {"maximum": 200}},
    "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}}, "smooth": {"type": "continuous"},
              "font": {"size": 11, "align": "middle", "color": "#444"}, "color": {"color": "#9a9a9a"}},
    "interaction": {"hover": True, "tooltipDelay": 150},
}
_SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "/": "\\/",
                   "\u2028": "\\u2028", "\u2029": "\\u2029"}
_SCRIPT_ESCAPE_RE = re.compile("[<>&/\u2028\u2029]")
_PLACEHOLDER_RE = re.compile(r"@@([A-Z_]+)@@")


def _union(graph: Graph) -> Graph:
    """Flatten a Dataset/ConjunctiveGraph so facts from every named graph are rendered."""
    quads = getattr(graph, "quads", None)
    if quads is None:
        return graph
    flat = Graph()
    for s, p, o, _ctx in quads((None, None, None, None)):
        flat.add((s, p, o))
    return flat


def _texts(g: Graph, node: URIRef, prop: URIRef) -> list[str]:
    """Distinct string values of a property, sorted so output never depends on store order."""
    return sorted({str(o) for o in g.objects(node, prop)})


def _node_class(g: Graph, node: URIRef) -> URIRef | None:
    """Pick the most specific rendered class (Leader beats Person)."""
    types = set(g.objects(node, RDF.type))
    return next((cls for cls in STYLES if cls in types), None)


def _is_negated(g: Graph, node: URIRef) -> bool:
    """Negated facts ("did not sign") must not be shown as if they happened."""
    return any(v.strip().lower() == "negated" for v in _texts(g, node, KG.modality))


def _rendered_nodes(g: Graph) -> dict[URIRef, URIRef]:
    """Map each IRI to draw onto its class, sorted by IRI for stable ids."""
    found: dict[URIRef, URIRef] = {}
    for node in sorted({s for s in g.subjects(RDF.type, None) if isinstance(s, URIRef)}):
        cls = _node_class(g, node)
        if cls is not None and not _is_negated(g, node):
            found[node] = cls
    return found


def _label(g: Graph, node: URIRef) -> str:
    """Human label; falls back to the IRI's last segment so no full IRI leaks into the page."""
    labels = _texts(g, node, RDFS.label)
    return labels[0] if labels else re.split(r"[/#]", str(node).rstrip("/#"))[-1]


def _short(label: str, width: int = 44) -> str:
    """A node caption short enough to read; the tooltip keeps the full text."""
    return label if len(label) <= width else label[: width - 1].rsplit(" ", 1)[0] + "…"


def _evidence_lines(g: Graph, node: URIRef) -> list[str]:
    """Up to MAX_EVIDENCE distinct sentences with their rule, most confident first."""
    seen: dict[tuple[str, str], float] = {}
    for ev in g.objects(node, KG.evidence):
        conf = max((float(c) for c in g.objects(ev, KG.confidence)), default=0.0)
        rule = ", ".join(_texts(g, ev, KG.rule))
        for sentence in _texts(g, ev, KG.sentence):
            key = (" ".join(sentence.split()), rule)
            seen[key] = max(conf, seen.get(key, 0.0))
    ranked = sorted(seen.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_EVIDENCE]
    lines = []
    for (sentence, rule), _conf in ranked:
        if len(sentence) > MAX_SENTENCE_CHARS:
            sentence = sentence[: MAX_SENTENCE_CHARS - 1] + "\u2026"
        lines.append(f"\u2022 \u201c{sentence}\u201d" + (f" [{rule}]" if rule else ""))
    return lines


def _tooltip(g: Graph, node: URIRef, cls: URIRef) -> str:
    """Plain-text tooltip: class, label, alt labels, details and evidence sentences."""
    lines = [f"{STYLES[cls][0]}: {_label(g, node)}"]
    alts = _texts(g, node, SKOS.altLabel)
    if alts:
        lines.append("Also: " + ", ".join(alts))
    for prop in DETAIL_PROPS:
        values = _texts(g, node, prop)
        if values:
            lines.append(f"{prop.split('#')[-1]}: " + ", ".join(values))
    evidence = _evidence_lines(g, node)
    if evidence:
        lines.append("Evidence:")
        lines.extend(evidence)
    return "\n".join(lines)


def _edges(g: Graph, ids: dict[URIRef, int]) -> list[tuple[int, str, int]]:
    """Sorted, de-duplicated (from, property name, to) between rendered nodes only."""
    found = set()
    for prop in EDGE_PROPS:
        for s, o in g.subject_objects(prop):
            if s in ids and o in ids:
                found.add((ids[s], prop.split("#")[-1], ids[o]))
    return sorted(found)


def _layout(count: int, edges: list[tuple[int, str, int]]) -> dict[int, tuple[int, int]]:
    """Precompute positions (seeded) so the page is stable without running physics."""
    if count == 0:
        return {}
    graph = nx.Graph()
    graph.add_edges_from((s, d) for s, _, d in edges)
    scale = LAYOUT_SCALE * max(1.0, (len(graph) / 25) ** 0.5)
    pos: dict[int, tuple[float, float]] = {}
    if len(graph):
        try:
            pos = nx.spring_layout(graph, seed=LAYOUT_SEED, scale=scale, k=2.5 / len(graph) ** 0.5,
                                   iterations=200)
        except ImportError:  # >= 500 nodes needs scipy; a circle is still deterministic
            pos = nx.circular_layout(graph, scale=scale)
    # unconnected entities sit in a row under the graph instead of crowding it
    lonely = [n for n in range(count) if n not in graph]
    for i, n in enumerate(lonely):
        pos[n] = (-scale + i * 160, scale + 200)
    return {n: (int(round(float(x))), int(round(float(y)))) for n, (x, y) in pos.items()}


def _payload(g: Graph) -> tuple[dict[str, Any], list[URIRef]]:
    """Build the vis-network data (nodes, edges, options) and the classes present."""
    nodes = _rendered_nodes(g)
    ids = {node: i for i, node in enumerate(nodes)}
    edges = _edges(g, ids)
    pos = _layout(len(ids), edges)
    node_data = []
    for node, cls in nodes.items():
        name, colour, shape = STYLES[cls]
        x, y = pos[ids[node]]
        node_data.append({"id": ids[node], "label": _short(_label(g, node)), "title": _tooltip(g, node, cls),
                          "group": name, "color": colour, "shape": shape, "x": x, "y": y})
    edge_data = [{"id": f"e{i}", "from": s, "to": d, "label": name, "title": name}
                 for i, (s, name, d) in enumerate(edges)]
    present = [cls for cls in STYLES if cls in set(nodes.values())]
    return {"nodes": node_data, "edges": edge_data, "options": OPTIONS}, present


def script_json(value: Any) -> str:
    """JSON that is safe inside <script>: article text can never close the tag."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return _SCRIPT_ESCAPE_RE.sub(lambda m: _SCRIPT_ESCAPES[m.group(0)], text)


@lru_cache(maxsize=None)
def _vis_asset(name: str) -> str:
    """Read a file shipped in the pyvis wheel without importing pyvis (and its deps)."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("pyvis is not installed: its bundled vis-network is needed")
    path = Path(next(iter(spec.submodule_search_locations)), *VIS_DIR, name)
    return path.read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def _vis_js() -> str:
    """vis-network JS with its licence header intact and no literal URL or '</script' after it."""
    source = _vis_asset("vis-network.min.js")
    end = source.index("*/") + 2 if source.lstrip().startswith("/*") else 0
    header, body = source[:end], source[end:]
    body = body.replace("://", ":\\/\\/")  # same string in JS literals; no fetchable URL text
    body = re.sub(r"</(script)", r"<\\/\1", body, flags=re.IGNORECASE)
    return header + body


@lru_cache(maxsize=None)
def _vis_css() -> str:
    """vis-network CSS, refusing anything that could end the <style> element early."""
    css = _vis_asset("vis-network.css")
    if re.search(r"</style|https?://", css, flags=re.IGNORECASE):
        raise RuntimeError("bundled vis-network.css contains '</style' or a remote URL")
    return css


def _legend(present: list[URIRef]) -> str:
    """Legend items (swatch + class name) for the classes actually drawn."""
    rows = (tuple(html.escape(v) for v in STYLES[cls][:2]) for cls in present)
    return "\n".join(f'<li data-class="{name}"><span class="swatch" style="background:{colour}">'
                     f'</span>{name}</li>' for name, colour in rows)


def render_html(graph: Graph, *, title: str = "kg graph") -> str:
    """Render an rdflib Graph or Dataset as a self-contained offline HTML page."""
    data, present = _payload(_union(graph))
    values = {"TITLE": html.escape(title), "LEGEND": _legend(present), "VIS_CSS": _vis_css(),
              "VIS_JS": _vis_js(), "DATA": script_json(data)}
    template = TEMPLATE_PATH.read_text(encoding="utf-8")
    # one pass, so a value that happens to contain "@@X@@" is never expanded
    return _PLACEHOLDER_RE.sub(lambda m: values[m.group(1)], template)


def write_html(graph: Graph, path: Path, *, title: str = "kg graph") -> None:
    """Write the page atomically so a reader never sees a half-written file."""
    path = Path(path)
    text = render_html(graph, title=title)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; a report page should be readable
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
