"""What the event page shows: highlight spans and the claim chain.

Pure functions from contract records (an `Extraction` and one of its
`Event`s) to JSON-ready dicts. The browser only cuts the article text at the
offsets given here; it never interprets the text.
"""

from __future__ import annotations

from typing import Any

from ..model import Event, Extraction, Span


def highlights(record: Extraction, event: Event) -> list[dict[str, Any]]:
    """The spans of `record.article.text` that back `event`.

    Kinds: `evidence` (the sentence), `trigger`, `source`/`target` (actors),
    `place`, `date` (the date's words, looked for in the evidence sentence
    first), `quote` and `speaker` (of the attributed quote). Spans whose
    offsets do not match the text are left out rather than shown wrongly.

    Returns:
        `[{"kind", "start", "end", "label"}]`, widest first so the browser
        nests narrower spans inside.
    """
    text = record.article.text
    found = [span_dict("evidence", event.evidence.start, event.evidence.end, text, event.evidence.text,
                       f"evidence (sentence {event.evidence.sentence + 1})"),
             span_dict("trigger", event.trigger.start, event.trigger.end, text, event.trigger.text,
                       f"trigger: {event.type}")]
    for actor in event.actors:
        label = f"{actor.role} actor: {actor.name or actor.text}"
        found.append(span_dict(actor.role, actor.start, actor.end, text, actor.text, label))
    if event.location is not None:
        place = event.location
        label = "place: " + ", ".join(v for v in (place.name or place.text, place.admin1, place.country) if v)
        found.append(span_dict("place", place.start, place.end, text, place.text, label))
    if event.date is not None and event.date.text:
        found.append(date_span(text, event, event.date.text))
    found += quote_spans(record, event)
    spans = [span for span in found if span is not None]
    return sorted(spans, key=lambda span: (span["start"], -(span["end"] - span["start"])))


def span_dict(kind: str, start: int, end: int, text: str, expected: str, label: str) -> dict[str, Any] | None:
    """A highlight, or None when the offsets do not point at `expected`."""
    if not (0 <= start < end <= len(text)) or text[start:end] != expected:
        return None
    return {"kind": kind, "start": start, "end": end, "label": label}


def date_span(text: str, event: Event, words: str) -> dict[str, Any] | None:
    """Where the date's words are: in the evidence sentence, else anywhere."""
    label = f"date: {event.date.value} ({event.date.precision})"
    sentence = text[event.evidence.start:event.evidence.end]
    at = sentence.find(words)
    if at >= 0:
        start = event.evidence.start + at
        return span_dict("date", start, start + len(words), text, words, label)
    at = text.find(words)
    return span_dict("date", at, at + len(words), text, words, label) if at >= 0 else None


def quote_spans(record: Extraction, event: Event) -> list[dict[str, Any] | None]:
    """The attributed quote's content and speaker."""
    index = event.attribution.quote
    if index is None or not 0 <= index < len(record.quotes):
        return []
    quote = record.quotes[index]
    text = record.article.text
    spans = [span_dict("quote", quote.content.start, quote.content.end, text, quote.content.text, "quote")]
    if quote.speaker is not None:
        speaker: Span = quote.speaker
        name = quote.speaker.name or ("anonymous source" if quote.speaker.anonymous else speaker.text)
        spans.append(span_dict("speaker", speaker.start, speaker.end, text, speaker.text, f"speaker: {name}"))
    return spans


def claim_chain(record: Extraction, event: Event) -> list[dict[str, Any]]:
    """Who says the event happened, from the first-hand claimant to the reader.

    The speaker (with the quote, when the claim is a quote), then the outlet
    the article cites (`via`), then the outlet that published the article.

    Returns:
        `[{"role": "speaker"|"via"|"publisher", "label", "name", "text"}]`.
    """
    attribution = event.attribution
    chain: list[dict[str, Any]] = []
    quote = None
    if attribution.quote is not None and 0 <= attribution.quote < len(record.quotes):
        quote = record.quotes[attribution.quote]
    if attribution.speaker or attribution.anonymous or quote is not None:
        name = attribution.speaker
        if name is None and quote is not None and quote.speaker is not None:
            name = quote.speaker.name or quote.speaker.text
        label = "claimed by an anonymous source" if attribution.anonymous else "claimed by"
        chain.append({"role": "speaker", "label": label, "name": name or "unnamed source",
                      "text": quote.content.text if quote is not None else None})
    if attribution.via:
        chain.append({"role": "via", "label": "as reported by", "name": attribution.via, "text": None})
    article = record.article
    published = f"published {article.published}" if article.published else "publication date unknown"
    chain.append({"role": "publisher", "label": f"in the article ({published})",
                  "name": article.source or "unknown outlet", "text": article.title})
    return chain
