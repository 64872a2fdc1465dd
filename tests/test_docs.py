"""Docs cannot drift: the CLI reference and the component lists are checked."""

import importlib.util
from pathlib import Path

from eventwire import core  # noqa: F401 - registers the built-ins
from eventwire.registry import exporters, readers, stages

DOCS = Path(__file__).resolve().parents[1] / "docs"
SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "gen_docs.py"


def test_cli_reference_is_current():
    spec = importlib.util.spec_from_file_location("gen_docs", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert (DOCS / "cli.md").read_text("utf-8") == module.render(), "run `make docs`"


def test_every_component_is_documented():
    text = (DOCS / "stages.md").read_text("utf-8")
    names = [name for name in readers.names() + stages.names() + exporters.names()
             if name.startswith("eventwire.")]  # tests register their own
    missing = [name for name in names if f"`{name}`" not in text]
    assert not missing, f"document these in docs/stages.md: {missing}"
