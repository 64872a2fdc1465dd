"""Find every time expression in a text and give each its TimeML value.

Three steps: every rule of `patterns.RULES` proposes matches; overlapping
proposals are settled longest first (at equal length, the rule listed
first), skipping those their normaliser rejects; the survivors are
normalised in text order, so that "the next day" and "two days later" can
count from the day the text last named.

The anchor is the publication date: "yesterday" in a story of 30 August
2021 is 2021-08-29. Without one, relative expressions get no value or a
partial one ("XXXX-08-30").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc

from ...model import Time
from .clues import Clues
from .normalise import NORMALISERS, Context, Found
from .patterns import REACH_AFTER, REACH_BEFORE, RULES, TEXT_WORD, TRIGGER_FORMS, Rule


@dataclass(frozen=True)
class Candidate:
    """One rule's match, before overlaps are settled."""

    match: re.Match[str]
    rule: Rule
    priority: int

    @property
    def length(self) -> int:
        """Characters covered."""
        return self.match.end() - self.match.start()


def find_times(text: str, anchor: date | None, doc: Doc | None = None, *,
               future_days: int = 183) -> list[Time]:
    """Every time expression of `text`, in text order.

    Args:
        text: the text to search (the parse's text: furniture is blank).
        anchor: the publication date relative expressions count from.
        doc: the spaCy parse of `text`, for tense and counts; None to do
            without (yearless dates then take the nearest year).
        future_days: how far after the anchor a yearless date may fall.

    Returns:
        The expressions, with offsets into `text`.
    """
    clues = Clues(doc, text)
    chosen = select(propose(text), Context(text, anchor, clues, future_days))
    context = Context(text, anchor, clues, future_days)
    found: list[Found] = []
    for candidate in chosen:
        for piece in NORMALISERS[candidate.rule.normaliser](candidate.match, context):
            context.note(piece)
            found.append(piece)
    return [Time(text=text[f.start:f.end], start=f.start, end=f.end, type=f.type, value=f.value)
            for f in found]


def propose(text: str) -> list[Candidate]:
    """Every match of every rule, searched only near the trigger words the
    rule needs (a month name for dates, a unit for durations...)."""
    triggers = find_triggers(text)
    spans: dict[frozenset[str], list[tuple[int, int]]] = {}
    found = []
    for priority, rule in enumerate(RULES):
        if rule.needs not in spans:
            spans[rule.needs] = windows(triggers, rule.needs, len(text))
        for start, end in spans[rule.needs]:
            # A match begins in the window; it and its look-ahead may run
            # `REACH_AFTER` past it.
            for match in rule.pattern.finditer(text, start, min(len(text), end + REACH_AFTER)):
                if match.start() >= end:
                    break
                if match.end() > match.start():
                    found.append(Candidate(match, rule, priority))
    return found


def find_triggers(text: str) -> dict[str, list[tuple[int, int]]]:
    """Offsets of the trigger words of each kind."""
    found: dict[str, list[tuple[int, int]]] = {}
    for word in TEXT_WORD.finditer(text):
        kinds = ("digit",) if word.lastgroup == "digit" else TRIGGER_FORMS.get(word.group(), ())
        for kind in kinds:
            found.setdefault(kind, []).append(word.span())
    return found


def windows(triggers: dict[str, list[tuple[int, int]]], kinds: frozenset[str],
            length: int) -> list[tuple[int, int]]:
    """The stretches of text a match of a rule needing `kinds` may begin in:
    from `REACH_BEFORE` before a trigger word to its end, merged."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(span for kind in kinds for span in triggers.get(kind, ())):
        start = max(0, start - REACH_BEFORE)
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def select(candidates: list[Candidate], probe: Context) -> list[Candidate]:
    """Settle overlaps: longest first, then rule order; a candidate its
    normaliser rejects ("2000 troops") leaves room for shorter ones.

    Returns:
        The kept candidates in text order.
    """
    taken = bytearray(len(probe.text))
    kept = []
    for candidate in sorted(candidates, key=lambda c: (-c.length, c.priority, c.match.start())):
        start, end = candidate.match.span()
        if taken.find(1, start, end) != -1:
            continue
        if not NORMALISERS[candidate.rule.normaliser](candidate.match, probe):
            continue
        taken[start:end] = b"\x01" * (end - start)
        kept.append(candidate)
    return sorted(kept, key=lambda c: c.match.start())
