"""Tests for eventwire.stages.read.wire on hand-written articles.

Every article below is invented. The founding article is read from
../shared, never copied here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.model import Layout, PartialDate
from eventwire.stages.read.wire import parse_layout

SEED = Path(__file__).resolve().parents[3] / ".." / "shared" / "seed" / "panjshir_tass.txt"

REUTERS_WITH_FURNITURE = """World
Skip to main content

Floods cut off mountain villages in northern province

Rescue teams struggle to reach hundreds of stranded families

By Jane Doe

DHAKA, Aug 30 (Reuters) - Rescue teams on Monday struggled to reach villages cut off by floods in the north, officials said.

Advertisement

"The roads are gone," a district official said by phone.

Photo: John Roe/Reuters

The weather office forecast more rain for the rest of the week.

(Reporting by Jane Doe; Editing by Sam Poe)

Our Standards: The Thomson Reuters Trust Principles.
"""

AP_WITH_DATED_BYLINE = """Share

Tweet

Lawmakers approve new border security budget

By Jane Doe | August 30, 2021

WASHINGTON (AP) \u2014 Lawmakers approved a new border security budget on Monday after a long debate.

The measure now goes to the president.

Copyright 2021 The Associated Press. All rights reserved.
"""

NO_DATELINE_WITH_BYLINE = """Latest news

Protesters rally outside parliament for third day

Organisers say the demonstrations will continue until the vote

By John Roe
Published: 30 Aug 2021 10:15 GMT

Thousands of people gathered outside parliament on Monday for a third day of protests against the proposed law.

Police said the rally was peaceful.

Read more: How the law would change elections
"""

NO_DATELINE_NO_STANDFIRST = """Ceasefire holds in border town

The ceasefire agreed on Sunday held through the night, residents said.

Shops reopened in the morning.
"""

ONE_BLOCK_HEADER = """All news
Ferry capsizes on river crossing
At least twelve passengers are missing
DHAKA, August 30. /TASS/. A ferry carrying about forty passengers capsized
on a river crossing on Monday, local officials said.

Divers joined the search in the afternoon.
"""

ANADOLU_CITY_LINE = """Turkish parliament approves new budget

Opposition parties walked out before the vote

ANKARA

Turkey's parliament approved the budget late on Monday after a twelve-hour session.

The opposition said it would appeal.
"""

CAPS_KICKER = """AFGHANISTAN

Aid agencies warn of winter food shortages

Aid agencies warned on Monday that millions of people could face hunger this winter.
"""

NO_BLANK_LINES = """Home > World > Asia
Monsoon rains flood coastal city
KARACHI, Aug 30 (Reuters) - Heavy monsoon rains flooded large parts of the coastal city on Monday.
Power was cut in several districts.
"""

DATELINE_ALONE = """Talks resume in Doha

DOHA (Reuters) -

Negotiators resumed talks on Monday after a two-week pause.
"""

COOKIES_AND_CREDITS = """We use cookies to improve your experience. By continuing to browse you agree to our cookie policy.

Accept all cookies

Villagers return after landslide

(Photo by Jane Doe/AFP via Getty Images)

KATHMANDU, Aug 30 (AFP) - Villagers began returning home on Monday, a week after a landslide buried part of their village.

Related: Death toll rises after landslide

EPA/JOHN ROE

Officials said rebuilding would take months.

Follow us on Twitter for more updates
"""

XINHUA_END_MARKER = """Rains delay harvest in northern plains

HARBIN, Sept. 2 (Xinhua) -- Heavy rains delayed the autumn harvest across the northern plains, local officials said Thursday.

Farmers were told to dry grain indoors where they could. Enditem
"""

ANADOLU_PIPE_BYLINE = """Coast guard rescues migrants off Aegean coast

Boat carrying 40 people was spotted near the island at dawn, officials say

Ayse Kaya   |02.09.2021 - Update : 02.09.2021

IZMIR (AA) - The coast guard rescued 40 migrants off the Aegean coast on Thursday.
"""

OUTLET_LABELS = """RIVER POST \u2014 Politics

Council votes to delay local elections

By Jane Doe | September 2, 2021

The city council voted on Thursday to delay local elections by six months.

The opposition called the vote unlawful.
"""

PIPE_MENU = """HARBOUR TIMES | Region | News

Dockers strike over unpaid wages

Port operations slowed as hundreds walked out

By John Roe | Sept. 2, 2021

Hundreds of dock workers walked out on Thursday over unpaid wages.

Talks are set for Friday.
"""

# Each case: text, the section kinds in order, title, subtitle, source.
LAYOUTS = [
    (REUTERS_WITH_FURNITURE,
     ["furniture", "furniture", "headline", "standfirst", "byline", "dateline", "body",
      "furniture", "body", "furniture", "body", "furniture", "furniture"],
     "Floods cut off mountain villages in northern province",
     "Rescue teams struggle to reach hundreds of stranded families", "Reuters"),
    (AP_WITH_DATED_BYLINE,
     ["furniture", "furniture", "headline", "byline", "dateline", "body", "body", "furniture"],
     "Lawmakers approve new border security budget", None, "AP"),
    (NO_DATELINE_WITH_BYLINE,
     ["furniture", "headline", "standfirst", "byline", "byline", "body", "body", "furniture"],
     "Protesters rally outside parliament for third day",
     "Organisers say the demonstrations will continue until the vote", None),
    (NO_DATELINE_NO_STANDFIRST,
     ["headline", "body", "body"], "Ceasefire holds in border town", None, None),
    (ONE_BLOCK_HEADER,
     ["furniture", "headline", "standfirst", "dateline", "body", "body"],
     "Ferry capsizes on river crossing", "At least twelve passengers are missing", "TASS"),
    (ANADOLU_CITY_LINE,
     ["headline", "standfirst", "dateline", "body", "body"],
     "Turkish parliament approves new budget",
     "Opposition parties walked out before the vote", None),
    (CAPS_KICKER,
     ["furniture", "headline", "body"],
     "Aid agencies warn of winter food shortages", None, None),
    (NO_BLANK_LINES,
     ["furniture", "headline", "dateline", "body", "body"],
     "Monsoon rains flood coastal city", None, "Reuters"),
    (DATELINE_ALONE,
     ["headline", "dateline", "body"], "Talks resume in Doha", None, "Reuters"),
    (COOKIES_AND_CREDITS,
     ["furniture", "furniture", "headline", "furniture", "dateline", "body",
      "furniture", "furniture", "body", "furniture"],
     "Villagers return after landslide", None, "AFP"),
    (XINHUA_END_MARKER,
     ["headline", "dateline", "body", "body", "furniture"],
     "Rains delay harvest in northern plains", None, "Xinhua"),
    (ANADOLU_PIPE_BYLINE,
     ["headline", "standfirst", "byline", "dateline", "body"],
     "Coast guard rescues migrants off Aegean coast",
     "Boat carrying 40 people was spotted near the island at dawn, officials say", "Anadolu"),
    (OUTLET_LABELS,
     ["furniture", "headline", "byline", "body", "body"],
     "Council votes to delay local elections", None, None),
    (PIPE_MENU,
     ["furniture", "headline", "standfirst", "byline", "body", "body"],
     "Dockers strike over unpaid wages", "Port operations slowed as hundreds walked out", None),
]


def check_sections(text: str, layout: Layout) -> None:
    """Sections are non-empty, stripped, in order and do not overlap."""
    end = 0
    for section in layout.sections:
        piece = text[section.start:section.end]
        assert piece, section
        assert piece == piece.strip(), section
        assert section.start >= end, section
        end = section.end


def texts_of(text: str, layout: Layout, kind: str) -> list[str]:
    """The text of every section of one kind."""
    return [text[s.start:s.end] for s in layout.sections if s.kind == kind]


@pytest.mark.parametrize("text,kinds,title,subtitle,source", LAYOUTS)
def test_layout(text, kinds, title, subtitle, source):
    layout = parse_layout(text)
    check_sections(text, layout)
    assert [s.kind for s in layout.sections] == kinds
    assert layout.title == title
    assert layout.subtitle == subtitle
    assert layout.source == source


def test_furniture_stays_out_of_the_body():
    text = REUTERS_WITH_FURNITURE
    body = " ".join(texts_of(text, parse_layout(text), "body"))
    for furniture in ("World", "Advertisement", "Photo:", "Reporting by", "Our Standards"):
        assert furniture not in body
    assert body.startswith("Rescue teams on Monday")
    assert body.endswith("rest of the week.")


def test_dateline_paragraph_is_split_into_dateline_and_body():
    text = REUTERS_WITH_FURNITURE
    layout = parse_layout(text)
    assert texts_of(text, layout, "dateline") == ["DHAKA, Aug 30 (Reuters)"]
    assert layout.dateline is not None
    assert layout.dateline.dateline.place == "DHAKA"
    assert layout.dateline.date == PartialDate(month=8, day=30)
    assert text[layout.dateline.body_start:].startswith("Rescue teams")


def test_byline_date():
    text = AP_WITH_DATED_BYLINE
    layout = parse_layout(text)
    assert texts_of(text, layout, "byline") == ["By Jane Doe | August 30, 2021"]
    assert layout.byline_date == PartialDate(year=2021, month=8, day=30)


def test_byline_date_from_published_line():
    layout = parse_layout(NO_DATELINE_WITH_BYLINE)
    assert layout.dateline is None
    assert layout.byline_date == PartialDate(year=2021, month=8, day=30)


@pytest.mark.parametrize("text,date", [
    (ANADOLU_PIPE_BYLINE, (2021, 9, 2)),
    (OUTLET_LABELS, (2021, 9, 2)),
    (PIPE_MENU, (2021, 9, 2)),
])
def test_byline_dates_of_outlets(text, date):
    year, month, day = date
    assert parse_layout(text).byline_date == PartialDate(year=year, month=month, day=day)


def test_end_marker_is_cut_from_the_last_paragraph():
    text = XINHUA_END_MARKER
    layout = parse_layout(text)
    assert texts_of(text, layout, "body")[-1] == "Farmers were told to dry grain indoors where they could."
    assert texts_of(text, layout, "furniture") == ["Enditem"]


def test_byline_without_date():
    assert parse_layout(REUTERS_WITH_FURNITURE).byline_date is None


def test_wrapped_dateline_paragraph_stays_whole():
    text = ONE_BLOCK_HEADER
    layout = parse_layout(text)
    (body, _) = texts_of(text, layout, "body")
    assert body.startswith("A ferry carrying")
    assert body.endswith("local officials said.")


def test_anadolu_city_line_is_the_dateline():
    text = ANADOLU_CITY_LINE
    layout = parse_layout(text)
    assert texts_of(text, layout, "dateline") == ["ANKARA"]
    assert layout.dateline is not None
    assert layout.dateline.dateline.place == "ANKARA"


@pytest.mark.parametrize("text", [
    "Residents said the ceasefire held through the night.",
    "Ceasefire holds in border town",
    "  Residents said the ceasefire held.\n\n",
])
def test_single_paragraph_is_all_body(text):
    layout = parse_layout(text)
    check_sections(text, layout)
    assert [s.kind for s in layout.sections] == ["body"]
    assert layout.title is None
    assert texts_of(text, layout, "body") == [text.strip()]


def test_single_paragraph_with_dateline():
    text = "BEIRUT (AP) \u2014 The power cut lasted a full day."
    layout = parse_layout(text)
    assert [s.kind for s in layout.sections] == ["dateline", "body"]
    assert layout.title is None
    assert layout.source == "AP"


def test_empty_text():
    layout = parse_layout("  \n\n ")
    assert layout.sections == []
    assert layout.title is None


def test_hard_wrapped_prose_is_one_paragraph():
    text = "The ceasefire agreed on Sunday held through\nthe night, residents said.\n"
    layout = parse_layout(text)
    assert [s.kind for s in layout.sections] == ["body"]


def test_crlf_line_ends():
    text = NO_DATELINE_NO_STANDFIRST.replace("\n", "\r\n")
    layout = parse_layout(text)
    check_sections(text, layout)
    assert [s.kind for s in layout.sections] == ["headline", "body", "body"]
    assert layout.title == "Ceasefire holds in border town"


def test_founding_article():
    if not SEED.exists():
        pytest.skip(f"../shared is absent: no founding article at {SEED}")
    text = SEED.read_text(encoding="utf-8")
    # The file's own paragraphs, found independently of the reader.
    blocks, position = [], 0
    for block in text.split("\n\n"):
        if block.strip():
            start = text.index(block.strip(), position)
            blocks.append((start, start + len(block.strip())))
        position += len(block) + 2
    layout = parse_layout(text)
    check_sections(text, layout)

    kinds = [s.kind for s in layout.sections]
    assert kinds == ["furniture", "headline", "standfirst", "dateline"] + ["body"] * (len(blocks) - 3)
    assert text[slice(*blocks[0])] == "All news"
    assert (layout.sections[0].start, layout.sections[0].end) == blocks[0]
    assert layout.title == text[slice(*blocks[1])]
    assert layout.title.endswith("- source")
    assert layout.subtitle == text[slice(*blocks[2])]
    assert layout.source == "TASS"

    match = layout.dateline
    assert match is not None
    line = match.dateline
    marker_end = text.index("/TASS/.", blocks[3][0]) + len("/TASS/.")
    assert (line.start, line.end) == (blocks[3][0], marker_end)
    assert text[line.start:line.end].startswith("CAIRO, August 30.")
    assert (line.place, line.agency, line.date) == ("CAIRO", "TASS", None)
    assert match.date == PartialDate(year=None, month=8, day=30)
    assert match.body_start == marker_end + 1

    bodies = [(s.start, s.end) for s in layout.sections if s.kind == "body"]
    assert bodies == [(match.body_start, blocks[3][1])] + blocks[4:]
    assert all("All news" not in text[start:end] for start, end in bodies)


def five_kb_article() -> str:
    """An invented wire story of about 5 KB."""
    paragraphs = [
        "All news",
        "Floods cut off mountain villages in northern province",
        "Rescue teams struggle to reach hundreds of stranded families",
        "DHAKA, Aug 30 (Reuters) - Rescue teams on Monday struggled to reach "
        "villages cut off by floods in the north, officials said.",
    ]
    filler = ("Officials said the river had risen by two metres overnight, and that "
              "boats were being sent from the district capital to carry food, water "
              "and medicine to families sheltering on higher ground.")
    while sum(len(p) + 2 for p in paragraphs) < 5000:
        paragraphs.append(filler)
    return "\n\n".join(paragraphs)


@pytest.mark.parametrize("text", [
    " ".join(["KABUL"] * 2000),
    "/".join(["KABUL"] * 2000),
    " / ".join(["Kabul de Kabul"] * 800),
    "A." * 4000,
    "KABUL " + "(" * 4000,
    "\n".join(["Short header line"] * 1000),
])
def test_no_runaway_patterns(text):
    # Speed is measured by `make bench`, not asserted here; a pattern that
    # backtracks catastrophically on these inputs would stall the suite.
    layout = parse_layout(text)
    assert all(0 <= s.start < s.end <= len(text) for s in layout.sections)
