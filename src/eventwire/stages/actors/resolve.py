"""The actors stage: every participant mention, resolved and grouped.

Fills the record's `actors` with one `ActorMention` per mention; mentions
of the same actor share a `ref` and carry that actor's canonical name,
country, PLOVER sector and ACLED inter code.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from ...model import ActorMention, Extraction, InputError
from ...registry import stages
from ..analyse.gazetteer import load_gazetteer
from ..analyse.nlp import sentence_of
from .coref import Cluster, cluster, renumber
from .dictionary import ActorDictionary, ActorEntry, load_dictionary
from .mentions import (
    Mention,
    apply_entry,
    agent_mentions,
    named_mentions,
    pronoun_mentions,
    speaker_mentions,
)


def find_actors(record: Extraction, lexicon: ActorDictionary) -> list[ActorMention]:
    """All actor mentions of a parsed record, in text order.

    Named actors are coded as of the article's date (the Taliban are rebels
    before 15 August 2021, Afghanistan's state forces after).
    """
    doc = record.state["doc"]
    named = named_mentions(doc, lexicon)
    agents = agent_mentions(doc, lexicon, named)
    speakers = speaker_mentions(doc, named + agents)
    clusters = cluster(named + agents + speakers + pronoun_mentions(doc), record.article.text)
    affiliate(clusters)
    localise(clusters, focus_country(record, lexicon))
    clusters = institutionalise(clusters, lexicon)
    bounds = record.state["sentences"]
    day = date.fromisoformat(record.article.published) if record.article.published else None
    found = [to_record(m, c, bounds, day) for c in clusters for m in c.mentions]
    return sorted(found, key=lambda a: (a.start, a.end))


STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})


def focus_country(record: Extraction, lexicon: ActorDictionary) -> str | None:
    """The country the article is mostly about: the commonest country among
    its place names and country adjectives (the dateline counts once).

    Returns None on a tie, so nothing is guessed between two countries.
    """
    gazetteer = load_gazetteer()
    counts: Counter[str] = Counter()
    places = [e.text for e in record.entities if e.label in ("GPE", "LOC")]
    adjectives = [e.text for e in record.entities if e.label == "NORP"]
    for text in places:
        country = lexicon.country_of_name(text) or sole_country(gazetteer.lookup(text))
        if country:
            counts[country] += 1
    for text in adjectives:
        country = lexicon.country_of_adjective(text)
        if country:
            counts[country] += 1
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


def sole_country(candidates) -> str | None:
    """The country of a place name, when all its candidates agree."""
    countries = {c.country for c in candidates if c.country}
    return countries.pop() if len(countries) == 1 else None


def localise(clusters: list[Cluster], country: str | None) -> None:
    """Give unnamed state agents ("the army", "police") the article's
    country when nothing in the text names another."""
    if country is None:
        return
    for target in clusters:
        best = target.best
        if best.kind == "agent" and best.sector in STATE_SECTORS and not first_country(target):
            best.country = country


# The dictionary institution an unnamed state agent of a known country is.
INSTITUTIONS = {"MIL": "military", "COP": "police", "GOV": "government",
                "LEG": "legislature", "JUD": "judiciary", "SPY": "intelligence"}


def institutionalise(clusters: list[Cluster], lexicon: ActorDictionary) -> list[Cluster]:
    """Resolve unnamed state agents to their country's institution and
    merge what is then one actor: "Nigerian troops", "the army" and
    "soldiers" in a Nigerian story are all the Military of Nigeria."""
    merged: dict[str, Cluster] = {}
    kept = []
    for target in clusters:
        entry = institution_of(target, lexicon)
        key = entry.id if entry is not None else (
            target.best.entry.id if target.best.entry is not None else None)
        if entry is not None:
            apply_entry(target.best, entry)
        if key is not None and key in merged:
            merged[key].mentions.extend(target.mentions)
            continue
        if key is not None:
            merged[key] = target
        kept.append(target)
    return renumber(kept)


def institution_of(target: Cluster, lexicon: ActorDictionary) -> ActorEntry | None:
    """The state institution an all-agent cluster stands for, if known."""
    best = target.best
    if best.kind != "agent" or best.entry is not None or best.sector not in INSTITUTIONS:
        return None
    country = best.country or first_country(target)
    return lexicon.get(f"{country.lower()}.{INSTITUTIONS[best.sector]}") if country else None


def affiliate(clusters: list[Cluster]) -> None:
    """Give unresolved people the country and sector of the organisation an
    appositive ties them to ("X, spokesman for the resistance movement")."""
    spans = [(m.start, m.end, c) for c in clusters for m in c.mentions]
    for target in clusters:
        best = target.best
        if best.entry is not None or best.affiliation is None or best.sector:
            continue
        for start, end, other in spans:
            if start <= best.affiliation < end and other is not target:
                source = other.best
                best.sector, best.acled_inter = source.sector, source.acled_inter
                best.country = best.country or source.country or first_country(other)
                break


def to_record(mention: Mention, target: Cluster, bounds, day: date | None) -> ActorMention:
    """One output mention carrying its actor's canonical fields."""
    best = target.best
    sector, inter = best.sector, best.acled_inter
    if best.entry is not None and day is not None:
        dated = best.entry.as_of(day)
        if dated is not best.entry:  # an era or a term changed the coding
            sector, inter = dated.sector, dated.acled_inter
    return ActorMention(
        text=mention.text, start=mention.start, end=mention.end,
        ref=target.ref, kind=mention.kind,
        name=best.name, country=best.country or first_country(target),
        sector=sector, acled_inter=inter,
        wikidata=best.entry.wikidata if best.entry else None,
        sentence=sentence_of(bounds, mention.start),
    )


def first_country(target: Cluster) -> str | None:
    """A country any mention of the actor gives ("Afghan forces")."""
    return next((m.country for m in target.mentions if m.country), None)


class ActorStage:
    """Finds, resolves and groups the participants of each article."""

    requires = ("doc", "sentences", "entities")
    assigns = ("actors",)

    def __init__(self, name: str) -> None:
        self.name = name
        self.lexicon = load_dictionary()

    def __call__(self, batch: list[Extraction]) -> list[Extraction | InputError]:
        for record in batch:
            record.actors = find_actors(record, self.lexicon)
        return list(batch)


@stages.register("eventwire.actors.v1")
def make_actor_stage(name: str, **settings: Any) -> ActorStage:
    """Factory for the actors stage."""
    return ActorStage(name, **settings)
