"""Render the knowledge graph as one self-contained, offline, interactive HTML page.

The page inlines vis-network (JS + CSS) from the pyvis wheel, so it opens with no
network access. The page's own code is kept in ``page/`` as a skeleton (``page.html``) and a
CSS and a script file per feature (graph, panel, search, reader, timeline, ...); they are joined
here, in the order of ``STYLE_FILES`` and ``SCRIPT_FILES``, into one ``<style>`` and one
``<script>``, whose hash the Content-Security-Policy names. Everything that comes from an
article is data: it travels as JSON inside that ``<script>`` (with ``<``, ``>``, ``&``, ``/``,
U+2028/9 escaped), vis-network shows tooltips as plain text and the page builds its side panel
with DOM APIs only.
Output is deterministic: nodes and edges are sorted, the layout is precomputed with a
fixed seed, ids are indices. ``write_png`` screenshots a page in headless Chromium.
"""

from __future__ import annotations

import base64
import hashlib
import html
import importlib.util
import json
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import quote

import networkx as nx
import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS

from kg import analyse, rdf
from kg.errors import KgError
from kg.export import write_atomically
from kg.view import describe, reader
from kg.view.data import ArticleData, EdgeData, NodeData, PageData
from kg.view.describe import label as _label
from kg.view.describe import texts as _texts
from kg.vocab import ENTITY_LINKS, KG


class Style(NamedTuple):
    """How a class is drawn: its name in the legend and filters, its colour and vis-network shape."""

    name: str
    colour: str
    shape: str


#: The one table of class colours: rendered classes in priority order (first match wins).
STYLES: dict[URIRef, Style] = {
    KG.Leader: Style("Leader", "#d62728", "star"),
    KG.Person: Style("Person", "#ff9896", "dot"),
    KG.Nation: Style("Nation", "#1f77b4", "hexagon"),
    KG.Organization: Style("Organization", "#9467bd", "square"),
    KG.Place: Style("Place", "#8c564b", "triangle"),
    KG.Topic: Style("Topic", "#7f7f7f", "triangleDown"),
    KG.Agreement: Style("Agreement", "#98df8a", "box"),
    KG.Gift: Style("Gift", "#e377c2", "diamond"),
    KG.Commitment: Style("Commitment", "#dbdb8d", "box"),
    KG.Meeting: Style("Meeting", "#9edae5", "ellipse"),
    KG.StatusReport: Style("StatusReport", "#bcbd22", "box"),
}
#: Legend swatches: SVG shapes in a 14x14 box, drawn like vis-network draws the node.
SWATCHES: dict[str, str] = {
    "star": '<polygon points="7,0.5 8.6,4.7 13.2,5 9.7,7.9 10.8,12.3 7,9.8 3.2,12.3 4.3,7.9 0.8,5 5.4,4.7"/>',
    "dot": '<circle cx="7" cy="7" r="6"/>',
    "hexagon": '<polygon points="13,7 10,12.2 4,12.2 1,7 4,1.8 10,1.8"/>',
    "square": '<rect x="1.5" y="1.5" width="11" height="11"/>',
    "triangle": '<polygon points="7,1 13,12.5 1,12.5"/>',
    "triangleDown": '<polygon points="1,1.5 13,1.5 7,13"/>',
    "box": '<rect x="0.5" y="3" width="13" height="8" rx="2"/>',
    "diamond": '<polygon points="7,0.5 13.5,7 7,13.5 0.5,7"/>',
    "ellipse": '<ellipse cx="7" cy="7" rx="6.5" ry="4.5"/>',
}
#: Object properties drawn as edges.
EDGE_PROPS: tuple[URIRef, ...] = ENTITY_LINKS
#: Datatype properties shown in tooltips, in this order.
DETAIL_PROPS: tuple[URIRef, ...] = (
    KG.title, KG.item, KG.action, KG.amount, KG.currency, KG.targetValue, KG.unit,
    KG.date, KG.modality,
)
#: Reader highlight colour per fact kind: each event class in its colour, then the two links.
HIGHLIGHTS: dict[str, str] = {**{STYLES[cls].name: STYLES[cls].colour for cls in describe.EVENTS},
                              "leaderOf": "#ffbb78", "capitalOf": "#c5b0d5"}
#: The function an article's side file calls; the page defines it.
REGISTER = "kgArticle"
LAYOUT_SCALE, LAYOUT_SEED = 500, 42
#: Minimum horizontal and vertical distance between node centres (captions are wide, not tall).
SPACING = (190.0, 80.0)
VIS_DIR = ("templates", "lib", "vis-9.1.2")
PAGE_DIR = Path(__file__).with_name("page")
#: The page's own styles and scripts in PAGE_DIR, joined in this order (a script uses those before it
#: when it starts, and any other only when called; state.js holds all they share, main.js starts them).
STYLE_FILES = ("layout.css", "graph.css", "panel.css", "search.css", "reader.css", "thread.css", "timeline.css")
SCRIPT_FILES = ("state.js", "graph.js", "panel.js", "search.js", "texts.js", "reader.js", "thread.js", "timeline.js",
                "pick.js", "main.js")
OPTIONS: dict[str, Any] = {
    # Off at first (the layout is precomputed). Ticked, it settles off-screen from that layout
    # (the template calls stabilize()): springs as long as its edges (median 160-210 px), so
    # the graph keeps its size, and a settle threshold that ends it in ~150 steps for 300 nodes.
    "physics": {"enabled": False, "solver": "forceAtlas2Based",
                "forceAtlas2Based": {"gravitationalConstant": -80, "centralGravity": 0.006, "springLength": 170},
                "minVelocity": 1, "stabilization": {"iterations": 500, "fit": False}},
    "layout": {"improvedLayout": False},
    "nodes": {"size": 16, "font": {"size": 14}, "widthConstraint": {"maximum": 200}},
    "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}}, "smooth": {"type": "continuous"},
              "font": {"size": 11, "align": "middle", "color": "#444"}, "color": {"color": "#9a9a9a"}},
    "interaction": {"hover": True, "tooltipDelay": 150},
}
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run")
_SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "/": "\\/",
                   "\u2028": "\\u2028", "\u2029": "\\u2029"}
_SCRIPT_ESCAPE_RE = re.compile("[<>&/\u2028\u2029]")
_PLACEHOLDER_RE = re.compile(r"@@([A-Z_]+)@@")
_SCRIPT_RE = re.compile(r"<script>(.*?)</script>", re.DOTALL)
_REMOTE_URL_RE = re.compile(r"^(?!(file|data|blob|about):)")
#: A snapshot waits for the graph and for the reader's article text (a side file loaded after the page).
_DRAWN_AND_READ = ("() => window.kgView && window.kgView.drawn"
                   " && window.kgView.reader.state().status !== 'loading'")


def _node_class(g: Graph, node: URIRef) -> URIRef | None:
    """Pick the most specific rendered class (Leader beats Person)."""
    types = set(g.objects(node, RDF.type))
    return next((cls for cls in STYLES if cls in types), None)


def _rendered_nodes(g: Graph) -> dict[URIRef, URIRef]:
    """Map each IRI to draw onto its class, sorted by IRI for stable ids (negated facts included)."""
    found: dict[URIRef, URIRef] = {}
    for node in sorted({s for s in g.subjects(RDF.type, None) if isinstance(s, URIRef)}):
        cls = _node_class(g, node)
        if cls is not None:
            found[node] = cls
    return found


def _short(label: str, width: int = 44) -> str:
    """A node caption short enough to read; the tooltip and side panel keep the full text."""
    return label if len(label) <= width else label[: width - 1].rsplit(" ", 1)[0] + "…"


def _relation(prop: URIRef) -> str:
    """An edge label in words: kg:leaderOf -> "leader of"."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", prop.split("#")[-1]).lower()


def _tooltip(g: Graph, node: URIRef, cls: URIRef) -> str:
    """Plain-text tooltip: class, label, alt labels and details."""
    lines = [f"{STYLES[cls].name}: {_label(g, node)}"]
    alts = _texts(g, node, SKOS.altLabel)
    if alts:
        lines.append("Also: " + ", ".join(alts))
    for prop in DETAIL_PROPS:
        values = _texts(g, node, prop)
        if values:
            lines.append(f"{prop.split('#')[-1]}: " + ", ".join(values))
    sentence = _evidence_sentence(g, node)
    if sentence:
        lines.append(f"Evidence: “{sentence}”")
    lines.append("(click for facts and evidence)")
    return "\n".join(lines)


def _evidence_sentence(g: Graph, node: URIRef, limit: int = 300) -> str | None:
    """The first (in IRI order) evidence sentence of a fact, shortened for a tooltip."""
    sentences = [text for ev in describe.iris(g.objects(node, KG.evidence)) for text in _texts(g, ev, KG.sentence)]
    if not sentences:
        return None
    text = " ".join(sentences[0].split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _edges(g: Graph, ids: dict[URIRef, int]) -> list[tuple[int, str, int]]:
    """Sorted, de-duplicated (from, relation, to) between rendered nodes only."""
    found = set()
    for prop in EDGE_PROPS:
        for s, o in describe.iri_pairs(g, prop):
            if s in ids and o in ids:
                found.add((ids[s], _relation(prop), ids[o]))
    return sorted(found)


def _layout(count: int, edges: list[tuple[int, str, int]]) -> dict[int, tuple[int, int]]:
    """Precompute positions (seeded) so the page is stable without running physics."""
    if count == 0:
        return {}
    graph: nx.Graph[int] = nx.Graph()
    graph.add_edges_from((s, d) for s, _, d in edges)
    scale = LAYOUT_SCALE * max(1.0, (len(graph) / 25) ** 0.5)
    pos: dict[int, Any] = {}
    if len(graph):
        try:
            pos = nx.spring_layout(graph, seed=LAYOUT_SEED, scale=scale, k=2.5 / len(graph) ** 0.5,
                                   iterations=200)
        except ImportError:  # >= 500 nodes needs scipy; a circle is still deterministic
            pos = nx.circular_layout(graph, scale=scale)
        pos = _spread(pos)
    # unconnected entities sit in rows under the graph instead of crowding it
    lonely = [n for n in range(count) if n not in graph]
    xs, ys = [x for x, _ in pos.values()] or [0.0], [y for _, y in pos.values()] or [-SPACING[1]]
    per_row = max(4, int((max(xs) - min(xs)) // SPACING[0]) + 1)
    left = (min(xs) + max(xs)) / 2 - (min(per_row, len(lonely)) - 1) * SPACING[0] / 2
    for i, n in enumerate(lonely):
        pos[n] = (left + (i % per_row) * SPACING[0], max(ys) + 2 * SPACING[1] + (i // per_row) * SPACING[1])
    return {n: (int(round(float(x))), int(round(float(y)))) for n, (x, y) in pos.items()}


def _spread(pos: dict[int, Any], rounds: int = 60) -> dict[int, tuple[float, float]]:
    """Push apart nodes closer than SPACING (an ellipse: captions are wide) so labels do not overlap."""
    import numpy as np  # networkx's spring layout needs it too

    keys = sorted(pos)
    size = np.array(SPACING, dtype=float)
    xy = np.array([pos[k] for k in keys], dtype=float) / size
    jitter = np.stack([np.cos(np.arange(len(keys))), np.sin(np.arange(len(keys)))], axis=1) * 1e-3
    for _ in range(rounds):
        diff = xy[:, None, :] - xy[None, :, :]
        dist = np.sqrt((diff ** 2).sum(axis=2))
        np.fill_diagonal(dist, np.inf)
        close = dist < 1.0
        if not close.any():
            break
        direction = np.where(dist[..., None] > 1e-9, diff / np.maximum(dist, 1e-9)[..., None],
                             jitter[:, None, :] - jitter[None, :, :])
        push = np.where(close, (1.0 - dist) / 2, 0.0)[..., None] * direction
        xy += push.sum(axis=1)
    return {k: (float(x), float(y)) for k, (x, y) in zip(keys, xy * size, strict=True)}


def _node_data(g: Graph, nodes: dict[URIRef, URIRef], pos: dict[int, tuple[int, int]],
               fact_ids: dict[URIRef, list[int]]) -> list[NodeData]:
    """The drawn nodes, in id order (their index in `nodes`), negated facts hidden."""
    found: list[NodeData] = []
    for i, (node, cls) in enumerate(nodes.items()):
        style, negated = STYLES[cls], describe.modality(g, node) == "negated"
        found.append({"id": i, "label": _short(_label(g, node)), "name": _label(g, node),
                      "alt": _texts(g, node, SKOS.altLabel), "title": _tooltip(g, node, cls),
                      "group": style.name, "color": style.colour, "shape": style.shape, "x": pos[i][0],
                      "y": pos[i][1], "facts": fact_ids[node], "negated": negated, "hidden": negated})
    return found


def _edge_data(g: Graph, nodes: list[URIRef], edges: list[tuple[int, str, int]]) -> list[EdgeData]:
    """The drawn edges, each with its relation and its source node's evidence sentence as tooltip."""
    return [{"id": f"e{i}", "from": s, "to": d, "label": name,
             "title": "\n".join(filter(None, (name, _evidence_sentence(g, nodes[s]))))}
            for i, (s, name, d) in enumerate(edges)]


def _payload(g: Graph, link_base: str = "", texts: Mapping[str, str] | None = None,
             files_url: str = "") -> tuple[PageData, list[URIRef]]:
    """Build the page data (nodes, edges, facts, articles, reader spans, timeline, threads, options)
    and the classes present."""
    nodes = _rendered_nodes(g)
    ids = {node: i for i, node in enumerate(nodes)}
    edges = _edges(g, ids)
    found = describe.statements(g, set(nodes), EDGE_PROPS)
    facts, fact_ids, sources = describe.panel(g, list(nodes), EDGE_PROPS, link_base, found)
    texts = texts or {}
    article_spans = reader.spans(g, found, texts)
    readings = reader.articles_data(g, describe.article_iris(g), article_spans, texts)
    present = [cls for cls in STYLES if cls in set(nodes.values())]
    return {"nodes": _node_data(g, nodes, _layout(len(ids), edges), fact_ids),
            "edges": _edge_data(g, list(nodes), edges), "facts": facts, "options": OPTIONS,
            "articles": [ArticleData(**source, **reading) for source, reading in zip(sources, readings, strict=True)],
            "classes": [STYLES[cls].name for cls in present], "timeline": reader.timeline(g, found, article_spans),
            "threads": reader.threads(g, found),
            "highlights": HIGHLIGHTS, "textDir": files_url}, present


def script_json(value: Any) -> str:
    """JSON that is safe inside <script>: article text can never close the tag."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return _SCRIPT_ESCAPE_RE.sub(lambda m: _SCRIPT_ESCAPES[m.group(0)], text)


def side_file(key: str, text: str) -> str:
    """The side file of one article: a call handing its id and text to the page, as escaped JSON."""
    return f"{REGISTER}({script_json(key)},{script_json(text)});\n"


@cache
def _vis_asset(name: str) -> str:
    """Read a file shipped in the pyvis wheel without importing pyvis (and its deps)."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("pyvis is not installed: its bundled vis-network is needed")
    path = Path(next(iter(spec.submodule_search_locations)), *VIS_DIR, name)
    return path.read_text(encoding="utf-8")


@cache
def _vis_js() -> str:
    """vis-network JS with its licence header intact and no literal URL or '</script' after it."""
    source = _vis_asset("vis-network.min.js")
    end = source.index("*/") + 2 if source.lstrip().startswith("/*") else 0
    header, body = source[:end], source[end:]
    body = body.replace("://", ":\\/\\/")  # same string in JS literals; no fetchable URL text
    body = re.sub(r"</(script)", r"<\\/\1", body, flags=re.IGNORECASE)
    return header + body


@cache
def _vis_css() -> str:
    """vis-network CSS, refusing anything that could end the <style> element early."""
    css = _vis_asset("vis-network.css")
    if re.search(r"</style|https?://", css, flags=re.IGNORECASE):
        raise RuntimeError("bundled vis-network.css contains '</style' or a remote URL")
    return css


def _legend(present: list[URIRef]) -> str:
    """Legend items (shape swatch, class name, filter checkbox) for the classes actually drawn."""
    items = []
    for cls in present:
        style = STYLES[cls]
        name, colour = html.escape(style.name), html.escape(style.colour)
        items.append(f'<li data-class="{name}"><label><input type="checkbox" class="class-filter" '
                     f'value="{name}" checked><svg class="swatch" width="14" height="14" viewBox="0 0 14 14" '
                     f'aria-hidden="true" fill="{colour}" stroke="#444" stroke-width="0.8">'
                     f'{SWATCHES[style.shape]}</svg>{name}</label></li>')
    return "\n".join(items)


@dataclass(frozen=True)
class Page:
    """A rendered view: the HTML and its side files (path relative to the page -> content)."""

    html: str
    files: dict[str, str] = field(default_factory=dict)


def files_dir(page_name: str) -> str:
    """The folder beside a page that holds its article texts: "graph.html" -> "graph.files"."""
    return f"{Path(page_name).stem or 'page'}.files"


def render_page(graph: Graph, *, title: str = "kg graph", link_base: str = "",
                texts: Mapping[str, str] | None = None, page_name: str = "graph.html") -> Page:
    """Render an rdflib Graph or Dataset as an offline HTML page plus one side file per article text.

    ``texts`` maps article ids to their checked texts (see :func:`kg.view.reader.load_texts`);
    articles without one show "source text unavailable". ``page_name`` names the side files'
    folder (``graph.files/<article id>.js``). ``link_base`` is prefixed to source-file links.
    """
    g = rdf.union(graph)
    folder = files_dir(page_name)
    texts = {k: v for k, v in (texts or {}).items() if reader.KEY_RE.match(k)}
    data, present = _payload(g, link_base, texts, quote(folder, safe=""))
    shown = sorted({a["key"] for a in data["articles"] if a["text"]})
    files = {f"{folder}/{key}.js": side_file(key, texts[key]) for key in shown}
    values = {"TITLE": html.escape(title), "LEGEND": _legend(present), "VIS_CSS": _vis_css(),
              "VIS_JS": _vis_js(), "STYLE": _highlight_css() + "\n" + _joined(STYLE_FILES),
              "SCRIPT": _joined(SCRIPT_FILES), "DATA": script_json(data)}
    head, rest = (PAGE_DIR / "page.html").read_text(encoding="utf-8").split("@@CSP@@", 1)
    # one pass per part, so a value that happens to contain "@@X@@" is never expanded
    head, rest = (_PLACEHOLDER_RE.sub(lambda m: values[m.group(1)], part) for part in (head, rest))
    return Page(head + html.escape(_csp(rest, bool(files))) + rest, files)


def render_html(graph: Graph, *, title: str = "kg graph", link_base: str = "",
                texts: Mapping[str, str] | None = None, page_name: str = "graph.html") -> str:
    """Render an rdflib Graph or Dataset as a self-contained offline HTML page (without side files).

    ``link_base`` is prefixed to source-file links (the path from the page to the folder
    that kg:sourceFile paths are relative to).
    """
    return render_page(graph, title=title, link_base=link_base, texts=texts, page_name=page_name).html


def _joined(names: tuple[str, ...]) -> str:
    """The page's files of these names, in this order, as one text."""
    return "\n".join((PAGE_DIR / name).read_text(encoding="utf-8") for name in names)


def _highlight_css() -> str:
    """One rule per fact class: a light background for the evidence, a stronger one for its key words."""
    rules = []
    for kind, colour in HIGHLIGHTS.items():
        r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
        rules.append(f".k-{kind} {{ --hl: {colour}; --hl-soft: rgba({r}, {g}, {b}, 0.28); "
                     f"--hl-strong: rgba({r}, {g}, {b}, 0.75); }}")
    return "\n".join(rules)


def _csp(page: str, side_files: bool = False) -> str:
    """A Content-Security-Policy that allows no request and runs only the page's own scripts
    (and, with `side_files`, its article texts: local scripts from file:// beside the page)."""
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'"
                      for s in _SCRIPT_RE.findall(page))
    own = "'self' " if side_files else ""
    return (f"default-src 'none'; script-src {own}{hashes}; style-src 'unsafe-inline'; img-src data:; "
            "base-uri 'none'; form-action 'none'")


def _link_base(folder: Path) -> str:
    """Relative path from the page's folder to the working directory (where sourceFile paths start)."""
    try:
        rel = os.path.relpath(os.getcwd(), os.path.realpath(folder))
    except ValueError:  # another drive on Windows: no relative path exists
        return ""
    return "" if rel == "." else Path(rel).as_posix()


def _write_text(text: str) -> Callable[[Path], None]:
    """A writer for write_atomically that stores text as UTF-8 with \\n line ends and fsyncs it."""
    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
    return write


def draw(store: ox.Store, output: Path, title: str, max_nodes: int = 300, focus: str | None = None,
         depth: int = 1, types: tuple[str, ...] = ()) -> str:
    """Write the view of a kg store's graph (at most `max_nodes` nodes, the most connected, or those
    around `focus`); returns the note on what was left out ("" when nothing was)."""
    selection = analyse.view_selection(store, max_nodes, focus, depth, types)
    note = selection.note()
    write_html(selection.graph, output, title=f"{title} — {note}" if note else title)
    return note


def write_html(graph: Graph, path: Path, *, title: str = "kg graph", base: Path | None = None) -> None:
    """Write the page and its article texts atomically, so a reader never sees a half-written file.

    Article texts are read back from their kg:sourceFile (relative paths from `base`, default
    the current folder) and written to ``<page>.files/`` next to the page, before the page
    itself (those already holding the same text are left alone); side files of articles no longer
    in the graph are removed after it.
    """
    path = Path(path)
    g = rdf.union(graph)
    page = render_page(g, title=title, link_base=_link_base(path.parent), texts=reader.load_texts(g, base),
                       page_name=path.name)
    for name, content in sorted(page.files.items()):
        if not _holds(path.parent / name, content):  # a side file is named by its text's hash
            write_atomically(path.parent / name, _write_text(content))
    write_atomically(path, _write_text(page.html))
    _prune(path.parent / files_dir(path.name), {Path(name).name for name in page.files})


def _holds(path: Path, content: str) -> bool:
    """Whether a regular file already holds exactly this text (rewriting it would change nothing)."""
    try:
        return path.is_file() and not path.is_symlink() and path.read_bytes() == content.encode("utf-8")
    except OSError:
        return False


def _prune(folder: Path, keep: set[str]) -> None:
    """Remove side files (``<id>.js``) the page no longer loads, and the folder if it is left empty."""
    if not folder.is_dir() or folder.is_symlink():
        return
    for old in sorted(folder.iterdir()):
        if old.suffix == ".js" and old.name not in keep and reader.KEY_RE.match(old.stem) and old.is_file():
            old.unlink(missing_ok=True)
    try:
        folder.rmdir()
    except OSError:  # not empty: something else (or a kept file) is in it
        pass


def _playwright() -> tuple[Any, type[Exception]]:
    """Playwright's sync_playwright and its Error class, or a KgError saying how to install it."""
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        raise KgError("PNG export needs the playwright package: pip install 'playwright>=1.50,<2' "
                      "(it is in kg's dev extras)") from None
    return sync_playwright, Error


def write_png(html_path: Path, png_path: Path, width: int = 1400, height: int = 900, *,
              select: str | None = None, chromium: Path = CHROMIUM, timeout: float = 30.0) -> None:
    """Screenshot a kg HTML view in headless Chromium once the network has drawn.

    ``select`` names an entity whose side panel is opened first; remote requests are blocked.
    """
    html_path, png_path, chromium = Path(html_path), Path(png_path), Path(chromium)
    if not html_path.is_file():
        raise KgError(f"{html_path}: no such file")
    sync_playwright, playwright_error = _playwright()
    if not (chromium.is_file() and os.access(chromium, os.X_OK)):
        raise KgError(f"Chromium not found at {chromium}: install it (apt-get install chromium)")

    def shoot(tmp: Path) -> None:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(chromium), args=list(CHROMIUM_ARGS))
            try:
                page = browser.new_page(viewport={"width": width, "height": height})
                page.route(_REMOTE_URL_RE, lambda route: route.abort())
                page.goto(html_path.resolve().as_uri())
                page.wait_for_function(_DRAWN_AND_READ, timeout=timeout * 1000)
                if select:
                    page.evaluate("name => window.kgView.show(name)", select)
                page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
                page.screenshot(path=str(tmp), type="png")
            finally:
                browser.close()

    try:
        write_atomically(png_path, shoot)
    except playwright_error as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        if "wait_for_function" in reason:
            reason = f"the page did not draw a kg graph within {timeout:g} s"
        raise KgError(f"could not screenshot {html_path} with {chromium}: {reason}") from None
