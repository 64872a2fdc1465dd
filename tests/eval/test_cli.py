"""`eventwire eval` through click's CliRunner, with a fake pipeline."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.eval import cli
from eventwire.eval.cli import eval_command


@pytest.fixture
def data_dir(tmp_path: Path, fixtures: Path) -> Path:
    """A data directory laid out like ../shared/data, holding three fixture sets."""
    root = tmp_path / "data"
    (root / "acled_2016_dev").mkdir(parents=True)
    shutil.copy(fixtures / "acled_2016.csv", root / "acled_2016_dev" / "acled.csv")
    shutil.copytree(fixtures / "case2021", root / "case2021_task2")
    (root / "geo").mkdir()
    shutil.copy(fixtures / "lgl.xml", root / "geo" / "lgl.xml")
    return root


def invoke(args: list[str], pipeline=None):
    """Run the command with a pipeline handed in as ctx.obj."""
    return CliRunner().invoke(eval_command, args, obj={"eventwire": pipeline} if pipeline else None)


def test_one_dataset_with_json(tmp_path: Path, fixtures: Path, fake_pipeline) -> None:
    out = tmp_path / "report.json"
    result = invoke(["case2021", str(fixtures / "case2021"), "--json", str(out)], fake_pipeline({"events", "events.acled"}))
    assert result.exit_code == 0, result.output
    (report,) = json.loads(out.read_text(encoding="utf-8"))
    assert report["dataset"] == "case2021" and report["n_documents"] == 3
    assert report["fields"][0]["status"] == "measured"
    assert "| sub_event_type | weighted F1 | 0.000 |" in result.output


def test_all_writes_the_accuracy_page(tmp_path: Path, data_dir: Path, fake_pipeline) -> None:
    page = tmp_path / "docs" / "accuracy.md"
    args = ["all", "--data-dir", str(data_dir), "--write-docs", "--docs-file", str(page), "--limit", "2"]
    result = invoke(args, fake_pipeline({"article"}))
    assert result.exit_code == 0, result.output
    text = page.read_text(encoding="utf-8")
    assert date.today().isoformat() in text
    assert "## acled: `acled_2016_dev/acled.csv`" in text and "## geo: `geo/lgl.xml`" in text
    assert "2 documents" in text  # --limit
    assert "not yet measured (needs events, events.acled)" in text
    assert "0.000" not in text  # nothing measured, so no number at all
    assert "skipped plover" in result.output  # sets absent from the data directory are named


def test_all_without_data_skips_cleanly(tmp_path: Path, fake_pipeline) -> None:
    page = tmp_path / "accuracy.md"
    args = ["all", "--data-dir", str(tmp_path / "absent"), "--write-docs", "--docs-file", str(page)]
    result = invoke(args, fake_pipeline())
    assert result.exit_code == 0
    assert "skipped: no gold data" in result.output
    assert not page.exists()


def test_dataset_without_path_uses_the_dev_files(data_dir: Path, fake_pipeline) -> None:
    result = invoke(["geo", "--data-dir", str(data_dir)], fake_pipeline({"places"}))
    assert result.exit_code == 0, result.output
    assert "## geo: `geo/lgl.xml`" in result.output


def test_bad_usage(tmp_path: Path, fake_pipeline) -> None:
    assert invoke(["nosuchset", "x"], fake_pipeline()).exit_code == 2
    result = invoke(["acled", str(tmp_path / "missing.csv")], fake_pipeline())
    assert result.exit_code == 2 and "does not exist" in result.output


def test_missing_pipeline_is_a_clear_error(fixtures: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def unavailable(config=None):
        raise ImportError("No module named 'eventwire.core'")

    monkeypatch.setattr(cli, "default_pipeline", unavailable)
    result = invoke(["acled", str(fixtures / "acled_2016.csv")])
    assert result.exit_code == 1
    assert "pipeline is not available" in result.output


def test_all_with_a_path_reads_that_data_directory(data_dir: Path, fake_pipeline) -> None:
    result = invoke(["all", str(data_dir)], fake_pipeline())
    assert result.exit_code == 0, result.output
    assert "## case2021: `case2021_task2`" in result.output


def test_attached_to_the_main_group_it_builds_the_configured_pipeline(fixtures: Path) -> None:
    from eventwire.cli import cli as main

    result = CliRunner().invoke(main, ["eval", "case2021", str(fixtures / "case2021")])
    assert result.exit_code == 0, result.output
    assert "3 documents, 0 rejected" in result.output
