"""The events stage: who did what to whom, in PLOVER, ACLED and CAMEO.

For each sentence: find event mentions (`detect`), give each its sense,
roles, ACLED type, size and status (`build`); merge mentions of one event
(`corefer`); attach casualty counts stated apart ("Five people died.");
order by salience and write `Event` records with their evidence.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from ...model import AcledType, Event, Evidence, Extraction, InputError, Size, Span as TextSpan
from ...registry import stages
from ..times.component import anchor_of
from .build import Draft, draft_of
from .classify import cameo_root
from .corefer import HEADLINE_SECTIONS, add_sizes, adds_to_toll, combine_sizes, is_outcome, merge_drafts
from .detect import find_mentions
from .lexicon import TriggerLexicon, load_lexicon
from .roles import ActorIndex, arguments
from .salience import confidence, salience
from .sizes import fatalities, loose_plural_dead, loose_size

# Verbs that only report: their clauses are the article's claims, not events.
REPORTING = frozenset({
    "say", "tell", "report", "claim", "announce", "add", "state", "note", "explain", "confirm",
    "reveal", "write", "quote", "believe", "think", "suggest", "stress", "emphasise", "emphasize",
    "indicate", "argue", "inform", "assert", "acknowledge", "recall", "learn", "know",
})
# Counts stated in a sentence of their own go to a violent event this close before.
LOOSE_SIZE_SENTENCES = 3
VIOLENT = frozenset({"ASSAULT", "COERCE", "PROTEST"})
# Events below this confidence are not written.
MIN_CONFIDENCE = 0.3


def sentence_spans(doc: Doc, bounds: list[tuple[int, int]]) -> list[Span]:
    """The parsed sentences at the record's sentence bounds."""
    spans = []
    for start, end in bounds:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    return spans


def section_kinds(record: Extraction, bounds: list[tuple[int, int]]) -> list[str]:
    """The section kind of each sentence (body where the reader found none)."""
    return [record.article.section_at(start) or "body" for start, _ in bounds]


def find_drafts(record: Extraction, lexicon: TriggerLexicon) -> tuple[list[Draft], list[Span], list[str]]:
    """Draft events of a record, merged, with its sentences and section kinds."""
    doc = record.state["doc"]
    bounds = record.state["sentences"]
    sentences = sentence_spans(doc, bounds)
    kinds = section_kinds(record, bounds)
    index = ActorIndex(record.actors)
    anchor = anchor_of(record)
    drafts: list[Draft] = []
    loose: list[LooseToll] = []
    for number, sent in enumerate(sentences):
        mentions = find_mentions(sent, lexicon)
        triggers = [m.trigger for m in mentions]
        nearby = frozenset(t.lower_ for s in sentences[max(number - 1, 0):number + 2] if s is not sent for t in s)
        for mention in mentions:
            others = [t for t in triggers if t.i != mention.trigger.i]
            drafts.append(draft_of(
                mention, sent, index, sentence=number, section=kinds[number], others=others,
                anchor=anchor, times=record.times, nearby=nearby,
            ))
        if not mentions:
            loose.append(LooseToll(number, loose_size(sent), any(adds_to_toll(t) for t in sent),
                                   loose_plural_dead(sent)))
    borrow_parties(drafts)
    tolls_take_their_cause(drafts)
    arrests_take_their_setting(drafts)
    merged = [d for d in merge_drafts(drafts, kinds) if not no_toll(d)]
    attach_loose_sizes(merged, loose)
    paragraph = [record.article.paragraph_at(start) for start, _ in bounds]
    mark_background(merged, paragraph, timed_sentences(record, bounds))
    return merged, sentences, kinds


def no_toll(draft: Draft) -> bool:
    """"No one was injured.": a toll of nobody is a count, not an event."""
    return len(draft.mentions) == 1 and is_outcome(draft) and draft.status.negated


def tolls_take_their_cause(drafts: list[Draft]) -> None:
    """"Five were injured when police fired tear gas at the crowd": a toll
    with no attacker of its own is classed as the crowd event its adverbial
    clause tells (attacks it merges with, see `corefer.absorb`)."""
    for draft in drafts:
        if not is_outcome(draft):
            continue
        trigger = draft.mentions[0].trigger
        causes = [d for d in drafts if d is not draft and d.sentence == draft.sentence
                  and d.sense.type in ("COERCE", "PROTEST") and d.acled.event_type is not None
                  and adverbial_of(d.mentions[0].trigger, trigger)]
        if causes:
            draft.acled = causes[0].acled
            draft.cameo = cameo_root(draft.sense, draft.acled)


SETTING_PREPS = frozenset({"during", "at", "amid", "in"})  # at the time, not after
CROWD_TYPES = frozenset({"Protests", "Riots"})


def arrests_take_their_setting(drafts: list[Draft]) -> None:
    """"Police arrested 40 people during a protest": arrests at a
    demonstration are ACLED's demonstration, met with intervention."""
    for draft in drafts:
        if draft.acled.sub_event_type != "Arrests":
            continue
        trigger = draft.mentions[0].trigger
        settings = [d for d in drafts if d is not draft and d.sentence == draft.sentence
                    and d.acled.event_type in CROWD_TYPES and set_in(d.mentions[0].trigger, trigger)]
        if settings:
            crowd = settings[0].acled
            sub = "Protest with intervention" if crowd.event_type == "Protests" else crowd.sub_event_type
            draft.acled = crowd.model_copy(update={"sub_event_type": sub})


def set_in(noun: Token, verb: Token) -> bool:
    """Whether a noun is the object of a setting preposition of the verb ("during a protest")."""
    return noun.dep_ == "pobj" and noun.head.lower_ in SETTING_PREPS and noun.head.head.i == verb.i


def adverbial_of(token: Token, head: Token) -> bool:
    """Whether a token sits in an adverbial clause of `head` ("when ..."),
    not in a relative clause on the way."""
    deps = []
    while token.i != head.i and token.head.i != token.i:
        deps.append(token.dep_)
        token = token.head
    return token.i == head.i and "advcl" in deps and "relcl" not in deps


# "The sides agreed": the parties of the talks or fight just before.
PARTY_WORDS = frozenset({"side", "sides", "party", "parties"})
PARTY_SENTENCES = 2


def borrow_parties(drafts: list[Draft]) -> None:
    """Give "the sides"/"both parties" the participants of the event before."""
    for n, draft in enumerate(drafts):
        if any(a.role == "source" for a in draft.actors):
            continue
        subjects = arguments(draft.mentions[0]).sources
        if not any(t.lemma_.lower() in PARTY_WORDS for t in subjects):
            continue
        before = [d for d in drafts[:n] if d.actors and 0 <= draft.sentence - d.sentence <= PARTY_SENTENCES]
        if before:
            parties = {a.name or a.text: a for a in before[-1].actors}
            draft.actors = [a.model_copy(update={"role": "source"}) for a in parties.values()] + draft.actors


def timed_sentences(record: Extraction, bounds: list[tuple[int, int]]) -> set[int]:
    """Sentences holding a date or time expression."""
    starts = [start for start, _ in bounds]
    return {bisect_right(starts, t.start) - 1 for t in record.times if t.type in ("DATE", "TIME")}


def mark_background(drafts: list[Draft], paragraph: list[int], timed: set[int]) -> None:
    """A paragraph that dates one of its events in the past is background:
    its undated past-tense events are historical too ("After the US announced
    its pullout, the Taliban launched an offensive. On August 15 they took Kabul.")."""
    old = {paragraph[d.sentence] for d in drafts if d.status.historical and d.sentence in timed}
    for draft in drafts:
        if draft.status.historical or paragraph[draft.sentence] not in old or draft.sentence in timed:
            continue
        verb = draft.mentions[0].governor or draft.mentions[0].trigger
        verb = next((t for t in (verb, *verb.ancestors) if t.pos_ in ("VERB", "AUX")), verb)
        if verb.tag_ in ("VBD", "VBN"):
            draft.status = draft.status.model_copy(update={"historical": True})


class LooseToll(NamedTuple):
    """The counts of a sentence with no event of its own ("Two others died later.")."""

    sentence: int
    size: Size
    adds: bool  # it says it adds to the toll ("others", "also")
    plural_dead: bool  # deaths without a number ("Casualties of unknown number.")


def attach_loose_sizes(drafts: list[Draft], loose: list[LooseToll]) -> None:
    """Give counts stated on their own to the violent event just before them
    (added to its toll when they say so: "Two others died later"), and
    deaths reported without a number ("Casualties of unknown number.")."""
    for toll in loose:
        size = toll.size
        if all(getattr(size, f) is None for f in ("dead", "injured", "arrested", "captured")) \
                and not toll.plural_dead:
            continue
        before = [d for d in drafts if d.sense.type in VIOLENT
                  and 0 < toll.sentence - d.last_sentence <= LOOSE_SIZE_SENTENCES]
        if before:
            host = max(before, key=lambda d: d.last_sentence)
            host.size = add_sizes(host.size, size) if toll.adds else combine_sizes(host.size, size)
            host.plural_dead = host.plural_dead or toll.plural_dead


def order(drafts: list[Draft], kinds: list[str]) -> list[Draft]:
    """Drafts by salience, most salient first (ties: text order)."""
    body = [i for i, kind in enumerate(kinds) if kind not in HEADLINE_SECTIONS]
    rank = {sentence: n for n, sentence in enumerate(body)}
    triggers = frozenset(m.trigger.i for d in drafts for m in d.mentions)
    violent = frozenset(m.trigger.i for d in drafts if d.sense.type == "ASSAULT" for m in d.mentions)
    for draft in drafts:
        draft.salience = salience(draft, rank.get(draft.sentence, 0), REPORTING, triggers, violent)
        draft.confidence = confidence(draft)
    return sorted(drafts, key=lambda d: -d.salience)


def primary(draft: Draft, kinds: list[str]) -> int:
    """The mention that gives the event its trigger and evidence: the first
    outside the headline (the lede states it fully), else the first."""
    sentences = [draft.sentence, *draft.extra_sentences]
    return next((i for i, s in enumerate(sentences) if kinds[s] not in HEADLINE_SECTIONS), 0)


def trigger_span(text: str, token: Token, consumed: Token | None) -> TextSpan:
    """The trigger's words: the verb, with its object when part of the phrase ("opened fire")."""
    start, end = token.idx, token.idx + len(token.text)
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-":  # "sit-in", "cease-fire"
        start = doc[token.i - 2].idx
    if consumed is not None and 0 < consumed.i - token.i <= 3:
        end = consumed.idx + len(consumed.text)
    return TextSpan(text=text[start:end], start=start, end=end)


def event_id(article_id: str, span: TextSpan, kind: str) -> str:
    """A stable id: the same input gives the same id."""
    digest = hashlib.sha1(f"{article_id}:{span.start}:{span.end}:{kind}".encode()).hexdigest()
    return f"ev-{digest[:16]}"


def to_event(record: Extraction, draft: Draft, sentences: list[Span], kinds: list[str]) -> Event:
    """Write one draft as an `Event` record."""
    text = record.article.text
    which = primary(draft, kinds)
    mention = draft.mentions[which]
    sentence = [draft.sentence, *draft.extra_sentences][which]
    span = trigger_span(text, mention.trigger, mention.consumed)
    bounds = record.state["sentences"][sentence]
    return Event(
        id=event_id(record.article.id, span, draft.sense.type),
        type=draft.sense.type, mode=draft.sense.mode, context=list(draft.sense.context),
        acled=draft.acled if not draft.status.negated else AcledType(), cameo_root=draft.cameo,
        quad_class=draft.sense.quad_class, actors=draft.actors, trigger=span, size=draft.size,
        fatalities=fatalities(draft.size, draft.plural_dead),
        status=draft.status, confidence=draft.confidence,
        evidence=Evidence(sentence=sentence, start=bounds[0], end=bounds[1], text=text[bounds[0]:bounds[1]]),
    )


class EventsStage:
    """Finds, classifies and orders the events of each article."""

    requires = ("doc", "actors", "times")
    assigns = ("events", "events.acled", "events.actors", "events.size", "events.status",
               "events.mode", "events.quad_class")

    def __init__(self, name: str, *, min_confidence: float = MIN_CONFIDENCE) -> None:
        self.name = name
        self.min_confidence = min_confidence
        self.lexicon = load_lexicon()

    def __call__(self, batch: list[Extraction]) -> list[Extraction | InputError]:
        for record in batch:
            self.set_annotations(record, self.find(record))
        return list(batch)

    def find(self, record: Extraction) -> list[Event]:
        """The events of one parsed record, most salient first."""
        drafts, sentences, kinds = find_drafts(record, self.lexicon)
        kept = [d for d in order(drafts, kinds) if d.confidence >= self.min_confidence]
        return [to_event(record, d, sentences, kinds) for d in kept]

    def set_annotations(self, record: Extraction, events: list[Event]) -> None:
        record.events = events


@stages.register("eventwire.events.v1")
def make_events_stage(name: str, **settings: float) -> EventsStage:
    """Factory for the events stage (settings from `[stages.<name>]`)."""
    return EventsStage(name, **settings)

