"""The claim chain of each event: who claims it, and through which outlet.

An event whose trigger lies in a quote's content is claimed by that
quote's speaker; with quotes inside quotes ("X said Y reported that ...")
the innermost one wins, as its speaker is the one closest to the event.
An event outside every quote is told in the article's own voice: the
outlet is both claimant and channel.
"""

from __future__ import annotations

from ...model import Attribution, Event, Quote


def claimant(quotes: list[Quote], start: int, end: int) -> int | None:
    """The index of the innermost quote whose content holds a span.

    Args:
        quotes: the record's quotes.
        start: the span's start (an event trigger's).
        end: its end.

    Returns:
        The index into `quotes`, or None when no content holds the span.
    """
    holders = [
        i for i, q in enumerate(quotes)
        if q.content.start <= start and end <= q.content.end
    ]
    if not holders:
        return None
    return min(holders, key=lambda i: (quotes[i].content.end - quotes[i].content.start, -i))


def attribution_of(event: Event, quotes: list[Quote], outlet: str | None) -> Attribution:
    """Who claims one event.

    Args:
        event: the event, with its trigger span.
        quotes: the record's quotes.
        outlet: the article's outlet (agency or source), if known.

    Returns:
        The quote's speaker (its name, else the description of an
        anonymous source, else its words) and the outlet it came through;
        for an event in the article's own voice, the outlet itself.
    """
    index = claimant(quotes, event.trigger.start, event.trigger.end)
    if index is None:
        return Attribution(speaker=outlet, anonymous=False, quote=None, via=outlet)
    quote = quotes[index]
    speaker = quote.speaker
    if speaker is None:
        return Attribution(speaker=None, anonymous=False, quote=index, via=quote.via or outlet)
    name = speaker.name or speaker.description or speaker.text
    return Attribution(speaker=name, anonymous=speaker.anonymous, quote=index, via=quote.via or outlet)
