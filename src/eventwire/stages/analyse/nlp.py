"""Language analysis: one spaCy pipeline per process, run over batches.

The article text is parsed with its furniture blanked out (replaced by
spaces of the same length), so every token offset is an offset into
`article.text` and menu lines never leak into sentences. Each layout
section (headline, standfirst, dateline, paragraph) starts a new sentence,
which keeps datelines and headlines out of the lede's parse.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ...errors import Errors
from ...model import Entity, Extraction, InputError
from ...pipeline import PipelineError
from ...registry import stages

# Characters trimmed from the ends of an entity ("Parwan Province -").
EDGE_PUNCT = re.compile(r"^[\s\-–—,;:(\[\"'“”‘’]+|[\s\-–—,;:)\]\"'“”‘’]+$")
# Site furniture and bylines ("By HASSAN ABDI FARAH Associated Press",
# "Updated 10:15 AM UTC") hold no events; they are not parsed.
MASKED_KINDS = frozenset({"furniture", "byline"})


@Language.component("eventwire_wire_sentences")
def wire_sentences(doc: Doc) -> Doc:
    """Start a sentence at every layout section (set before the parser).

    The parser keeps boundaries that are already set, so a dateline or a
    headline never runs into the sentence after it.
    """
    starts = doc.user_data.get("eventwire_section_starts", ())
    for offset in starts:
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True
    keep_brackets_inside(doc)
    whole = doc.user_data.get("eventwire_unsplit", ())
    for start, end in whole:  # the dateline stays one sentence
        span = doc.char_span(start, end, alignment_mode="expand")
        for token in span[1:] if span is not None else ():
            token.is_sent_start = False
    return doc


OPENING = {"(": ")", "[": "]"}
# A bracket longer than this is not an aside; leave it to the parser.
MAX_BRACKET_TOKENS = 40


def keep_brackets_inside(doc: Doc) -> None:
    """An aside in brackets mid-sentence ("moving from Andarab [in the
    Baghlan Province], but ...") never starts or ends a sentence."""
    for token in doc:
        close = OPENING.get(token.text)
        if close is None or token.i == 0 or doc[token.i - 1].text in (".", "!", "?"):
            continue
        end = next((t.i for t in doc[token.i + 1:token.i + MAX_BRACKET_TOKENS] if t.text == close), None)
        if end is None:
            continue
        for inner in doc[token.i:end + 1]:
            if not inner.is_space:
                inner.is_sent_start = False


@lru_cache(maxsize=4)
def load_nlp(model: str, gazetteer: bool = True, headlines: bool = True) -> Language:
    """Load a spaCy pipeline by name, once per process.

    Args:
        model: an installed spaCy pipeline's name.
        gazetteer: correct and add place entities from the gazetteer.
        headlines: re-read verbless headline sentences ("Militia attack
            Tur") with the event verbs the trigger lexicon knows.

    Raises:
        PipelineError: the pipeline is not installed.
    """
    try:
        nlp = spacy.load(model)
    except OSError as error:
        message = Errors.E022.format(model=model)
        raise PipelineError(f"E022 {message}") from error
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("eventwire_wire_sentences", before="parser")
    if headlines and "parser" in nlp.pipe_names:
        add_headline_verbs(nlp)
    if gazetteer and "ner" in nlp.pipe_names:
        from . import entities  # noqa: F401 - registers the factory

        nlp.add_pipe("eventwire_gazetteer_ner", after="ner")
    return nlp


def add_headline_verbs(nlp: Language) -> None:
    """Add the headline-verb repair after the lemmatizer (or the parser)."""
    from ..events.lexicon import load_lexicon
    from . import headlines  # noqa: F401 - registers the factory

    lexicon = load_lexicon()
    verbs = sorted((set(lexicon.verbs) | lexicon.foiling_verbs) - lexicon.light_verbs)
    after = "lemmatizer" if "lemmatizer" in nlp.pipe_names else "parser"
    nlp.add_pipe("eventwire_headline_verbs", after=after, config={"verbs": verbs})


def masked_text(record: Extraction) -> str:
    """The article text with furniture blanked, same length and offsets."""
    text = record.article.text
    pieces, cursor = [], 0
    for section in record.article.sections:
        if section.kind in MASKED_KINDS:
            pieces += [text[cursor:section.start], " " * (section.end - section.start)]
            cursor = section.end
    pieces.append(text[cursor:])
    return "".join(pieces)


def section_starts(record: Extraction) -> list[int]:
    """Offsets where a sentence must start: each section and the story body."""
    starts = [s.start for s in record.article.sections if s.kind not in MASKED_KINDS]
    dateline = record.article.dateline
    if dateline is not None:
        starts.append(dateline.end)
    return sorted(set(starts))


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Character bounds of the non-blank sentences; their index is the
    `sentence` number events and actors refer to."""
    bounds = []
    for sent in doc.sents:
        start, end = trimmed(sent.text, sent.start_char, sent.end_char)
        if start < end:
            bounds.append((sent.start_char, sent.end_char))
    return bounds


def sentence_of(bounds: list[tuple[int, int]], offset: int) -> int:
    """Index of the sentence holding character `offset` (the nearest before)."""
    index = bisect_right(bounds, (offset, float("inf"))) - 1
    return max(index, 0)


def entities_of(doc: Doc) -> list[Entity]:
    """The contract's `entities`: each named entity with exact offsets."""
    found, text = [], doc.text  # spaCy joins every token again on each `doc.text`
    for ent in doc.ents:
        start, end = trimmed(ent.text, ent.start_char, ent.end_char)
        if start < end:
            found.append(Entity(text=text[start:end], start=start, end=end, label=ent.label_))
    return found


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of `text` without leading/trailing punctuation and spaces,
    and without an unclosed bracket ("Allied Democratic Forces (ADF")."""
    opened = text.rfind("(")
    if opened > 0 and ")" not in text[opened:]:
        text = text[:opened]
    head = EDGE_PUNCT.match(text)
    tail = EDGE_PUNCT.search(text)
    cut_start = head.end() if head else 0
    cut_end = tail.start() if tail and tail.start() >= cut_start else len(text)
    return start + cut_start, start + cut_end


class NlpStage:
    """Parses each article; sets `state["doc"]` and the contract's `entities`."""

    requires = ("article",)
    assigns = ("doc", "sentences", "entities")

    def __init__(self, name: str, *, model: str, gazetteer: bool = True, headlines: bool = True,
                 batch_size: int = 16, n_process: int = 1) -> None:
        self.name = name
        self.nlp = load_nlp(model, gazetteer, headlines)
        self.batch_size = batch_size
        self.n_process = n_process

    def __call__(self, batch: list[Extraction]) -> list[Extraction | InputError]:
        docs = self.nlp.pipe(
            (self.make_doc(record) for record in batch),
            batch_size=self.batch_size, n_process=self.n_process,
        )
        for record, doc in zip(batch, docs):
            self.set_annotations(record, doc)
        return list(batch)

    def make_doc(self, record: Extraction) -> Doc:
        """Tokenise the masked text; note where sentences must start."""
        doc = self.nlp.make_doc(masked_text(record))
        doc.user_data["eventwire_section_starts"] = section_starts(record)
        dateline = record.article.dateline
        if dateline is not None:
            doc.user_data["eventwire_unsplit"] = [(dateline.start, dateline.end)]
        return doc

    def set_annotations(self, record: Extraction, doc: Doc) -> None:
        """Attach the parse, its sentences and its entities to the record."""
        record.state["doc"] = doc
        record.state["sentences"] = sentence_bounds(doc)
        record.entities = entities_of(doc)


@stages.register("eventwire.nlp.v1")
def make_nlp_stage(name: str, **settings: Any) -> NlpStage:
    """Factory for the language-analysis stage (`[stages.<name>]` settings)."""
    return NlpStage(name, **settings)
