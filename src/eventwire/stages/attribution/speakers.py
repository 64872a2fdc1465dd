"""Who is speaking: speaker spans resolved to actors, anonymous sources flagged.

A speaker span is matched to the actor mention (`record.actors`) over its
head word, which gives a canonical name and an identity (`ref`) shared
with the speaker's other mentions ("a source in Panjshir" ... "the
source" ... "he added"). A pronoun or a definite description the actors
stage left unresolved goes to the last speaker of the same number. An
identity is anonymous when none of its mentions is a name and one of its
descriptions is a generic source ("a source", "witnesses", "officials")
or says so ("who asked not to be named").
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ...model import ActorMention, Speaker
from .cues import (
    ANONYMITY_PHRASES,
    ANONYMOUS_HEADS,
    PLURAL_PRONOUNS,
    RELATIVE_PRONOUNS,
    SINGULAR_PRONOUNS,
)
from .reported import Claim

NAMED_KINDS = ("name", "acronym")


@dataclass
class Resolved:
    """A claim's speaker: the span, who it is, and the identity it shares."""

    start: int
    end: int
    identity: str
    mention: ActorMention | None
    head: Token | None
    pronoun: bool


def resolve_speakers(
    claims: list[Claim], actors: list[ActorMention], doc: Doc, text: str | None = None
) -> list[tuple[Speaker | None, str | None]]:
    """The `Speaker` of each claim and its identity key, in the claims' order.

    Args:
        claims: claims with speaker spans (or None).
        actors: the record's actor mentions.
        doc: the parsed article.
        text: its text (default `doc.text`).

    Returns:
        One (Speaker, identity) per claim; (None, None) where a claim has no
        speaker. Claims with the same identity have the same speaker.
    """
    text = doc.text if text is None else text  # spaCy rebuilds doc.text on each access
    resolved: dict[int, Resolved] = {}
    order = sorted(range(len(claims)), key=lambda i: _position(claims[i]))
    last: list[Resolved] = []
    for i in order:
        claim = claims[i]
        source = claim.extra.get("holder") or claim.extra.get("continues")
        if source is not None and id(source) in {id(c) for c in claims}:
            continue  # resolved after its source
        if claim.speaker is None:
            continue
        r = _resolve(claim, actors, doc, text, last)
        resolved[i] = r
        last.append(r)
    for i, claim in enumerate(claims):  # partial quotes and continuations
        source = claim.extra.get("holder") or claim.extra.get("continues")
        hops = 0
        while source is not None and hops < 5:
            j = next((k for k, c in enumerate(claims) if c is source), None)
            if j is None:
                break
            if j in resolved:
                resolved[i] = resolved[j]
                break
            source = claims[j].extra.get("holder") or claims[j].extra.get("continues")
            hops += 1
    return _speakers(claims, resolved, actors, text)


def _position(claim: Claim) -> int:
    return claim.speaker[0] if claim.speaker else claim.content[0]


def _resolve(claim: Claim, actors: list[ActorMention], doc: Doc, text: str,
             last: list[Resolved]) -> Resolved:
    """Find who one speaker span refers to."""
    start, end = claim.speaker
    head = doc[claim.speaker_token] if claim.speaker_token is not None else None
    anchor = head
    if head is not None and head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
        anchor = head.head.head  # "Mansoor, who said": the noun the clause hangs on
    mention = _mention_at(anchor, (start, end), actors)
    pronoun = head is not None and head.pos_ == "PRON"
    if _definite_generic(head):  # "the resident": the one just described
        previous = _antecedent(head, last)
        if previous is not None:
            return Resolved(start, end, previous.identity, previous.mention, head, pronoun)
    if mention is not None and (mention.name or not _definite(head)):
        return Resolved(start, end, f"ref:{mention.ref}", mention, head, pronoun)
    if pronoun or _definite(head):  # "he", "the service" (after "Kyrgyz border service")
        previous = _antecedent(head, last)
        if previous is not None:
            return Resolved(start, end, previous.identity, previous.mention, head, pronoun)
    key = " ".join(w for w in text[start:end].lower().split() if w not in ("a", "an", "the"))
    return Resolved(start, end, f"text:{key}", None, head, pronoun)


def _mention_at(anchor: Token | None, span: tuple[int, int], actors: list[ActorMention]) -> ActorMention | None:
    """The actor mention over a speaker's head word, else the first in the span.

    A name in apposition beats a description at the head: "a spokesman for
    the group, Ali Ben Saad" is Ali Ben Saad.
    """
    inside = [m for m in actors if m.start < span[1] and span[0] < m.end]
    if anchor is None:
        return inside[0] if inside else None
    at_head = next((m for m in actors if m.start <= anchor.idx < m.end), None)
    if at_head is not None and at_head.kind in NAMED_KINDS:
        return at_head
    for child in anchor.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            named = next((m for m in inside if m.start <= child.idx < m.end
                          and m.kind in NAMED_KINDS), None)
            if named is not None:
                return named
    return at_head or (inside[0] if inside else None)


def _definite_generic(head: Token | None) -> bool:
    """"the source", "the officials": a description pointing back."""
    if head is None or head.lower_ not in ANONYMOUS_HEADS:
        return False
    return any(c.lower_ in ("the", "this", "that", "these", "those") for c in head.children)


def _definite(head: Token | None) -> bool:
    """"the service", "the ministry": a common noun pointing back."""
    return head is not None and head.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in head.children)


def _antecedent(head: Token | None, last: list[Resolved]) -> Resolved | None:
    """The most recent speaker of the same number as a pronoun."""
    if not last:
        return None
    word = head.lower_ if head is not None else ""
    plural = word in PLURAL_PRONOUNS or (head is not None and head.tag_ in ("NNS", "NNPS"))
    for r in reversed(last):
        if r.pronoun and r.identity.startswith("text:"):
            continue
        other = r.head
        r_plural = other is not None and (other.lower_ in PLURAL_PRONOUNS or other.tag_ in ("NNS", "NNPS"))
        if word in SINGULAR_PRONOUNS or word in PLURAL_PRONOUNS or head is None:
            if plural == r_plural:
                return r
        elif head is not None and other is not None and other.lemma_.lower() == head.lemma_.lower():
            return r
    return None


def _speakers(claims: list[Claim], resolved: dict[int, Resolved], actors: list[ActorMention],
              text: str) -> list[tuple[Speaker | None, str | None]]:
    """Build the Speaker records once every identity's mentions are known."""
    by_identity: dict[str, list[Resolved]] = defaultdict(list)
    for r in resolved.values():
        by_identity[r.identity].append(r)
    anonymous = {key: _is_anonymous(key, rs, actors, text) for key, rs in by_identity.items()}
    descriptions = {key: _description(rs, text) for key, rs in by_identity.items()}
    speakers: list[tuple[Speaker | None, str | None]] = []
    for i, _claim in enumerate(claims):
        r = resolved.get(i)
        if r is None:
            speakers.append((None, None))
            continue
        hidden = anonymous[r.identity]
        speakers.append((Speaker(
            text=text[r.start:r.end], start=r.start, end=r.end,
            name=None if hidden else _name(r),
            anonymous=hidden,
            description=descriptions[r.identity] if hidden else None,
        ), r.identity))
    return speakers


def _is_anonymous(key: str, rs: list[Resolved], actors: list[ActorMention], text: str) -> bool:
    """No name anywhere for this identity, and a generic or self-declared source."""
    if key.startswith("ref:"):
        ref = key[4:]
        if any(m.ref == ref and m.kind in NAMED_KINDS for m in actors):
            return False
    texts = [text[r.start:r.end].lower() for r in rs if not r.pronoun]
    if any(phrase in t for t in texts for phrase in ANONYMITY_PHRASES):
        return True
    heads = [r.head for r in rs if r.head is not None and not r.pronoun]
    if any(h.pos_ == "PROPN" for h in heads):
        return False
    return any(h.lower_ in ANONYMOUS_HEADS for h in heads)


def _description(rs: list[Resolved], text: str) -> str | None:
    """The fullest way the text describes a speaker ("a source in Panjshir")."""
    texts = [text[r.start:r.end] for r in rs if not r.pronoun]
    return max(texts, key=len) if texts else None


def _name(r: Resolved) -> str | None:
    """The canonical name, or the proper noun the speaker span is built on."""
    if r.mention is not None and r.mention.name:
        return r.mention.name
    head = r.head
    if head is None or head.pos_ != "PROPN":
        return None
    words = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [head]
    return " ".join(t.text for t in words)
