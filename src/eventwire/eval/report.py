"""The evaluation report: what `eventwire eval` measured, as typed records.

These are what `--json` writes and what `render_markdown` reads. A field
whose pipeline stage does not exist yet has status "not yet measured" and
names the missing pipeline fields; it never shows a score of 0.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

FieldStatus = Literal["measured", "not yet measured", "no gold"]


class _Record(BaseModel):
    """Base of report records: unknown fields are errors."""

    model_config = ConfigDict(extra="forbid")


class Metric(_Record):
    """One number, its 95% bootstrap interval and what it was computed over."""

    name: str
    value: float | None
    ci_low: float | None = None
    ci_high: float | None = None
    n: int = Field(ge=0, description="documents scored (the bootstrap unit)")
    support: int | None = Field(default=None, description="gold units scored, when not documents")


class FieldResult(_Record):
    """How well one output field matches one gold set."""

    field: str
    status: FieldStatus
    description: str = ""
    requires: list[str] = Field(default_factory=list)
    missing: list[str] = Field(default_factory=list)
    metrics: list[Metric] = Field(default_factory=list)
    details: dict[str, Any] | None = None  # e.g. a confusion matrix


class EvalReport(_Record):
    """The evaluation of the pipeline on one gold set."""

    dataset: str
    path: str
    n_documents: int
    n_errors: int = 0  # inputs the pipeline rejected; scored as empty output
    error_codes: dict[str, int] = Field(default_factory=dict)  # rejections by code (E010...)
    n_text_changed: int = 0  # outputs whose article.text differs from the input
    provides: list[str] = Field(default_factory=list)
    fields: list[FieldResult] = Field(default_factory=list)
    status: FieldStatus = "not yet measured"  # "measured" when any field was
    runtime_s: float = 0.0
    pipeline_s: float = 0.0
