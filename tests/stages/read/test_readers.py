"""Readers end to end: text, HTML, JSONL, feeds, folders, stdin, bad input.

Each test writes its own small input files (fictional text written here).
"""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from eventwire.config import load_config
from eventwire.model import Extraction, InputError
from eventwire.stages.read.article import ReadOptions
from eventwire.stages.read.inputs import read_inputs

TODAY = date(2026, 11, 25)
WIRE = (
    "All news\n\n"
    "Army repels raid on border post in Tillaberi - official\n\n"
    "At least four attackers were killed, the army said\n\n"
    "NIAMEY, March 4 (Reuters) - Niger's army repelled an attack by gunmen on a border "
    "post in the Tillaberi region, killing at least four attackers, a military spokesman "
    "told Reuters on Tuesday.\n\n"
    "The raid came two weeks after a similar attack in the same area, he said.\n"
)
PAGE = """<!DOCTYPE html><html><head><title>Protest in Dakar - Example Daily</title>
<meta property="og:title" content="Thousands protest fuel prices in Dakar">
<meta property="article:published_time" content="2025-05-20T09:30:00Z">
<meta property="og:site_name" content="Example Daily">
<link rel="canonical" href="https://example.org/dakar-protest"></head>
<body><nav><a href="/">Home</a> <a href="/africa">Africa</a></nav>
<article><h1>Thousands protest fuel prices in Dakar</h1>
<p>DAKAR, May 20 (Reuters) - Thousands of people marched through central Dakar on Tuesday
to protest against a sharp rise in fuel prices, witnesses said.</p>
<p>Police fired tear gas at a group of young men who threw stones near the central market
and detained at least 15 people, a police spokesman said.</p>
<p>The government has said the price rise is needed to cut the budget deficit.</p>
</article><footer>Share on Facebook | Subscribe</footer></body></html>"""
FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Wire</title><link>https://example.org</link>
<item><title>Talks resume in Doha</title><link>https://example.org/a</link><guid>wire-1</guid>
<pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate>
<description>&lt;p&gt;DOHA, March 4 (Reuters) - Delegations from the two sides resumed talks in Doha on Tuesday, mediators said.&lt;/p&gt;&lt;p&gt;A first round ended last month without agreement.&lt;/p&gt;</description></item>
<item><title>Curfew in Bamako</title><link>https://example.org/b</link><guid>wire-2</guid>
<pubDate>Wed, 05 Mar 2025 08:00:00 GMT</pubDate>
<description>BAMAKO, March 5 (Reuters) - Authorities imposed a night curfew in Bamako on Wednesday after two days of clashes between police and protesters, the interior ministry said.</description></item>
</channel></rss>"""


def read(*paths, stdin: bytes | None = None, **options) -> list[Extraction | InputError]:
    values = {"today": TODAY} | options
    stream = io.BytesIO(stdin) if stdin is not None else None
    return list(read_inputs(paths, load_config(), ReadOptions(**values), stdin=stream))


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def test_text_file(tmp_path):
    (record,) = read(write(tmp_path, "a.txt", WIRE))
    article = record.article
    assert article.text == WIRE
    assert article.title == "Army repels raid on border post in Tillaberi - official"
    assert article.subtitle == "At least four attackers were killed, the army said"
    assert article.source == "Reuters"
    assert article.published == "2025-03-04"  # March 4 was a Tuesday in 2025
    assert article.dateline.place == "NIAMEY"
    assert WIRE[article.dateline.start:article.dateline.end].startswith("NIAMEY, March 4")
    assert record.state["input"] == str(tmp_path / "a.txt")
    body = [s for s in article.sections if s.kind == "body"]
    assert body and all("All news" not in WIRE[s.start:s.end] for s in body)


def test_ids_are_stable_content_hashes(tmp_path):
    first = read(write(tmp_path, "a.txt", WIRE))[0].article.id
    second = read(write(tmp_path, "b.txt", WIRE))[0].article.id
    assert first == second and len(first) == 16


def test_published_option_is_used_when_the_text_has_no_date(tmp_path):
    path = write(tmp_path, "a.txt", "Gunmen attacked a village on Monday, police said.\n")
    (record,) = read(path, published=date(2024, 5, 6))
    assert record.article.published == "2024-05-06"


def test_source_option_fills_a_missing_source(tmp_path):
    path = write(tmp_path, "a.txt", "Gunmen attacked a village on Monday, police said.\n")
    assert read(path, source="Example Post")[0].article.source == "Example Post"


def test_html_with_metadata(tmp_path):
    (record,) = read(write(tmp_path, "page.html", PAGE))
    article = record.article
    assert article.title == "Thousands protest fuel prices in Dakar"
    assert article.published == "2025-05-20"
    assert article.url == "https://example.org/dakar-protest"
    assert "Thousands of people marched" in article.text
    assert "Share on Facebook" not in article.text and "Home" not in article.text


def test_html_without_metadata(tmp_path):
    page = ("<html><body><div><p>KANO, Nigeria (AP) — Police in the northern city of Kano "
            "arrested 30 people on Friday after a night of clashes between rival groups, "
            "a spokesman said.</p><p>Calm returned on Saturday.</p></div></body></html>")
    (record,) = read(write(tmp_path, "page.htm", page), published=date(2025, 1, 10))
    assert "arrested 30 people" in record.article.text
    assert record.article.published == "2025-01-10"
    assert record.article.dateline.agency == "AP"


def test_truncated_html_still_reads_what_is_there(tmp_path):
    cut = PAGE[: PAGE.index("detained at least")]
    (record,) = read(write(tmp_path, "cut.html", cut))
    assert isinstance(record, Extraction)
    assert "Thousands of people marched" in record.article.text


def test_html_with_no_text_is_an_error(tmp_path):
    (error,) = read(write(tmp_path, "empty.html", "<html><body><nav></nav></body></html>"))
    assert isinstance(error, InputError) and error.code == "E008"
    assert "empty.html" in error.error


def test_feed(tmp_path):
    records = read(write(tmp_path, "feed.xml", FEED))
    assert [r.article.id for r in records] == ["wire-1", "wire-2"]
    first = records[0].article
    assert first.title == "Talks resume in Doha"
    assert first.published == "2025-03-04"
    assert first.url == "https://example.org/a"
    assert first.source == "Example Wire"
    assert first.text.startswith("DOHA, March 4 (Reuters) - Delegations")
    assert "\n\nA first round" in first.text


def test_not_a_feed(tmp_path):
    (error,) = read(write(tmp_path, "feed.xml", "<?xml version='1.0'?><nothing/>"))
    assert isinstance(error, InputError) and error.code == "E009"


def test_jsonl_with_one_broken_line(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": WIRE, "published": "2025-03-04T10:00:00Z",
                    "source": "Example Wire", "url": "https://example.org/a"}),
        '{"id": "b", "text": "unterminated',
        "",
        json.dumps({"id": "c", "text": "Police detained 12 protesters in Lagos on Friday."}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "e", "title": "no text"}),
        json.dumps({"id": "f", "text": "x", "published": "last Tuesday"}),
    ]
    path = write(tmp_path, "batch.jsonl", "\n".join(lines) + "\n")
    items = read(path)
    assert [type(i).__name__ for i in items] == [
        "Extraction", "InputError", "Extraction", "InputError", "InputError", "InputError"]
    assert items[0].article.published == "2025-03-04" and items[0].article.id == "a"
    assert items[0].article.source == "Example Wire"
    assert items[1].code == "E006" and items[1].input == f"{path}:2"
    assert items[3].code == "E007" and items[3].input == f"{path}:5"
    assert items[4].code == "E007" and "'text' is missing" in items[4].error
    assert items[5].code == "E013" and "last Tuesday" in items[5].error


def test_folder_reads_known_files_in_order(tmp_path):
    write(tmp_path, "b.txt", WIRE)
    write(tmp_path, "a.html", PAGE)
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "c.xml", FEED)
    write(tmp_path, "notes.md", "# not an article")
    write(tmp_path, ".hidden.txt", WIRE)
    items = read(tmp_path)
    assert [i.state["input"].rsplit("/", 1)[-1] for i in items] == [
        "a.html", "b.txt", "c.xml#1", "c.xml#2"]


def test_unknown_suffix_is_sniffed(tmp_path):
    (record,) = read(write(tmp_path, "story", PAGE))
    assert record.article.title == "Thousands protest fuel prices in Dakar"


def test_stdin():
    (record,) = read("-", stdin=WIRE.encode())
    assert record.article.text == WIRE and record.state["input"] == "<stdin>"


def test_no_paths_means_stdin():
    (record,) = read(stdin=WIRE.encode())
    assert record.article.source == "Reuters"


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("empty.txt", b"", "E002"),
        ("blank.txt", b"\n\n   \n", "E002"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(200), "E003"),
        ("random.txt", bytes(range(256)) * 40, "E003"),
    ],
)
def test_bad_files_get_a_clear_error_naming_them(tmp_path, name, content, code):
    (error,) = read(write(tmp_path, name, content))
    assert isinstance(error, InputError) and error.code == code
    assert name in error.error and error.input.endswith(name)


def test_a_50_mb_file_is_refused_quickly(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as out:
        out.truncate(50 * 1024 * 1024)
    (error,) = read(path)
    assert error.code == "E004" and "huge.txt is too large" in error.error


def test_latin1_file(tmp_path):
    text = ("BOGOTÁ, March 4 (Reuters) - Colombia's army said on Tuesday it had killed "
            "three members of an armed group in a clash near Tumaco, in Nariño province.\n")
    (record,) = read(write(tmp_path, "latin.txt", text.encode("latin-1")))
    assert "Nariño" in record.article.text
    assert any(w.startswith("W005") for w in record.warnings)


def test_missing_path_is_an_error_and_the_rest_goes_on(tmp_path):
    items = read(tmp_path / "nope.txt", write(tmp_path, "a.txt", WIRE))
    assert items[0].code == "E012" and isinstance(items[1], Extraction)
