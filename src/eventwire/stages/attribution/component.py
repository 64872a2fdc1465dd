"""The attribution stage: quotes, their speakers, and who claims each event.

Fills `quotes` (direct, partial and reported statements with speaker, cue,
content, date, channel and outlet) and the `attribution` of every event
already in `record.events`. Runs after actors (speakers are resolved to
them) and times (statement dates come from them).
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Token

from ...model import ActorMention, Extraction, InputError, Quote, Span, Speaker, Time
from ...registry import stages
from ..analyse.nlp import masked_text
from .claims import attribution_of
from .cues import CHANNEL_NOUNS, CHANNEL_PREPOSITIONS
from .quotes import attach_quotes, find_quoted
from ..actors.dictionary import load_dictionary
from .reported import Claim, find_reported, headline_claim, quoted_as, speaker_lines
from .speakers import resolve_speakers

DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PRESENT_TAGS = ("VBZ", "VBP")
MEDIA_SECTOR = "JRN"


class AttributionStage:
    """Finds who says what in each article and attributes its events.

    Args:
        name: the stage's name in the pipeline.
        headline: read "... - source" headlines as claims.
        min_content_chars: shorter contents ("said so") are dropped.
    """

    requires = ("doc", "actors", "times")
    assigns = ("quotes", "events.attribution")

    def __init__(self, name: str, *, headline: bool = True, min_content_chars: int = 3) -> None:
        self.name = name
        self.headline = headline
        self.min_content_chars = min_content_chars

    def __call__(self, batch: list[Extraction]) -> list[Extraction | InputError]:
        for record in batch:
            self.set_annotations(record, self.find(record))
        return list(batch)

    def find(self, record: Extraction) -> list[Quote]:
        """The quotes of one parsed record, in text order."""
        doc: Doc = record.state["doc"]
        text = masked_text(record)  # the parse's text (doc.text is rebuilt on every access)
        claims = find_reported(doc) + speaker_lines(doc, text)
        if self.headline:
            for section in record.article.sections:
                if section.kind == "headline":
                    claim = headline_claim(doc, section.start, section.end, text)
                    if claim is not None:
                        claims.append(claim)
        claims = attach_quotes(_dedupe(claims), find_quoted(text), doc, text)
        claims = [c for c in claims if c.content[1] - c.content[0] >= self.min_content_chars]
        return build_quotes(claims, record, doc)

    def set_annotations(self, record: Extraction, quotes: list[Quote]) -> None:
        """Write the quotes and each event's attribution."""
        record.quotes = quotes
        outlet = outlet_of(record)
        for event in getattr(record, "events", None) or []:
            event.attribution = attribution_of(event, quotes, outlet)


def build_quotes(claims: list[Claim], record: Extraction, doc: Doc) -> list[Quote]:
    """Turn claims into Quote records: speakers, dates, channels, outlets.

    Args:
        claims: the claims in text order.
        record: the record (actors, times, article).
        doc: its parse.

    Returns:
        One Quote per claim, in the same order.
    """
    text = record.article.text
    speakers = resolve_speakers(claims, record.actors, doc, text)
    outlet = outlet_of(record)
    published = _published(record)
    dates = statement_dates(claims, [i for _, i in speakers], doc, record.times, published, outlet,
                            record.actors)
    quotes = []
    for claim, (speaker, _), day in zip(claims, speakers, dates):
        cue = doc[claim.cue_token] if claim.cue_token is not None else None
        quotes.append(Quote(
            speaker=speaker,
            cue=_span(text, claim.cue) if claim.cue else None,
            content=_span(text, claim.content),
            direct=claim.direct,
            partial=claim.kind == "partial",
            date=day,
            channel=channel_of(cue) if cue is not None and claim.kind != "according" else None,
            via=_via(claim, speaker, doc, record.actors) or outlet,
        ))
    return quotes


def statement_dates(
    claims: list[Claim], identities: list[str | None], doc: Doc, times: list[Time],
    published: str | None, outlet: str | None, actors: list[ActorMention],
) -> list[str | None]:
    """When each statement was made, as a day.

    A day the cue's own clause gives ("told TASS on Thursday") comes first;
    then the date of the same speaker's earlier statement (continuations:
    "he added", "the source said"); then the publication date for
    statements in the present tense or made to the outlet itself.
    """
    dates: list[str | None] = [None] * len(claims)
    order = sorted(range(len(claims)), key=lambda i: claims[i].cue[0] if claims[i].cue
                   else claims[i].content[0])
    known: dict[str, str] = {}
    for i in order:
        claim = claims[i]
        day = _own_date(claim, doc, times)
        source = claim.extra.get("holder") or claim.extra.get("continues")
        j = next((k for k, c in enumerate(claims) if c is source), None)
        if day is None and j is not None:
            day = dates[j]
        if day is None and identities[i] in known:
            day = known[identities[i]]
        if day is None and claim.cue_token is not None and published:
            cue = doc[claim.cue_token]
            told_outlet = _mention_name(claim.recipient, doc, actors) == outlet and outlet
            if cue.tag_ in PRESENT_TAGS or told_outlet:
                day = published
        dates[i] = day
        if day is not None and identities[i] is not None:
            known[identities[i]] = day
    for i, claim in enumerate(claims):  # a headline claim dates from its story
        if dates[i] is None and claim.kind == "headline" and identities[i] in known:
            dates[i] = known[identities[i]]
    return dates


def _own_date(claim: Claim, doc: Doc, times: list[Time]) -> str | None:
    """A day in the cue's clause, outside what was said and who said it."""
    if claim.cue_token is None:
        return None
    cue = doc[claim.cue_token]
    for time in times:
        if not time.value or not DAY.match(time.value):
            continue
        if claim.content[0] <= time.start < claim.content[1]:
            continue
        if claim.speaker and claim.speaker[0] <= time.start < claim.speaker[1]:
            continue
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is None or not (cue.sent.start <= span.root.i < cue.sent.end):
            continue
        if cue in span.root.ancestors and _path_avoids(span.root, cue, claim.content):
            return time.value
    return None


def _path_avoids(token: Token, top: Token, content: tuple[int, int]) -> bool:
    """Whether the way up from a token to the cue stays out of the content."""
    for ancestor in token.ancestors:
        if ancestor.i == top.i:
            return True
        if content[0] <= ancestor.idx < content[1]:
            return False
    return False


def channel_of(cue: Token) -> str | None:
    """How a statement was made: "over the phone", "in a statement"."""
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.lower_ not in CHANNEL_PREPOSITIONS:
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if objects and objects[0].lemma_.lower() in CHANNEL_NOUNS:
            # "in a statement", not "in a statement on Tuesday"
            return cue.doc[prep.i:objects[0].i + 1].text
    return None


def outlet_of(record: Extraction) -> str | None:
    """The outlet the article comes from: its source, else the dateline agency."""
    article = record.article
    if article.source:
        return article.source
    if article.dateline is not None and article.dateline.agency:
        return article.dateline.agency
    return None


def _via(claim: Claim, speaker: Speaker | None, doc: Doc, actors: list[ActorMention]) -> str | None:
    """An outlet the claim names: "told TASS", "said in an interview with
    CNN", "Interfax quoted a source as saying"."""
    if claim.recipient is not None:
        named = _outlet_at(doc[claim.recipient], actors)
        if named:
            return named
    if claim.cue_token is None:
        return None
    cue = doc[claim.cue_token]
    for prep in cue.children:
        for t in prep.subtree:
            if t.dep_ == "pobj" and t.head.lower_ == "with":
                named = _outlet_at(t, actors)
                if named:
                    return named
    quoting = quoted_as(cue)
    if quoting is not None:
        for subject in (c for c in quoting.children if c.dep_ == "nsubj"):
            named = _outlet_at(subject, actors)
            if named:
                return named
    return None


def _outlet_at(token: Token, actors: list[ActorMention]) -> str | None:
    """The news outlet a word names, from its actor mention or the dictionary."""
    for m in actors:
        if m.start <= token.idx < m.end and m.sector == MEDIA_SECTOR and m.kind in ("name", "acronym"):
            return m.name
    words = [t for t in token.subtree if t.i <= token.i and t.dep_ != "det"]
    for phrase in (" ".join(t.text for t in words), token.text):
        for entry in load_dictionary().lookup(phrase):
            if entry.type == "media":
                return entry.name
    return None


def _mention_name(token: int | None, doc: Doc, actors: list[ActorMention],
                  media_only: bool = False) -> str | None:
    """The canonical name of the actor mention over a token, if any."""
    if token is None:
        return None
    idx = doc[token].idx
    for m in actors:
        if not m.start <= idx < m.end:
            continue
        # an outlet is named ("told TASS"); "told reporters" names no outlet
        if not media_only or (m.sector == MEDIA_SECTOR and m.kind in ("name", "acronym")):
            return m.name
    return None


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """One claim per cue, and one per content and speaker; none inside a
    speaker's description ("an official who asked not to be named")."""
    seen_cues: set[tuple[int, int]] = set()
    seen: set[tuple] = set()
    kept = []
    speakers = [c.speaker for c in claims if c.speaker]
    for c in claims:
        if c.cue and any(s[0] <= c.cue[0] < s[1] for s in speakers):
            continue
        key = (c.content, c.speaker)
        if (c.cue is not None and c.cue in seen_cues) or key in seen:
            continue
        if c.cue is not None:
            seen_cues.add(c.cue)
        seen.add(key)
        kept.append(c)
    return kept


def _published(record: Extraction) -> str | None:
    published = record.article.published
    try:
        return date.fromisoformat(published[:10]).isoformat() if published else None
    except ValueError:
        return None


def _span(text: str, offsets: tuple[int, int]) -> Span:
    return Span(text=text[offsets[0]:offsets[1]], start=offsets[0], end=offsets[1])


@stages.register("eventwire.attribution.v1")
def make_attribution_stage(name: str, **settings: object) -> AttributionStage:
    """Factory for the attribution stage (settings from `[stages.<name>]`)."""
    return AttributionStage(name, **settings)
