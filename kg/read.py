"""Read articles from .txt, .md, .html files, directories or stdin.

An `Article` keeps the text exactly as the user sees it, so evidence offsets
stored in the graph index into it. Its id is a hash of the normalised text,
so the same article read twice (or from two paths) gets the same id.
"""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from kg.errors import InputError

SUFFIXES = (".txt", ".md", ".html", ".htm")

_MONTHS = ("january february march april may june july august september "
           "october november december").split()
#: Month names and their news abbreviations ("Sept. 6, 2025", "Oct 28, 2025"), to their numbers.
_MONTH_NUMBERS = {name: i for i, m in enumerate(_MONTHS, 1) for name in (m, m[:3])} | {"sept": 9}
#: A capitalised month name or abbreviation, maybe with its full stop.
MONTH = r"\b(" + "|".join(m.capitalize() for m in _MONTH_NUMBERS) + r")\.?"
#: A day of the month, maybe an ordinal ("6th").
DAY = r"(\d{1,2})(?:st|nd|rd|th)?\b"
_DATE_PATTERNS = (
    (re.compile(MONTH + r"\s+" + DAY + r",?\s+(\d{4})"), ("m", "d", "y")),
    (re.compile(r"\b" + DAY + r"\s+(?:of\s+)?" + MONTH + r",?\s+(\d{4})"), ("d", "m", "y")),
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), ("y", "mn", "d")),
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"), ("d", "mn", "y")),  # "14.05.2025", as wires abroad write it
)


@dataclass(frozen=True, slots=True)
class Article:
    """One source document: its text, title, first date and where it came from."""

    id: str
    text: str
    title: str
    source: str
    date: date | None = None
    #: What reading had to repair ("decoded as Windows-1252"), for the user to see.
    notes: tuple[str, ...] = ()


def article_id(text: str) -> str:
    """Stable id: hash of the NFC-normalised text with collapsed whitespace."""
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


def find_date(text: str) -> date | None:
    """The first full calendar date written in the text (a dateline or a byline)."""
    return next((found for _, _, found in _dates(text)), None)


def _dates(text: str) -> list[tuple[int, int, date]]:
    """Every full calendar date in the text with where it starts and ends, in order."""
    found: dict[int, tuple[int, int, date]] = {}
    for pattern, order in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            parts = dict(zip(order, m.groups(), strict=True))
            month = int(parts["mn"]) if "mn" in parts else _MONTH_NUMBERS[parts["m"].lower()]
            try:
                found.setdefault(m.start(), (m.start(), m.end(), date(int(parts["y"]), month, int(parts["d"]))))
            except ValueError:
                continue
    return sorted(found.values())


#: How far into a line a dateline's date may start ("SAN ISIDRO DEL RUBIO, Ruritania, May 6, 2025").
_DATELINE_REACH = 60
#: What may follow a dateline's date on its line: nothing, a dash, a bracket, a bar or a time of day.
_AFTER_DATELINE = re.compile(r"\s*(?:$|[-\u2013\u2014(|/]|\d{1,2}[:.]\d{2})")
#: A preposition just before a date makes it a sentence's ("On March 11, 2021 - a year ago -").
_ON = re.compile(r"\b(?:on|in|since|until|from|before|after|of|by)\s*$", re.IGNORECASE)


def dateline_date(text: str) -> date | None:
    """The date of the first line that opens with one as a dateline or byline does ("LIMA, May 6,
    2025 -", "By Ana Ruiz | May 6, 2025", a date alone): a date inside a sentence ("on June 14, 2021,
    the President ...") is another event's."""
    for line in text.splitlines():
        for start, end, found in _dates(line):
            if start <= _DATELINE_REACH and _AFTER_DATELINE.match(line, end) and not _ON.search(line[:start]):
                return found
    return None


def _html_text(raw: str, source: str) -> str:
    """Main text of an HTML page (trafilatura drops scripts, styles and boilerplate)."""
    import trafilatura

    text = trafilatura.extract(raw, include_comments=False, include_tables=False)
    if not text:
        raise InputError(f"{source}: no article text found in the HTML")
    title = trafilatura.extract_metadata(raw)
    heading = title.title if title and title.title else ""
    return f"{heading}\n\n{text}" if heading and not text.startswith(heading) else text


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FRONT_TITLE = re.compile(r"^title:[ \t]*(['\"]?)(.+?)\1[ \t]*$", re.M)
#: Inline tokens that carry words; links, images and HTML tags add none (an image's alt text
#: describes a picture, not the news).
_WORDS = {"text": "{}", "code_inline": "{}", "softbreak": "\n", "hardbreak": "\n"}


def _markdown_text(raw: str) -> str:
    """The words of a Markdown article, one block per paragraph: no heading marks, emphasis,
    link targets, images, HTML tags or YAML front matter (whose ``title:`` becomes the title)."""
    from markdown_it import MarkdownIt

    title = ""
    front = _FRONT_MATTER.match(raw)
    if front:
        found = _FRONT_TITLE.search(front.group(1))
        title = found.group(2) if found else ""
        raw = raw[front.end():]
    blocks = [title] if title else []
    for token in MarkdownIt("commonmark").parse(raw):
        if token.type == "inline":
            words = "".join(_WORDS[c.type].format(c.content) for c in token.children or () if c.type in _WORDS)
            blocks.append("\n".join(line.strip() for line in words.splitlines()).strip())
        elif token.type in ("code_block", "fence"):
            blocks.append(token.content.strip())
    return "\n\n".join(b for b in blocks if b) + "\n"


def from_text(raw: str, source: str, suffix: str = ".txt", article_date: date | None = None) -> Article:
    """Build an Article from raw file content; the first non-empty line is the title.

    The article's date is `article_date` when given (the user knows best), else its dateline's
    (`dateline_date`), else the first full date of its lead ("met in Paris on March 3, 2024"): a
    date further down is more often another event's ("the bank failed on Sept. 15, 2008").
    """
    if suffix in (".html", ".htm"):
        text = _html_text(raw, source)
    elif suffix == ".md":
        text = _markdown_text(raw)
    else:
        text = raw
    text = _clean(text)
    if not text.strip():
        raise InputError(f"{source}: the article is empty")
    title = next(line.strip() for line in text.splitlines() if line.strip())
    return Article(article_id(text), text, title, source,
                   article_date or dateline_date(text) or find_date(_opening(text)))


_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_BINARY_MAGIC = (b"\x89PNG", b"%PDF", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x7fELF", b"\x1f\x8b",
                 b"BZh", b"\xfd7zXZ\x00", b"7z\xbc\xaf", b"RIFF", b"OggS", b"ID3", b"fLaC", b"\x00asm")
#: Share of control or undecodable characters above which decoded bytes are no text (random
#: bytes have about 14%), counted once there are more than a few (a stray NUL is no binary file).
_BINARY_SHARE, _BINARY_MIN = 0.10, 64


def decode(raw: bytes, source: str) -> tuple[str, tuple[str, ...]]:
    """Text from bytes: a BOM's encoding, else UTF-8, else Windows-1252 (said in a note);
    binary files are refused."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return raw.decode(encoding, errors="replace"), (f"decoded as {encoding.upper()} (byte order mark)",)
    if raw.startswith(_BINARY_MAGIC) or raw[:4096].count(b"\x00") > len(raw[:4096]) // 10:
        raise InputError(f"{source}: a binary file, not an article")
    notes: tuple[str, ...] = ()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        text = raw.decode("cp1252", errors="replace")
        notes = (f"not UTF-8 (byte {e.start}): decoded as Windows-1252",)
    head = text[:4096]
    if len(_CONTROL.findall(head)) + head.count("\ufffd") > max(_BINARY_MIN, _BINARY_SHARE * len(head)):
        raise InputError(f"{source}: a binary file, not an article (control characters in its first lines)")
    return text, notes


def _clean(text: str) -> str:
    """Control characters (but tab and line ends) become spaces: the text keeps its length,
    so evidence offsets still point into the file as the user sees it (Windows newlines too)."""
    return _CONTROL.sub(" ", text)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def read_file(path: Path, article_date: date | None = None) -> Article:
    """Read one article file, naming the file in any error. With no date given, a date the file's
    name starts with ("2024-05-06-readout.txt", as archives name their files) is the article's,
    unless its opening lines carry their own (a dateline); a date further down the text is more
    often another event's ("at the summit of September 29, 2022")."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e})") from e
    article = from_bytes(raw, path.as_posix(), path.suffix.lower(), article_date)
    named = date_in_name(path.name)
    if article_date or not named:
        return article
    return replace(article, date=dateline_date(_opening(article.text)) or named)


def _opening(text: str) -> str:
    """The title and the first paragraph after it, where a dateline stands."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "\n\n".join(paragraphs[:2]) if len(paragraphs) > 1 else text.split(". ", 1)[0]


def date_in_name(name: str) -> date | None:
    """The ISO date a file name starts with ("2024-05-06-readout.txt"), if it is a real date."""
    found = _NAME_DATE.match(name)
    if found is None:
        return None
    try:
        return date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:
        return None


_NAME_DATE = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)")


def from_bytes(raw: bytes, source: str, suffix: str = ".txt", article_date: date | None = None) -> Article:
    """An Article from a file's bytes: decoded (with a note when guessed), binary refused."""
    content, notes = decode(raw, source)
    article = from_text(content, source, suffix, article_date)
    return replace(article, notes=notes) if notes else article


def article_paths(inputs: list[str]) -> list[Path]:
    """Expand files and directories into the article files to read, sorted."""
    paths: list[Path] = []
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file())
            if not found:
                raise InputError(f"{path}: no articles ({', '.join(SUFFIXES)}) in this directory")
            paths.extend(found)
        elif path.exists():
            paths.append(path)
        else:
            raise InputError(f"{path}: no such file or directory")
    return paths


def read_inputs(inputs: list[str], article_date: date | None = None) -> Iterator[Article]:
    """Articles from paths, directories, or '-' for stdin, in a stable order; stops at a bad one."""
    for item in attempt_inputs(inputs, article_date):
        if isinstance(item, InputError):
            raise item
        yield item


def attempt_inputs(inputs: list[str], article_date: date | None = None) -> Iterator[Article | InputError]:
    """Like `read_inputs`, but a bad input yields its error and the rest still come."""
    for raw in inputs:
        if raw == "-":
            try:
                stdin = getattr(sys.stdin, "buffer", None)  # bytes: decoded like a file
                data = stdin.read() if stdin is not None else sys.stdin.read().encode("utf-8", "surrogateescape")
                yield from_bytes(data, "<stdin>", article_date=article_date)
            except InputError as e:
                yield e
            continue
        try:
            paths = article_paths([raw])
        except InputError as e:
            yield e
            continue
        for path in paths:
            try:
                yield read_file(path, article_date)
            except InputError as e:
                yield e
