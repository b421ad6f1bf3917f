from datetime import date
from pathlib import Path

import pytest

from kg import read
from kg.errors import InputError


def test_txt_first_line_is_title(tmp_path: Path):
    f = tmp_path / "a.txt"
    f.write_text("Leaders Meet\n\nThe two leaders met in Paris on March 3, 2024.\n", encoding="utf-8")
    article = read.read_file(f)
    assert article.title == "Leaders Meet"
    assert article.date == date(2024, 3, 3)
    assert article.source.endswith("/a.txt")


def test_same_text_same_id_whatever_the_path(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Title\nBody text.\n")
    (tmp_path / "b.txt").write_text("Title\r\nBody text.\r\n")
    assert read.read_file(tmp_path / "a.txt").id == read.read_file(tmp_path / "b.txt").id


def test_windows_newlines_are_kept_so_offsets_match_the_file(tmp_path: Path):
    (tmp_path / "a.txt").write_bytes(b"Title\r\nBody.\r\n")
    article = read.read_file(tmp_path / "a.txt")
    assert article.text == "Title\r\nBody.\r\n" and article.title == "Title"


def test_markdown_heading_marks_are_dropped(tmp_path: Path):
    (tmp_path / "a.md").write_text("# Big Summit\n\nThe **leaders** met.\n")
    article = read.read_file(tmp_path / "a.md")
    assert article.title == "Big Summit" and "**" not in article.text


def test_markdown_keeps_link_words_and_drops_targets_images_and_tags(tmp_path: Path):
    (tmp_path / "a.md").write_text(
        "# Talks\n\nPresident [Ana Ruiz](https://example.org/ruiz) met <b>Luis Soto</b>.\n"
        "![a photo of the two](photo.png) They signed a `fisheries` pact.\n\n[ref]: https://example.org\n")
    text = read.read_file(tmp_path / "a.md").text
    assert text == "Talks\n\nPresident Ana Ruiz met Luis Soto.\nThey signed a fisheries pact.\n"


def test_markdown_front_matter_gives_the_title_and_no_text(tmp_path: Path):
    (tmp_path / "a.md").write_text('---\ntitle: "Lima Summit"\nauthor: A. Writer\n---\nThe leaders met.\n')
    article = read.read_file(tmp_path / "a.md")
    assert article.title == "Lima Summit"
    assert "author" not in article.text and "---" not in article.text


def test_html_drops_scripts_and_styles(tmp_path: Path):
    body = "<p>" + "The president met the prime minister in Rome to discuss trade. " * 5 + "</p>"
    page = (f"<html><head><title>Rome talks</title><style>p{{color:red}}</style></head>"
            f"<body><script>alert(1)</script><article>{body}</article></body></html>")
    (tmp_path / "a.html").write_text(page)
    article = read.read_file(tmp_path / "a.html")
    assert "alert" not in article.text and "color:red" not in article.text
    assert "prime minister in Rome" in article.text


@pytest.mark.parametrize("content", ["", "   \n\t\n"])
def test_empty_article_is_a_clear_error(tmp_path: Path, content: str):
    (tmp_path / "e.txt").write_text(content)
    with pytest.raises(InputError, match="e.txt: the article is empty"):
        read.read_file(tmp_path / "e.txt")


def test_missing_path_is_a_clear_error():
    with pytest.raises(InputError, match="no such file or directory"):
        read.article_paths(["does/not/exist.txt"])


def test_directory_without_articles_is_a_clear_error(tmp_path: Path):
    (tmp_path / "notes.csv").write_text("x")
    with pytest.raises(InputError, match="no articles"):
        read.article_paths([str(tmp_path)])


def test_directory_is_read_in_sorted_order(tmp_path: Path):
    for name in ("b.txt", "a.txt", "c.md"):
        (tmp_path / name).write_text(f"{name}\nText.\n")
    assert [p.name for p in read.article_paths([str(tmp_path)])] == ["a.txt", "b.txt", "c.md"]


@pytest.mark.parametrize("text, expected", [
    ("— Someone (@handle) October 28, 2025", date(2025, 10, 28)),
    ("Published 4 July 2023 in Nairobi", date(2023, 7, 4)),
    ("dated 2024-02-29", date(2024, 2, 29)),
    ("no date here, just 2025", None),
    ("ARDENBURG, May 6, 2025 — Ministers met on Monday.", date(2025, 5, 6)),
    ("ARDENBURG, Sept. 6, 2025 (Wire) — Ministers met.", date(2025, 9, 6)),
    ("Posted on the 6th of May 2025", date(2025, 5, 6)),
    ("ARDENBURG, June 3 (Wire) - Ministers met on Tuesday.", None),  # no year: no full date
])
def test_find_date(text, expected):
    assert read.find_date(text) == expected


def test_a_dateline_without_its_year_leaves_the_date_to_a_full_one():
    article = read.from_text("Talks\nARDENBURG, June 3 (Wire) - Ministers met.\nUpdated June 4, 2025\n", "t.txt")
    assert article.date == date(2025, 6, 4)


def test_latin1_is_decoded_and_said(tmp_path: Path):
    text = "Sommet\nLe président a rencontré le Premier ministre à Paris.\n"
    (tmp_path / "l.txt").write_bytes(text.encode("latin-1"))
    article = read.read_file(tmp_path / "l.txt")
    assert "président" in article.text and any("Windows-1252" in n for n in article.notes)


def test_utf16_with_bom_is_decoded(tmp_path: Path):
    (tmp_path / "u.txt").write_bytes("Talks\nThe leaders met.\n".encode("utf-16"))
    article = read.read_file(tmp_path / "u.txt")
    assert article.title == "Talks" and article.notes


def test_binary_file_is_refused_clearly(tmp_path: Path):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(InputError, match="image.txt: a binary file"):
        read.read_file(tmp_path / "image.txt")


@pytest.mark.parametrize("content", [
    bytes([0x1F, 0x8B, 8, 0]) + bytes(range(256)) * 4,               # gzip
    b"RIFF\x10\x00\x00\x00WEBPVP8 " + bytes(range(256)) * 4,        # WebP
    bytes((i * 7919 + 13) % 256 for i in range(20_000)),              # no known header
])
def test_binary_content_without_a_text_header_is_refused(tmp_path: Path, content: bytes):
    (tmp_path / "data.txt").write_bytes(content)
    with pytest.raises(InputError, match="data.txt: a binary file"):
        read.read_file(tmp_path / "data.txt")


def test_control_characters_and_nul_become_spaces(tmp_path: Path):
    (tmp_path / "c.txt").write_bytes(b"Title\nThe leaders\x00 met\x07 in\x1b Rome.\n")
    assert read.read_file(tmp_path / "c.txt").text == "Title\nThe leaders  met  in  Rome.\n"


def test_a_bad_input_does_not_stop_the_others(tmp_path: Path):
    (tmp_path / "good.txt").write_text("Title\nText.\n")
    (tmp_path / "empty.txt").write_text("")
    items = list(read.attempt_inputs([str(tmp_path / "empty.txt"), "missing.txt", str(tmp_path / "good.txt")]))
    assert [type(i).__name__ for i in items] == ["InputError", "InputError", "Article"]


@pytest.mark.parametrize("name, expected", [
    ("2024-05-06-readout-of-a-call.txt", date(2024, 5, 6)),
    ("2024-02-30-not-a-day.txt", None),
    ("readout-2024-05-06.txt", None),       # only a name that starts with the date
    ("20240506-readout.txt", None),
])
def test_a_date_a_file_name_starts_with(name, expected):
    assert read.date_in_name(name) == expected


def test_the_file_name_dates_an_article_whose_text_has_no_date(tmp_path):
    undated, dated = tmp_path / "2024-05-06-talks.txt", tmp_path / "2024-05-06-visit.txt"
    undated.write_text("Talks\n\nKenya and Uganda met on Tuesday.\n", encoding="utf-8")
    dated.write_text("Visit\n\nNAIROBI, March 3, 2023 - Kenya hosted Uganda.\n", encoding="utf-8")
    assert read.read_file(undated).date == date(2024, 5, 6)
    assert read.read_file(dated).date == date(2023, 3, 3)  # the text's own date first
    assert read.read_file(undated, date(2020, 1, 1)).date == date(2020, 1, 1)  # and --date before both
    later = tmp_path / "2024-05-06-summit.txt"
    later.write_text("Summit\n\nKenya hosted Uganda on Tuesday.\n\nThe talks built on the summit of "
                     "September 29, 2022.\n", encoding="utf-8")
    assert read.read_file(later).date == date(2024, 5, 6)  # a date down the text is another event's


@pytest.mark.parametrize("text, expected", [
    ("Visit\n\nNAIROBI, March 3, 2023 - Kenya hosted Uganda.\n", date(2023, 3, 3)),
    ("Visit\n\nLIMA, May 6, 2025 (Reuters) - Peru signed.\n", date(2025, 5, 6)),
    ("Statement\n\nJune 29, 2021\n\nMy Administration is committed.\n", date(2021, 6, 29)),
    ("Visit\n\nBy Ana Ruiz | May 6, 2025 10:30\n\nPeru signed.\n", date(2025, 5, 6)),
    ("Summit\n\nBuilding on the first summit on June 14, 2021, leaders meet.\n", None),
    ("Fact sheet\n\nOn March 11, 2021 - one year ago today - the law was signed.\n", None),
    ("Visit\n\nAna Ruiz   |14.05.2025 - Update : 14.05.2025\n\nANKARA\n\nPeru signed.\n", date(2025, 5, 14)),
])
def test_a_dateline_or_byline_opens_its_line(text, expected):
    assert read.dateline_date(text) == expected


def test_a_date_down_the_text_dates_no_article(tmp_path):
    text = "Talks\n\nKenya hosted Uganda.\n\nThe bank filed for bankruptcy on Sept. 15, 2008, in New York.\n"
    assert read.from_text(text, "a.txt").date is None
    named = tmp_path / "2022-06-29-summit.txt"
    named.write_text("Summit\n\nBuilding on the first summit on June 14, 2021, leaders meet.\n", encoding="utf-8")
    assert read.read_file(named).date == date(2022, 6, 29)  # the lead's date is the earlier summit's
