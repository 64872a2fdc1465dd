"""Reported speech from the dependency parse.

Finds "X said (that) ...", "..., X told TASS", "X urged Y to ...",
"according to X, ..." and the headline form "... - source". Each becomes a
`Claim`: character spans of speaker, cue and content plus the tokens later
steps need (the cue verb, its recipient). Direct quotes are recognised
afterwards (`quotes.py`), when claims meet quotation marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .cues import (
    ANONYMOUS_HEADS,
    CALL_PREPOSITIONS,
    NOT_SPEAKERS,
    OBJECT_CONTENT_VERBS,
    SPEECH_VERBS,
    STANCE_VERBS,
    TRAILING_VERBS,
    XCOMP_VERBS,
)

Offsets = tuple[int, int]

# What follows the verb in "called the charges unsubstantiated", "accused
# Kabul of lying": the claim is all of it.
OBJECT_PARTS = ("dobj", "oprd", "xcomp", "ccomp", "prep", "dative", "acomp", "attr")
# The shortest object a stance verb's claim can be ("blasted him for it").
STANCE_MIN_TOKENS = 3
# The shortest clause a trailing cue can report.
TRAILING_MIN_TOKENS = 3
# Participles that open a claim of their own after the content: "..., adding that".
PARTICIPLE_CUES = frozenset({"add", "say", "note", "insist", "warn", "stress", "claim"})
# Objects that make a reporting verb no claim: "the war claimed lives".
NOT_CLAIMS = frozenset({"life", "lives", "toll"})
NOBODY = frozenset({"nobody", "none", "noone", "neither"})
SUBORDINATORS = frozenset({
    "after", "before", "when", "while", "as", "since", "because", "if",
    "although", "though", "once", "until", "unless", "whereas",
})
SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
# Dependents of a cue that carry the subject down from their head.
INHERITS_SUBJECT = ("conj", "xcomp", "advcl", "pcomp", "acl")
QUOTE_CHARS = "\"\u201c\u201d\u00ab\u00bb\u201e'\u2018\u2019"
# "PENCE: Well, ..." (a transcript) or "Pence: Flowers won't be at debate"
# (a headline): a paragraph led by a name and a colon.
SPEAKER_LINE = re.compile(
    r"^[\"\u201c]?(?P<speaker>[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,2}):[ \t]+(?P<content>\S[^\n]*\S)",
    re.MULTILINE,
)
SPEAKER_LINE_MIN_WORDS = 4
PLACE_LABELS = ("GPE", "LOC", "FAC", "NORP")
# "Taliban attack repelled - source": a headline whose tail names its source.
HEADLINE_TAIL = re.compile(r"^(?P<content>.*\S)\s+[-\u2013\u2014:]\s+(?P<speaker>[\w .'-]{2,40}?)\s*$")


@dataclass
class Claim:
    """Someone says something: the spans found, before speakers are resolved.

    `kind` is "indirect", "according", "direct", "partial" or "headline".
    """

    content: Offsets
    speaker: Offsets | None
    cue: Offsets | None
    kind: str = "indirect"
    cue_token: int | None = None
    speaker_token: int | None = None
    recipient: int | None = None
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def direct(self) -> bool:
        """Whether the content is the speaker's own words."""
        return self.kind in ("direct", "partial")


def find_reported(doc: Doc) -> list[Claim]:
    """Every reported statement the parse shows.

    Args:
        doc: the parsed article (offsets are those of `article.text`).

    Returns:
        Claims in text order of their cues; at most one per cue word.
    """
    claims = []
    for token in doc:
        claim = according_to(token) or reporting_verb(token)
        if claim is not None and claim.content[1] > claim.content[0]:
            claims.append(claim)
    return claims


def reporting_verb(token: Token) -> Claim | None:
    """The claim a reporting verb introduces, if it has a speaker and content."""
    lemma = token.lemma_.lower()
    if token.pos_ not in ("VERB", "AUX") or lemma not in SPEECH_VERBS:
        return None
    if token.dep_ in ("amod", "compound") or _is_passive(token):
        return None
    if token.tag_ == "VBN" and token.dep_ in ("acl", "relcl"):
        return None  # "documents written in Arabic", "a ceasefire agreed in 2023"
    content, trailing_speaker = _complement(token, lemma)
    if content is None:
        return None
    speaker = _subject(token) if trailing_speaker is None else trailing_speaker
    if speaker is None:
        return None
    cue = _cue_span(token)
    around = content[0] <= token.idx < content[1]  # "To see it, X said, one should go"
    speaker_span = _span_of(speaker, stop_at=(token.i, (0, 0) if around else content))
    if speaker_span is None or (_overlaps(speaker_span, content) and not around):
        return None
    head = _head_of(speaker)
    if head.lower_ in ("you", "ya"):
        return None  # "do you think ...?": a question, not a claim
    if head.lower_ in NOBODY or any(c.lower_ in ("no", "neither") for c in head.children):
        return None  # "no group claimed responsibility": nobody claims anything
    return Claim(
        content=content, speaker=speaker_span, cue=cue, kind="indirect",
        cue_token=token.i, speaker_token=head.i, recipient=_recipient(token),
    )


def according_to(token: Token) -> Claim | None:
    """"According to X, ...": X is the speaker, the rest of the clause the claim."""
    if token.lower_ != "according" or token.i + 1 >= len(token.doc):
        return None
    to = token.doc[token.i + 1]
    if to.lower_ != "to":
        return None
    objects = [c for c in list(to.children) + list(token.children) if c.dep_ == "pobj"]
    sent = token.sent
    if objects:
        speaker: Token | list[Token] = objects[0]
        phrase = (token.i, max(t.i for t in objects[0].subtree) + 1)
    else:  # the parse lost the object: the words up to the next punctuation
        words = []
        for t in token.doc[to.i + 1:sent.end]:
            if t.is_punct:
                break
            words.append(t)
        if not words or not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in words):
            return None
        speaker, phrase = words, (token.i, words[-1].i + 1)
    rest = [t for t in sent if not (phrase[0] <= t.i < phrase[1])]
    rest = _strip_tokens(rest)
    if not rest:
        return None
    # The claim is on one side of the phrase: the longer side.
    before = [t for t in rest if t.i < phrase[0]]
    after = [t for t in rest if t.i >= phrase[1]]
    side = _strip_tokens(after if len(after) >= len(before) else before)
    if not side:
        return None
    return Claim(
        content=_offsets(side),
        speaker=_span_of(speaker),
        cue=(token.idx, to.idx + len(to)),
        kind="according",
        cue_token=token.i,
        speaker_token=_head_of(speaker).i,
    )


def headline_claim(doc: Doc, start: int, end: int, text: str | None = None) -> Claim | None:
    """"Forces repel attack - source": the headline's tail as its speaker.

    Args:
        doc: the parsed article.
        start: where the headline starts in the text.
        end: where it ends.
        text: the article text (default `doc.text`).

    Returns:
        A claim whose content is the headline before the dash and whose
        speaker is the tail, when the tail is a short description of a
        source; None otherwise.
    """
    match = HEADLINE_TAIL.match((doc.text if text is None else text)[start:end])
    if not match:
        return None
    tail = match.group("speaker").strip()
    words = tail.split()
    if not words or len(words) > 5:
        return None
    last = words[-1].lower()
    named = all(w[:1].isupper() for w in words)
    if last not in ANONYMOUS_HEADS and not named:
        return None
    s = start + match.start("speaker")
    speaker = (s, s + len(tail))
    head = doc.char_span(speaker[0], speaker[1], alignment_mode="expand")
    return Claim(
        content=(start + match.start("content"), start + match.end("content")),
        speaker=speaker, cue=None, kind="headline",
        speaker_token=head.root.i if head is not None else None,
    )


def speaker_lines(doc: Doc, text: str | None = None) -> list[Claim]:
    """Paragraphs led by "NAME:" (transcripts, "Pence: ..." headlines).

    Args:
        doc: the parsed article.
        text: its text (default `doc.text`).

    Returns:
        One claim per such paragraph: the name speaks the rest of it.
    """
    claims = []
    for match in SPEAKER_LINE.finditer(doc.text if text is None else text):
        if len(match.group("content").split()) < SPEAKER_LINE_MIN_WORDS:
            continue
        name = match.group("speaker")
        if any(ch.isdigit() for ch in name) or name.lower() in NOT_SPEAKERS \
                or name.split()[0].lower() in NOT_SPEAKERS:
            continue
        start = match.start("speaker")
        colon = match.end("speaker")
        head = doc.char_span(start, colon, alignment_mode="expand")
        if head is not None and any(e.label_ in PLACE_LABELS for e in head.ents):
            continue  # "Kashmir: two killed in encounter" is a place, not a speaker
        claims.append(Claim(
            content=(match.start("content"), match.end("content")),
            speaker=(start, colon), cue=(colon, colon + 1), kind="direct",
            speaker_token=head.root.i if head is not None else None, extra={"line": True},
        ))
    return claims


# --- parts of a claim ----------------------------------------------------------


def _complement(token: Token, lemma: str) -> tuple[Offsets | None, Token | list[Token] | None]:
    """The claim's content span, and the speaker when it trails the content.

    Returns:
        (content, trailing speaker): content None when the verb carries no
        claim; the speaker is given only for "<content>, <speaker> <verb>".
    """
    clauses = [c for c in token.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ != "PUNCT"]
    main: list[Token] = []
    if any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS for c in token.children):
        # "After X announced the end of ..., the Taliban embarked ...": the
        # clause after the comma is the sentence's main one, not the claim
        main = [c for c in clauses if c.i > token.i and any(
            t.text == "," for t in token.doc[token.i:c.left_edge.i])]
        clauses = [c for c in clauses if c not in main]
    if clauses:
        clause = max(clauses, key=lambda c: len(list(c.subtree)))
        return _clause_span(clause, token), None
    trailing = _trailing(token, lemma)
    if trailing is not None:
        return trailing
    that = _that_after(token)
    if that is not None:
        return that, None
    if lemma in CALL_PREPOSITIONS:
        for prep in token.children:
            if prep.dep_ in ("prep", "prt") and prep.lower_ in CALL_PREPOSITIONS[lemma]:
                objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
                if objects:
                    return _subtree_span(objects[0]), None
    if lemma in XCOMP_VERBS:
        for child in token.children:
            if child.dep_ == "xcomp" and child.i > token.i:
                return _subtree_span(child), None
    if lemma in OBJECT_CONTENT_VERBS:
        objects = [c for c in token.children if c.dep_ == "dobj" and c.pos_ != "PRON"
                   and c.lemma_.lower() not in NOT_CLAIMS]
        if objects:
            rest = [t for c in token.children if c.i > token.i and c.dep_ in OBJECT_PARTS
                    and c not in main for t in c.subtree]
            return _offsets(_strip_tokens(rest or list(objects[0].subtree))), None
    if lemma in STANCE_VERBS:
        # "blasted him for not paying", "warned against hackers": what follows
        rest = [t for c in token.children if c.i > token.i and c.dep_ in OBJECT_PARTS
                and c not in main for t in c.subtree]
        rest = _strip_tokens(rest)
        if len(rest) >= STANCE_MIN_TOKENS:
            return _offsets(rest), None
    return None, None


def _trailing(token: Token, lemma: str) -> tuple[Offsets, Token | list[Token] | None] | None:
    """"<content>, <speaker> <verb> ...": the verb after the clause it reports.

    The parse often hangs such a verb off the content ("told" as a `conj`
    of "repelled") or makes it the root with the content before it.
    """
    if lemma not in TRAILING_VERBS:
        return None
    sent = token.sent
    comma = _comma_before(token)
    if comma is None or comma.i <= sent.start:
        return None
    subject = sorted((c for c in token.children if c.dep_ in SUBJECTS), key=lambda c: abs(c.i - token.i))
    window = [t for t in sent.doc[comma.i + 1:token.i]
              if t.dep_ not in ("advmod", "aux", "neg") and not t.is_punct]
    if subject:
        speaker: Token | list[Token] | None = None
        if subject[0].i > token.i:  # "..., said the minister"
            if window:
                return None
        elif not (comma.i < subject[0].i < token.i):
            return None
    else:
        if not window or any(t.pos_ in ("VERB", "AUX") for t in window):
            return None
        if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in window):
            return None
        speaker = window
    before = _strip_tokens([t for t in sent if t.i < comma.i])
    after = _strip_tokens([t for t in sent if t.i > token.i])
    if before and after and token.nbor(1).text == "," and _parenthetical(token, comma):
        # "Acts of protest, Mr. Obama said, are acts of patriotism": the claim
        # goes around the cue
        if any(t.pos_ in ("VERB", "AUX") for t in before + after):
            return (before[0].idx, after[-1].idx + len(after[-1])), speaker
        return None
    if len(before) < TRAILING_MIN_TOKENS or not any(t.pos_ in ("VERB", "AUX") for t in before):
        return None  # "Still, the Times reported ...", "In one tweet, Trump said: ..."
    return (before[0].idx, before[-1].idx + len(before[-1])), speaker


def _parenthetical(token: Token, comma: Token) -> bool:
    """"Acts of protest, Mr. Obama said, are ...", not '"A," he said, "B"' nor
    "..., he said, adding that ...": no quotation mark or participle around."""
    doc = token.doc
    left = doc[comma.i - 1] if comma.i else comma
    right = doc[token.i + 2] if token.i + 2 < len(doc) else None
    if left.text in QUOTE_CHARS or comma.nbor(1).text in QUOTE_CHARS:
        return False
    return right is not None and right.text not in QUOTE_CHARS and right.tag_ != "VBG"


def _that_after(token: Token) -> Offsets | None:
    """"reported at the time that ...": a that-clause the parse hung elsewhere."""
    sent = token.sent
    for t in sent.doc[token.i + 1:min(token.i + 7, sent.end)]:
        if t.lower_ == "that" and t.dep_ in ("mark", "advmod", "nsubj", "dobj"):
            rest = _strip_tokens(list(sent.doc[t.i:sent.end]))
            return _offsets(rest) if len(rest) > 3 else None
        if t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":"):
            return None
    return None


def quoted_as(token: Token) -> Token | None:
    """The verb "quote" of "Interfax quoted a source as saying", if any."""
    head = token.head
    if token.dep_ == "pcomp" and head.lower_ == "as" and head.head.lemma_.lower() == "quote":
        return head.head
    return None


def _subject(token: Token) -> Token | None:
    """The subject of a reporting verb, taken from its head along a chain.

    "Interfax quoted a source as saying": the source. "The army said the
    town was shelled, adding ...": the participle hangs on the content in
    the parse, but its subject is the outer speaker's.
    """
    quoting = quoted_as(token)
    if quoting is not None:
        objects = [c for c in quoting.children if c.dep_ == "dobj"]
        if objects:
            return objects[0]
    if token.tag_ == "VBG" and token.dep_ in ("advcl", "conj", "xcomp"):
        for ancestor in token.ancestors:
            if ancestor.dep_ == "ccomp" and ancestor.head.lemma_.lower() in SPEECH_VERBS:
                return _subject(ancestor.head)
    current = token
    for _ in range(4):
        subjects = [c for c in current.children if c.dep_ in SUBJECTS and c.dep_ != "expl"]
        if subjects:  # the nearest: '"It will," said Acton' has two
            return min(subjects, key=lambda c: abs(c.i - current.i))
        if current.dep_ not in INHERITS_SUBJECT or current.head is current:
            return None
        current = current.head
        if current.dep_ == "prep" and current.head is not current:  # "by telling them"
            current = current.head
    return None


def _recipient(token: Token) -> int | None:
    """Whom the claim was told to: "told TASS", "said in an interview with CNN"."""
    for child in token.children:
        if child.dep_ in ("dobj", "dative", "iobj") and child.pos_ in ("PROPN", "NOUN"):
            return child.i
        if child.dep_ in ("prep", "dative") and child.lower_ in ("to", "with"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0].i
    return None


def _cue_span(token: Token) -> Offsets:
    """The cue verb with the auxiliaries just before it and its particle."""
    start, end = token, token
    for child in token.children:
        if child.dep_ in ("aux", "neg") and child.i == start.i - 1:
            start = child
        if child.dep_ == "prt" and child.i == token.i + 1:
            end = child
    return start.idx, end.idx + len(end)


def _is_passive(token: Token) -> bool:
    """"X is said to ...", "was reported": no speaker to find."""
    return any(c.dep_ == "auxpass" for c in token.children) and not any(
        c.dep_ == "agent" for c in token.children)


def _clause_span(clause: Token, cue: Token) -> Offsets:
    """A complement clause without the cue's own part (when it comes first),
    ending before a trailing ", adding that ..." (a claim of its own)."""
    tokens = [t for t in clause.subtree if not (t.i == cue.i or t.is_ancestor(cue))]
    for t in tokens:
        if t.tag_ == "VBG" and t.i > clause.i and t.lemma_.lower() in PARTICIPLE_CUES \
                and t.i and t.doc[t.i - 1].text == ",":
            tokens = [u for u in tokens if u.i < t.i - 1]
            break
    return _offsets(_strip_tokens(tokens))


def _subtree_span(token: Token) -> Offsets:
    return _offsets(_strip_tokens(list(token.subtree)))


def _span_of(speaker: Token | list[Token], stop_at: tuple[int, Offsets] | None = None) -> Offsets | None:
    """The speaker's words: the subject's subtree, or the trailing words."""
    tokens = speaker if isinstance(speaker, list) else list(speaker.subtree)
    if stop_at is not None:
        cue, content = stop_at
        tokens = [t for t in tokens if t.i != cue and not (content[0] <= t.idx < content[1])]
    tokens = _strip_tokens(tokens)
    return _offsets(tokens) if tokens else None


def _head_of(speaker: Token | list[Token]) -> Token:
    if not isinstance(speaker, list):
        return speaker
    inside = {t.i for t in speaker}
    return next((t for t in speaker if t.head.i not in inside or t.head is t), speaker[0])


def _comma_before(token: Token) -> Token | None:
    """The last comma or colon before a token in its sentence, or the "?" or
    "!" that ends a quotation before it ('"Why now?" he asked.')."""
    doc = token.doc
    for t in reversed(doc[token.sent.start:token.i]):
        if t.text in (",", ":"):
            return t
        if t.text in ("?", "!") and t.i + 1 < token.i and doc[t.i + 1].text in QUOTE_CHARS:
            return t
    return None


def _strip_tokens(tokens: list[Token]) -> list[Token]:
    """Drop punctuation, quotation marks and joining words at both ends."""
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and (tokens[0].is_punct or tokens[0].is_space or tokens[0].dep_ in ("cc",)):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]
    return tokens


def _offsets(tokens: list[Token]) -> Offsets:
    if not tokens:
        return (0, 0)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _overlaps(a: Offsets, b: Offsets) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])
