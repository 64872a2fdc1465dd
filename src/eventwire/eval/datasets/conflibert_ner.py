"""ConfliBERT's CAMEO actor tagging set: CoNLL `token TAG` lines.

One token and its tag per line, a blank line between sentences. Tags are
BIO over three roles: S (source), T (target), R (recipient); O is outside.
The file holds no sentence text, so each sentence's text is rebuilt by
joining its tokens with single spaces ("Thailand 's King ."), and every
gold offset refers to that rebuilt text; the pipeline is fed the same text.

Spans are read as conlleval reads them: B-X opens a span, I-X continues an
open X span and otherwise opens a new one, O closes. The file nests a few
target spans inside source spans ("The/B-S US/B-T President/I-S"); flat
BIO cannot say that, and conlleval's reading splits the source in two.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from eventwire.eval.datasets.registry import register_dataset
from eventwire.eval.gold import CameoNerGold, GoldRoleSpan

OUTSIDE = "O"
DOCSTART = "-DOCSTART-"


@register_dataset(
    "conflibert_ner",
    description="tokenised sentences with CAMEO source (S), target (T) and recipient (R) "
    "actor spans; text is the tokens joined by single spaces",
    citation="Hu et al., \"ConfliBERT: A Pre-trained Language Model for Political Conflict and "
    "Violence\" (NAACL 2022), eventdata/ConfliBERT",
)
def load_conflibert_ner(path: Path) -> Iterator[CameoNerGold]:
    """Read a ConfliBERT CoNLL actor-tagging file.

    Args:
        path: the CoNLL file.

    Returns:
        An iterator of sentences, ids `<file stem>-<n>` with n counted
        from 1 in file order.

    Raises:
        ValueError: for a line that is not `token TAG`, or a tag that is not
            O, B-X or I-X.
    """
    with open(path, encoding="utf-8") as handle:
        for number, tokens in enumerate(_sentences(handle, path), 1):
            yield sentence_gold(f"{path.stem}-{number}", tokens)


def _sentences(lines: Iterable[str], path: Path) -> Iterator[list[tuple[str, str]]]:
    """Group `token TAG` lines into sentences at blank lines."""
    sentence: list[tuple[str, str]] = []
    for number, line in enumerate(lines, 1):
        fields = line.split()
        if not fields:
            if sentence:
                yield sentence
            sentence = []
            continue
        if fields[0] == DOCSTART:
            continue
        if len(fields) < 2:
            raise ValueError(f"{path}:{number}: expected 'token TAG', got {line.strip()!r}")
        # CoNLL files may carry extra columns (POS, chunk): the token is first, the tag last.
        sentence.append((fields[0], _check_tag(fields[-1], path, number)))
    if sentence:
        yield sentence


def _check_tag(tag: str, path: Path, number: int) -> str:
    """The tag itself, once it is known to be O, B-X or I-X."""
    if tag == OUTSIDE or (tag[:2] in ("B-", "I-") and len(tag) > 2):
        return tag
    raise ValueError(f"{path}:{number}: unknown tag {tag!r}")


def sentence_gold(id: str, tokens: list[tuple[str, str]]) -> CameoNerGold:
    """Build the gold record of one tagged sentence.

    Args:
        id: the sentence id.
        tokens: (token, tag) pairs in order.

    Returns:
        The sentence: text is the tokens joined by single spaces, actors the
        tagged spans with offsets into that text.
    """
    starts, position = [], 0
    for token, _ in tokens:
        starts.append(position)
        position += len(token) + 1
    text = " ".join(token for token, _ in tokens)
    actors = tuple(
        GoldRoleSpan(
            start=starts[first],
            end=starts[last - 1] + len(tokens[last - 1][0]),
            text=" ".join(token for token, _ in tokens[first:last]),
            label=label,
        )
        for label, first, last in bio_spans([tag for _, tag in tokens])
    )
    return CameoNerGold(id=id, text=text, actors=actors)


def bio_spans(tags: list[str]) -> list[tuple[str, int, int]]:
    """Read BIO tags into spans, as conlleval does.

    Args:
        tags: one tag per token (O, B-X, I-X).

    Returns:
        (label, first token, end token exclusive) per span, in order. An
        I-X that does not continue an X span opens a new one.
    """
    spans: list[tuple[str, int, int]] = []
    open_label: str | None = None
    for i, tag in enumerate(tags):
        if tag == OUTSIDE:
            open_label = None
            continue
        prefix, label = tag[0], tag[2:]
        if prefix == "I" and label == open_label:
            spans[-1] = (label, spans[-1][1], i + 1)
        else:
            spans.append((label, i, i + 1))
            open_label = label
    return spans
