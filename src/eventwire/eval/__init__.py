"""The evaluation harness behind `eventwire eval`.

Loaders (`datasets/`) read the gold sets into typed records (`gold.py`);
scorers (`scorers.py`) compare them with the pipeline's output using
`metrics.py`; `runner.py` runs and reports; `cli.py` is the command.
"""

from __future__ import annotations

from eventwire.eval.report import EvalReport, FieldResult, Metric
from eventwire.eval.runner import DEV_SETS, render_markdown, run_eval

__all__ = ["DEV_SETS", "EvalReport", "FieldResult", "Metric", "render_markdown", "run_eval"]
