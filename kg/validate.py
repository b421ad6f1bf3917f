"""SHACL validation of a graph against ontology/shapes.ttl, reported readably."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Namespace

from kg.vocab import KG

_HERE = Path(__file__).resolve().parent
#: The repository's ontology/ (a checkout), else the copy a wheel carries as kg/ontology.
ONTOLOGY_DIR = next((d for d in (_HERE.parent / "ontology", _HERE / "ontology") if d.is_dir()),
                    _HERE.parent / "ontology")
SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True, slots=True, order=True)
class Violation:
    """One failed constraint: which node, which property, why, and the sentence behind it."""

    focus: str
    path: str
    message: str
    sentence: str


@dataclass(frozen=True, slots=True)
class ValidationReport:
    conforms: bool
    violations: list[Violation]


def _load(name: str) -> Graph:
    return Graph().parse(ONTOLOGY_DIR / name, format="turtle")


def validate(graph: Graph) -> ValidationReport:
    """Check a graph against the shapes (no inference: the extractor writes types explicitly)."""
    import pyshacl

    conforms, results, _ = pyshacl.validate(graph, shacl_graph=_load("shapes.ttl"),
                                            ont_graph=_load("diplomacy.ttl"), inference="none")
    violations = sorted(_violation(graph, results, r) for r in results.subjects(RDF.type, SH.ValidationResult))
    return ValidationReport(bool(conforms), violations)


def _violation(graph: Graph, results: Graph, node) -> Violation:
    focus = results.value(node, SH.focusNode)
    path = results.value(node, SH.resultPath)
    label = graph.value(focus, RDFS.label) or focus
    sentence = graph.value(graph.value(focus, KG.evidence), KG.sentence) or ""
    return Violation(str(label), str(path).split("#")[-1] if path else "",
                     str(results.value(node, SH.resultMessage) or ""), str(sentence))


def describe(report: ValidationReport) -> str:
    """A human-readable report: one paragraph per violation."""
    if report.conforms:
        return "The graph conforms to the shapes.\n"
    lines = [f"{len(report.violations)} violation(s):"]
    for v in report.violations:
        lines.append(f"- {v.focus}{' / ' + v.path if v.path else ''}: {v.message}")
        if v.sentence:
            lines.append(f"    evidence: {v.sentence}")
    return "\n".join(lines) + "\n"
