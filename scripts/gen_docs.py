"""Regenerate docs/cli.md from the commands' own --help (run `make docs`).

tests/test_docs.py fails while the file and the CLI disagree, so the
reference cannot drift.
"""

from __future__ import annotations

from pathlib import Path

import click
from click.testing import CliRunner

from eventwire.cli import cli

DOC = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


def help_text(*command: str) -> str:
    """The --help output of `eventwire COMMAND...`."""
    result = CliRunner().invoke(cli, [*command, "--help"], prog_name="eventwire", terminal_width=88)
    return result.output


def render() -> str:
    """The whole CLI reference page."""
    parts = ["# eventwire command line", "",
             "Generated from `--help` by `make docs`; do not edit by hand.", "",
             "## eventwire", "", "```", help_text().rstrip(), "```", ""]
    group: click.Group = cli
    for name in sorted(group.commands):
        parts += [f"## eventwire {name}", "", "```", help_text(name).rstrip(), "```", ""]
    return "\n".join(parts)


if __name__ == "__main__":
    DOC.write_text(render(), encoding="utf-8")
    print(f"wrote {DOC}")
