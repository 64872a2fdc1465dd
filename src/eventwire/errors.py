"""Coded errors and warnings. Messages are searchable by their code."""

from __future__ import annotations


class Errors:
    """Error messages; format with keyword arguments."""

    E001 = "cannot read {input}: {reason}"
    E002 = "{input} is empty: there is no article text"
    E003 = "{input} looks binary (not text): {reason}"
    E004 = "{input} is too large: {size} bytes, the limit is {limit}"
    E005 = "{input}: cannot decode the text ({reason})"
    E006 = "{input}: invalid JSON on this line ({reason})"
    E007 = "{input}: a JSONL line must be an object with a string 'text' ({reason})"
    E008 = "{input}: no article text could be extracted from the HTML"
    E009 = "{input}: not a readable RSS/Atom feed ({reason})"
    E010 = "{input}: unsupported language {lang!r}; eventwire reads English"
    E011 = "{input}: stage {stage} failed: {reason}"
    E012 = "{input}: no such file or directory"
    E013 = "{input}: bad 'published' value {value!r}: expected YYYY-MM-DD"
    E022 = (
        "spaCy pipeline {model!r} is not installed; install it with pip (for "
        "the official ones: pip install {model}) or name another with "
        "[stages.nlp] model"
    )
    E020 = "pipeline: stage {stage} requires {requirement!r}, which no earlier stage assigns"
    E021 = "unknown {kind} {name!r}; registered: {known}"
    # The store (E100-E119).
    E100 = "cannot open or migrate the database {url}: {reason}"
    E101 = "no database at {path}: run `eventwire ingest` first, or name one with --db"
    E102 = "{input}: cannot be retried: {reason}"
    E103 = "bad bounding box {value!r}: expected WEST,SOUTH,EAST,NORTH in degrees"
    # Web API (eventwire serve): E120-E139.
    E120 = (
        "writing is disabled: no API token is configured; set the "
        "EVENTWIRE_TOKEN environment variable or [serve] token"
    )
    E121 = "missing or wrong API token: send 'Authorization: Bearer <token>'"
    E122 = "request body too large: the limit is {limit} bytes"
    E123 = "malformed JSON: {reason}"
    E124 = "unsupported content type {type!r}; send text/plain, text/html or application/json"
    E125 = "no {kind} with id {id!r}"
    E126 = "bad request: {reason}"
    E127 = "{input}: the article could not be processed: {reason}"


class Warnings:
    """Warning messages, written into an extraction's `warnings`."""

    W001 = (
        "W001 published date {date} inferred: the dateline gives {dateline!r} "
        "with no year; {year} is the latest year not after {today} in which "
        "it falls on a {weekday}, the weekday the text ties to it ({tie!r})"
    )
    W002 = (
        "W002 published date {date} inferred: the dateline gives {dateline!r} "
        "with no year and no weekday ties it to one; took the latest year "
        "not after {today}"
    )
    W003 = (
        "W003 the dateline date {dateline!r} disagrees with the published "
        "date {published}; kept the published date"
    )
    W004 = "W004 no publication date: relative dates cannot be resolved"
    W005 = "W005 text was decoded as {encoding}, not UTF-8"
    W006 = (
        "W006 published date {date} inferred: no year in the {span} years "
        "before {today} puts {dateline!r} on a {weekday}, the weekday the text "
        "ties to it; took the latest year not after {today}"
    )
    W007 = "W007 too little text ({words} words) to tell its language; assumed English"
    W200 = (
        "W200 no publication date: {count} event(s) with no date expression "
        "of their own were left undated"
    )


class EventwireError(Exception):
    """An error about one input; the batch goes on without it."""

    def __init__(self, code: str, input: str, **fields: object) -> None:
        self.code = code
        self.input = input
        message = getattr(Errors, code).format(input=input, **fields)
        super().__init__(f"{code} {message}")

    @classmethod
    def from_item(cls, item: "InputError") -> EventwireError:  # noqa: F821
        """Rebuild the exception for an error record."""
        error = cls.__new__(cls)
        error.code, error.input = item.code, item.input
        Exception.__init__(error, item.error)
        return error
