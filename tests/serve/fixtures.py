"""Hand-written articles with hand-built events, stored in a real SQLite store.

Until the events, places and attribution stages land, the pipeline finds no
events; the serve tests need some, so these records are built by hand from
sentences written for the tests, with offsets computed from the text.
"""

from __future__ import annotations

from pathlib import Path

from eventwire.model import (
    AcledType, Actor, Article, Attribution, Event, EventDate, Evidence, Extraction, Place, Quote, Size,
    Span, Speaker, Status,
)

# Script-injection attempts: if any of these ever ran, it would set
# window.__pwned (the browser tests check it stays unset).
HOSTILE = [
    "<script>window.__pwned = 'script'</script>",
    "<img src=x onerror=\"window.__pwned='img'\">",
    "<svg onload=\"window.__pwned='svg'\"></svg>",
    "<a href=\"javascript:window.__pwned='link'\">click</a>",
    "\"><iframe srcdoc=\"<script>parent.__pwned='iframe'</script>\"></iframe>",
]

PANJSHIR = (
    "KABUL, August 25. /TASS/. Taliban fighters attacked a checkpoint of the National "
    "Resistance Front in Panjshir on Wednesday, killing three defenders, a source in the "
    "resistance told TASS.\n\n"
    "\"They came at dawn with heavy weapons,\" the source said. The Taliban did not comment.")

PANJSHIR_2 = (
    "Fighting broke out in the Panjshir valley. Taliban units attacked positions held by "
    "the National Resistance Front on Wednesday, local residents said, and at least three "
    "people were killed.")

TBILISI = (
    "TBILISI, Feb 3 (dpa) - Thousands of students protested outside parliament in Tbilisi "
    "on Monday against the new education law, organisers said.")

HOSTILE_TEXT = (
    "LAGOS, March 4 - Gunmen " + HOSTILE[0] + " attacked a market in Maiduguri on Tuesday "
    + HOSTILE[1] + ", police said. " + HOSTILE[2] + " " + HOSTILE[3] + " " + HOSTILE[4])


def span(text: str, words: str, cls: type = Span, after: int = 0, **fields) -> Span:
    """`words` as a span of `text` (first occurrence at or after `after`)."""
    start = text.index(words, after)
    return cls(text=words, start=start, end=start + len(words), **fields)


def sentence_of(text: str, words: str, number: int) -> Evidence:
    """The sentence around `words` (ends at the next full stop)."""
    at = text.index(words)
    start = max(text.rfind(". ", 0, at) + 2 if text.rfind(". ", 0, at) >= 0 else 0,
                text.rfind("\n", 0, at) + 1)
    end = text.index(".", at) + 1
    return Evidence(sentence=number, start=start, end=end, text=text[start:end])


def panjshir_record() -> Extraction:
    text = PANJSHIR
    quote = Quote(speaker=span(text, "the source", Speaker, anonymous=True),
                  cue=span(text, "said"), content=span(text, "They came at dawn with heavy weapons,"),
                  direct=True, date="2021-08-25")
    event = Event(
        id="panjshir-1", type="ASSAULT", mode="firearms", acled=AcledType(event_type="Battles",
        sub_event_type="Armed clash"), quad_class=4, cameo_root="19",
        actors=[span(text, "Taliban fighters", Actor, role="source", name="Taliban", country="AFG", sector="REB"),
                span(text, "National Resistance Front", Actor, role="target", name="National Resistance Front",
                     country="AFG", sector="REB")],
        trigger=span(text, "attacked"),
        location=span(text, "Panjshir", Place, name="Panjshir", geonameid=1131461, lat=35.3, lon=69.9,
                      country="AFG", admin1="Panjshir", feature="ADM1", precision=3),
        date=EventDate(value="2021-08-25", precision="day", start="2021-08-25", end="2021-08-25",
                       text="on Wednesday"),
        size=Size(dead=3), fatalities=3, confidence=0.9,
        attribution=Attribution(speaker="a source in the resistance", anonymous=True, quote=0, via="TASS"),
        evidence=sentence_of(text, "Taliban fighters attacked", 0))
    article = Article(id="tass-panjshir", title="Taliban attack resistance checkpoint in Panjshir",
                      source="TASS", published="2021-08-25", text=text)
    return Extraction(article=article, events=[event], quotes=[quote])


def panjshir_second_report() -> Extraction:
    text = PANJSHIR_2
    event = Event(
        id="panjshir-2", type="ASSAULT", acled=AcledType(event_type="Battles"),
        actors=[span(text, "Taliban units", Actor, role="source", name="Taliban", country="AFG", sector="REB"),
                span(text, "National Resistance Front", Actor, role="target",
                     name="National Resistance Front", country="AFG", sector="REB")],
        trigger=span(text, "attacked"),
        location=span(text, "Panjshir", Place, name="Panjshir", geonameid=1131461, lat=35.3, lon=69.9,
                      country="AFG", admin1="Panjshir", feature="ADM1", precision=3),
        date=EventDate(value="2021-08-25", precision="day", start="2021-08-25", end="2021-08-25",
                       text="on Wednesday"),
        size=Size(dead=3), fatalities=3, confidence=0.8,
        attribution=Attribution(speaker="local residents"),
        evidence=sentence_of(text, "Taliban units attacked", 1))
    article = Article(id="wire-panjshir", title="Clashes in Panjshir valley", source="Frontline Wire",
                      published="2021-08-26", text=text)
    return Extraction(article=article, events=[event])


def tbilisi_record() -> Extraction:
    text = TBILISI
    event = Event(
        id="tbilisi-1", type="PROTEST", mode="demonstrate", acled=AcledType(event_type="Protests",
        sub_event_type="Peaceful protest"),
        actors=[span(text, "Thousands of students", Actor, role="source", name="Students", country="GEO",
                     sector="EDU")],
        trigger=span(text, "protested"),
        location=span(text, "Tbilisi", Place, after=10, name="Tbilisi", geonameid=611717, lat=41.69,
                      lon=44.83, country="GEO", admin1="Tbilisi", feature="PPLC", precision=1),
        date=EventDate(value="2025-02-03", precision="day", start="2025-02-03", end="2025-02-03",
                       text="on Monday"),
        confidence=0.85, attribution=Attribution(speaker="organisers"),
        evidence=sentence_of(text, "Thousands of students", 0))
    article = Article(id="dpa-tbilisi", title="Students protest education law", source="dpa",
                      published="2025-02-03", text=text)
    return Extraction(article=article, events=[event])


def hostile_record() -> Extraction:
    """An article whose text, title, source and actor names are injection attempts."""
    text = HOSTILE_TEXT
    gunmen = span(text, "Gunmen " + HOSTILE[0], Actor, role="source", name=HOSTILE[1], country="NGA")
    event = Event(
        id="hostile-1", type="ASSAULT", acled=AcledType(event_type="Violence against civilians"),
        actors=[gunmen, span(text, "a market", Actor, role="target", name=HOSTILE[3])],
        trigger=span(text, "attacked"),
        location=span(text, "Maiduguri", Place, name=HOSTILE[2], lat=11.85, lon=13.16, country="NGA",
                      admin1=HOSTILE[4], precision=1),
        date=EventDate(value="2024-03-05", precision="day", start="2024-03-05", end="2024-03-05",
                       text="on Tuesday " + HOSTILE[1]),
        confidence=0.7, status=Status(attempted=True),
        attribution=Attribution(speaker=HOSTILE[0], via=HOSTILE[3]),
        evidence=Evidence(sentence=0, start=0, end=text.index("police said.") + len("police said."),
                          text=text[:text.index("police said.") + len("police said.")]))
    article = Article(id="hostile-" + HOSTILE[1], title="Attack " + HOSTILE[0], source=HOSTILE[1],
                      url="javascript:window.__pwned='url'", published="2024-03-05", text=text)
    return Extraction(article=article, events=[event])


def all_records() -> list[Extraction]:
    return [panjshir_record(), panjshir_second_report(), tbilisi_record(), hostile_record()]


def build_store(path: Path):
    """A real SQLite store at `path` holding `all_records()`."""
    from eventwire.store.db import Store, Stored
    from eventwire.store.rows import content_hash

    store = Store(path)
    store.write_batch(None, [Stored(key=content_hash(r), input="test", extraction=r) for r in all_records()])
    return store
