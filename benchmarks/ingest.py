"""Ingest throughput: `kg add` (pipeline.ingest into a fresh store) vs raw spaCy `nlp.pipe`.

Both sides use the same loaded model (`kg.nlp.load()`, gazetteer ruler included)
and the same texts; model loading is excluded, worker start-up is included.
kg parses each article line by line and then runs mentions, rules, RDF and a
store transaction per article; the raw floor is `nlp.pipe` over whole texts.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from common import Row, log, ratio_row, sample_paths, timed

from kg import nlp, pipeline, read
from kg.read import Article
from kg.store import Store

TARGET = 0.8


def raw_seconds(texts: list[str], processes: int, batch_size: int | None = None) -> float:
    """Seconds for `list(nlp.pipe(texts, n_process=processes))`, by default with spaCy's batch size."""
    model = nlp.load()
    options = {} if batch_size is None else {"batch_size": batch_size}
    seconds, _ = timed(lambda: list(model.pipe(texts, n_process=processes, **options)))
    return seconds


def kg_seconds(articles: list[Article], jobs: int) -> float:
    """Seconds for `pipeline.ingest(articles, store, jobs=jobs)` into a new temporary store."""
    with tempfile.TemporaryDirectory(prefix="kg-bench-ingest-") as tmp:
        with Store(Path(tmp) / "store", writable=True) as store:
            seconds, count = timed(lambda: pipeline.ingest(articles, store, jobs=jobs))
    assert count == len(articles), (count, len(articles))
    return seconds


def run(n: int) -> list[Row]:
    """Articles/s of kg and of raw spaCy, in one process and in two."""
    articles = [read.read_file(p) for p in sample_paths(n)]
    texts = [a.text for a in articles]
    log(f"ingest: {n} articles, {sum(map(len, texts)):,} characters; loading the model")
    model = nlp.load()
    list(model.pipe(texts[:3]))  # warm-up, untimed
    list(pipeline.extract_all(articles[:3]))
    rows = [Row("ingest: sample", f"{n} articles (every k-th of the sorted corpus), "
                                   f"{sum(map(len, texts)):,} characters")]
    for processes in (1, 2):
        raw = raw_seconds(texts, processes)
        log(f"ingest: nlp.pipe n_process={processes}: {raw:.1f} s")
        ours = kg_seconds(articles, processes)
        log(f"ingest: kg ingest jobs={processes}: {ours:.1f} s")
        rows += [Row(f"ingest: raw nlp.pipe(n_process={processes})", f"{n / raw:.2f} articles/s ({raw:.1f} s)"),
                 Row(f"ingest: kg ingest(jobs={processes})", f"{n / ours:.2f} articles/s ({ours:.1f} s)"),
                 ratio_row(f"ingest: ratio kg / raw, {processes} process{'es' if processes > 1 else ''}",
                           raw / ours, TARGET)]
    # The model's default batch (nlp.batch_size, 256) hands all 200 texts to one worker: a
    # smaller batch shows what two raw processes can really do (informational, no target).
    small = max(1, n // 20)
    raw = raw_seconds(texts, 2, small)
    log(f"ingest: nlp.pipe n_process=2 batch_size={small}: {raw:.1f} s")
    rows.append(Row(f"ingest: raw nlp.pipe(n_process=2, batch_size={small}), for reference",
                    f"{n / raw:.2f} articles/s ({raw:.1f} s); kg jobs=2 / this: {raw / ours:.2f}×"))
    return rows
