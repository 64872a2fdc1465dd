"""Direct and partial quotes: where quotation marks meet reported speech.

`find_quoted` pairs quotation marks, also across sentences and across
paragraphs in the wire convention (a quote running on into the next
paragraph reopens it without closing the first). `attach_quotes` then
decides what each quoted stretch is:

- the words of a claim the parse found ('"...," the source said') make it
  a direct quote, its content widened to the whole quoted stretch;
- a second stretch right after the cue ('"A," he said, "B."') joins it;
- a stretch right after a reporting verb ('He said: "..."') is a direct
  quote of that verb's subject;
- a short stretch inside a claim's content is a partial quote with the
  claim's speaker ('said he becomes "the caretaker president"');
- a whole paragraph of quotation with no cue continues the last speaker;
- anything else (titles, scare quotes in the article's own voice) is left.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from .cues import QUOTE_MARKS, REPORT_VERBS, SPEECH_VERBS
from .reported import Claim, Offsets, _cue_span, _recipient, _span_of, _subject

# A quote this much of a claim's content or more is that claim's words.
DIRECT_SHARE = 0.6
# How many words after a quote its cue may come ('"..." the deputy minister said').
CUE_REACH = 8
# Between the end of a quote and the next part of a split quote.
SPLIT_GAP = 90
# A cue-less quoted paragraph continues the last speaker this far back.
ORPHAN_REACH = 1200
ORPHAN_MIN_WORDS = 4


OPEN_CONTEXT = "([{\u2014\u2013-/:"
CLOSE_CONTEXT = ".,;:!?)]}\u2014\u2013-'\u2019"
SIGNATURE = re.compile(
    r"[ \t]*(?P<dash>[\u2015\u2014\u2013]|--)[ \t]*"
    r"(?P<name>[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3})")


@dataclass(frozen=True)
class Quoted:
    """The text between a pair of quotation marks (marks excluded)."""

    start: int
    end: int


def find_quoted(text: str) -> list[Quoted]:
    """Pair the quotation marks of a text.

    Each mark is read as opening or closing from the characters around it
    (a straight mark after a space opens, one before a space closes), so one
    stray mark does not turn the rest of the article inside out. A quote
    still open at the end of its paragraph runs on when the next paragraph
    opens with a quotation mark (the wire convention) and ends with its
    paragraph otherwise.

    Args:
        text: the article text.

    Returns:
        Quoted stretches (marks excluded) in text order.
    """
    found: list[Quoted] = []
    opened: _Mark | None = None  # where the open quote began
    anchor: _Mark | None = None  # its latest opening mark (moves on when it runs on)
    for mark in _marks(text):
        if opened is not None and _paragraph_end(text, anchor.end) < mark.start:
            if mark.kind == "open" and _starts_paragraph(text, mark.start) \
                    and text[mark.start] == text[opened.start]:
                anchor = mark  # the quote runs on into this paragraph
                continue
            found.append(Quoted(opened.end, _rstrip(text, opened.end, _paragraph_end(text, anchor.end))))
            opened = anchor = None
        if opened is None:
            if mark.kind in ("open", "either"):
                opened = anchor = mark
        elif mark.kind in ("close", "either"):
            found.append(Quoted(opened.end, mark.start))
            opened = anchor = None
        else:  # an opening mark inside an open quote: the first one was stray
            opened = anchor = mark
    if opened is not None:
        found.append(Quoted(opened.end, _rstrip(text, opened.end, _paragraph_end(text, anchor.end))))
    return [q for q in found if q.end > q.start]


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    kind: str  # "open", "close" or "either"


def _marks(text: str) -> list[_Mark]:
    """Every quotation mark, read as opening or closing from its context."""
    marks = []
    i = 0
    while i < len(text):
        width = 2 if text.startswith("\'\'", i) else 1
        char = text[i]
        if width == 1 and char not in QUOTE_MARKS:
            i += 1
            continue
        before = text[i - 1] if i else " "
        after = text[i + width] if i + width < len(text) else " "
        opens = (before.isspace() or before in OPEN_CONTEXT) and not after.isspace()
        closes = not before.isspace() and (after.isspace() or after in CLOSE_CONTEXT)
        fixed = QUOTE_MARKS.get(char) if width == 1 else None
        if fixed == "open" and closes and not opens:
            kind = "close"
        elif fixed == "close" and opens and not closes:
            kind = "open"
        elif fixed is not None:
            kind = fixed
        else:
            kind = "open" if opens and not closes else "close" if closes and not opens else "either"
        marks.append(_Mark(i, i + width, kind))
        i += width
    return marks


def attach_quotes(claims: list[Claim], quoted: list[Quoted], doc: Doc, text: str | None = None) -> list[Claim]:
    """Turn claims into direct quotes and add partial and cue-less quotes.

    Args:
        claims: reported claims from the parse, in text order.
        quoted: quoted stretches from `find_quoted`.
        doc: the parsed article.
        text: its text (`doc.text`, which spaCy rebuilds on every access).

    Returns:
        All claims, in text order of their content.
    """
    text = doc.text if text is None else text
    # A claim inside a quotation is part of what the speaker said, not a
    # claim the article reports ('"I think we won," he said').
    result = [c for c in claims if c.cue is None or c.extra.get("line") or not any(
        q.start <= c.cue[0] < q.end for q in quoted)]
    result = [c for c in result if not _nested_stance(c, result, doc)]
    for q in quoted:
        if _words(text, q) == 0:
            continue
        if _as_direct(q, result):
            continue
        if _as_split(q, result, text):
            continue
        claim = (_signed(q, doc, text) or _after_verb(q, doc) or _before_verb(q, doc, text)
                 or _as_partial(q, result) or _as_orphan(q, result, text))
        if claim is not None:
            result.append(claim)
    return sorted(result, key=lambda c: (c.content[0], -c.content[1]))


def _nested_stance(claim: Claim, claims: list[Claim], doc: Doc) -> bool:
    """A stance inside reported speech ("she said she plans to ...") belongs
    to the outer claim; only a report of a report ("X said Y told him")
    stays a claim of its own."""
    if claim.cue is None or claim.cue_token is None:
        return False
    if doc[claim.cue_token].lemma_.lower() in REPORT_VERBS:
        return False
    return any(o is not claim and o.kind in ("indirect", "according")
               and o.content[0] <= claim.cue[0] < o.content[1] for o in claims)


def _as_direct(q: Quoted, claims: list[Claim]) -> bool:
    """Make the claim whose content lies mostly in `q` a direct quote of it."""
    best = None
    for claim in claims:
        if claim.kind in ("partial", "headline") or claim.cue is None:
            continue
        if _inside(claim.cue, (q.start, q.end)):
            continue
        shared = _overlap(claim.content, (q.start, q.end))
        size = claim.content[1] - claim.content[0]
        if size and shared / size >= DIRECT_SHARE:
            if best is None or shared > _overlap(best.content, (q.start, q.end)):
                best = claim
    if best is None:
        return False
    if best.kind == "direct":  # a second stretch of an already direct claim
        best.content = (min(best.content[0], q.start), max(best.content[1], q.end))
    else:
        best.kind, best.content = "direct", (q.start, q.end)
    return True


def _as_split(q: Quoted, claims: list[Claim], text: str) -> bool:
    """'"A," he said, "B."': B continues the direct quote before the cue."""
    for claim in claims:
        if claim.kind != "direct" or claim.cue is None:
            continue
        if not (claim.content[1] <= claim.cue[0] and claim.cue[1] <= q.start):
            continue
        gap = text[claim.content[1]:q.start].rstrip().rstrip("".join(QUOTE_MARKS)).rstrip()
        # '"A," he said, "B"' and '"A," he said. "B"': only the cue between
        if len(gap) <= SPLIT_GAP and not re.search(r"[.!?\n]", gap[:-1]):
            claim.content = (claim.content[0], q.end)
            return True
    return False


def _signed(q: Quoted, doc: Doc, text: str) -> Claim | None:
    """'"..." ― Pamela Padilla': a quote signed with a dash and a name."""
    match = SIGNATURE.match(text, q.end + 1)
    if not match:
        return None
    start, end = match.span("name")
    head = doc.char_span(start, end, alignment_mode="expand")
    return Claim(content=(q.start, q.end), speaker=(start, end), cue=match.span("dash"),
                 kind="direct", speaker_token=head.root.i if head is not None else None)


def _after_verb(q: Quoted, doc: Doc) -> Claim | None:
    """'He told reporters: "..."': a reporting verb right before the quote."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    i = span.start - 1
    while i >= 0 and (doc[i].is_punct or doc[i].is_space):
        i -= 1
    if i < 0:
        return None
    verb = doc[i]
    if verb.lemma_.lower() not in SPEECH_VERBS and verb.head.lemma_.lower() in SPEECH_VERBS \
            and verb.dep_ in ("dobj", "dative", "pobj", "npadvmod", "advmod"):
        verb = verb.head
    if verb.lemma_.lower() not in SPEECH_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = _subject(verb)
    speaker = _span_of(subject) if subject is not None else None
    if speaker is None or speaker[1] > q.start:
        return None
    return Claim(content=(q.start, q.end), speaker=speaker, cue=_cue_span(verb), kind="direct",
                 cue_token=verb.i, speaker_token=subject.i, recipient=_recipient(verb))


def _before_verb(q: Quoted, doc: Doc, text: str) -> Claim | None:
    """'"Why now?" Vitter demanded.': a short cue sentence right after the quote."""
    span = doc.char_span(q.end, min(len(text), q.end + 80), alignment_mode="expand")
    if span is None:
        return None
    for verb in span[:CUE_REACH]:
        if verb.text in (".", "\n") or verb.is_space and "\n" in verb.text:
            return None
        if verb.lemma_.lower() not in SPEECH_VERBS or verb.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ in ("ccomp", "dobj") and c.i > verb.i for c in verb.children):
            return None
        subject = _subject(verb)
        if subject is None or subject.idx < q.end:
            return None
        speaker = _span_of(subject)
        return Claim(content=(q.start, q.end), speaker=speaker, cue=_cue_span(verb), kind="direct",
                     cue_token=verb.i, speaker_token=subject.i, recipient=_recipient(verb))
    return None


def _as_partial(q: Quoted, claims: list[Claim]) -> Claim | None:
    """A quoted phrase inside a claim's content: the claimant's own words."""
    holders = [c for c in claims if c.kind in ("indirect", "according") and c.speaker
               and _inside((q.start, q.end), c.content)]
    if not holders:
        return None
    holder = min(holders, key=lambda c: c.content[1] - c.content[0])
    return Claim(content=(q.start, q.end), speaker=holder.speaker, cue=holder.cue, kind="partial",
                 cue_token=holder.cue_token, speaker_token=holder.speaker_token,
                 recipient=holder.recipient, extra={"holder": holder})


def _as_orphan(q: Quoted, claims: list[Claim], text: str) -> Claim | None:
    """A paragraph of quotation with no cue: the last speaker goes on."""
    before = text[:q.start - 1].rstrip(" \t")
    if before and before[-1] not in "\n":
        return None
    if _words(text, q) < ORPHAN_MIN_WORDS:
        return None
    previous = [c for c in claims if c.speaker and c.content[1] <= q.start
                and q.start - c.content[1] <= ORPHAN_REACH and c.kind != "headline"]
    if not previous:
        return None
    last = max(previous, key=lambda c: c.content[1])
    return Claim(content=(q.start, q.end), speaker=last.speaker, cue=None, kind="direct",
                 speaker_token=last.speaker_token, extra={"continues": last})


# --- helpers -------------------------------------------------------------------


def _paragraph_end(text: str, i: int) -> int:
    end = text.find("\n", i)
    return len(text) if end < 0 else end


def _starts_paragraph(text: str, i: int) -> bool:
    line = text.rfind("\n", 0, i)
    return not text[line + 1:i].strip()


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _words(text: str, q: Quoted) -> int:
    return len(re.findall(r"\w+", text[q.start:q.end]))


def _overlap(a: Offsets, b: Offsets) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _inside(a: Offsets, b: Offsets) -> bool:
    return b[0] <= a[0] and a[1] <= b[1]
