"""What the parse says around a time expression: tense, nouns, entities.

Yearless dates and bare weekdays are resolved by the tense of the verb
they attach to ("will meet on Monday" is next Monday, "met on Monday" the
last one), and a bare number is a year only when the parse does not make
it a count ("2000 troops"). `Clues` answers these questions from a spaCy
Doc; without one (`Clues(None)`) it knows nothing and every rule falls back
to its default.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .lexicon import FUTURE_AUX, FUTURE_PHRASES, FUTURE_VERBS

# A future cue just before the expression: "as early as Tuesday".
FUTURE_BEFORE = re.compile(r"\b(?:" + "|".join(FUTURE_PHRASES) + r")\s+(?:on\s+)?$", re.I)
# Entity labels that make a number something other than a date.
COUNT_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
# How far up the tree the governing verb is looked for.
MAX_CLIMB = 4


class Clues:
    """Answers questions about the text around an expression."""

    def __init__(self, doc: Doc | None, text: str = "") -> None:
        self.doc = doc
        self.text = text  # not doc.text, which joins every token on each call

    def token_at(self, start: int, end: int) -> Token | None:
        """The syntactic root of the tokens covering [start, end)."""
        if self.doc is None:
            return None
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    def tense(self, start: int, end: int) -> str | None:
        """"past", "future" or None for the verb governing the expression."""
        if FUTURE_BEFORE.search(self.text, max(0, start - 20), start):
            return "future"
        token = self.token_at(start, end)
        verb = governing_verb(token) if token is not None else None
        return verb_tense(verb) if verb is not None else None

    def next_is_noun(self, end: int) -> bool:
        """Whether the word after `end` is a plural common noun ("troops")."""
        token = self.following(end)
        return token is not None and token.tag_ == "NNS"

    def following(self, end: int) -> Token | None:
        """The first word starting at or after `end`, if any."""
        if self.doc is None:
            return None
        start = end
        while start < len(self.text) and self.text[start].isspace():
            start += 1
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def label(self, start: int, end: int) -> str | None:
        """The entity label the parser gave the expression's tokens."""
        token = self.token_at(start, end)
        return token.ent_type_ or None if token is not None else None

    def is_count(self, start: int, end: int) -> bool:
        """Whether the parser reads the span as an amount, not a date."""
        return self.label(start, end) in COUNT_LABELS


def governing_verb(token: Token) -> Token | None:
    """The verb the expression's root hangs from, climbing a few arcs."""
    for _ in range(MAX_CLIMB):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head is token:
            return None
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def verb_tense(verb: Token) -> str | None:
    """Tense of a verb from its auxiliaries, lemma and tag.

    A passive participle ("is expected", "was set") takes its tense from
    the auxiliary; a perfect ("has met") is past.
    """
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in FUTURE_AUX for a in auxes):
        return "future"
    if any(a.lower_ == "to" for a in auxes) and planned(verb.head):
        return "future"  # "is scheduled to close Monday", "is to resume Tuesday"
    if verb.lemma_.lower() in FUTURE_VERBS or any(
            c.dep_ == "acomp" and c.lemma_.lower() in FUTURE_VERBS for c in verb.children):
        return "future"  # "planned a rally for Saturday", "talks are due in March"
    if verb.lemma_.lower() == "set" and any(c.lower_ in ("for", "to") for c in verb.children):
        return "future"  # "set for Friday"; but "set Friday as the deadline"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lower_ in ("had", "has", "have")
                                 for a in auxes):
        return "past"
    return None


def planned(head: Token) -> bool:
    """Whether a verb taking a to-infinitive makes it a plan ("set to")."""
    return head.lemma_.lower() in FUTURE_VERBS | {"set", "be"}
