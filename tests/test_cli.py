"""The command line (cli.py), run in-process with click's runner."""

from __future__ import annotations

import json

from click.testing import CliRunner

from eventwire.cli import cli

STORY = ("ADDIS ABABA, March 4 (Reuters) - Ethiopian federal forces clashed with militia "
         "fighters near the town of Gondar on Tuesday, killing at least six people, a local "
         "official told Reuters.\n")


def run(*args: str, stdin: str | bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=stdin)


def test_extract_file_to_stdout(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(STORY)
    result = run("extract", str(path))
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.splitlines()
    record = json.loads(line)
    assert record["schema_version"] == "1"
    assert record["article"]["text"] == STORY
    assert record["article"]["source"] == "Reuters"


def test_extract_stdin_with_published_and_source():
    result = run("extract", "--published", "2025-03-04", "--source", "Example",
                 stdin="Militia fighters attacked a police station, officials said on Tuesday.")
    record = json.loads(result.stdout)
    assert record["article"]["published"] == "2025-03-04"
    assert record["article"]["source"] == "Example"


def test_failed_inputs_give_exit_1_and_the_rest_is_written(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(STORY)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run("extract", str(empty), str(good))
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0]["code"] == "E002" and "empty.txt is empty" in lines[0]["error"]
    assert lines[1]["article"]["text"] == STORY
    assert "empty.txt is empty" in result.stderr
    assert "1 of 2 inputs failed" in result.stderr


def test_json_format_is_an_array_without_errors(tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.txt").write_text("")
    result = run("extract", "--format", "json", str(tmp_path))
    assert result.exit_code == 1
    records = json.loads(result.stdout)
    assert len(records) == 1 and records[0]["article"]["text"] == STORY


def test_output_file(tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    out = tmp_path / "out" / "events.jsonl"
    result = run("extract", str(tmp_path / "a.txt"), "--output", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text())["article"]["text"] == STORY
    assert [p.name for p in out.parent.iterdir()] == ["events.jsonl"]  # no temp left


def test_bad_usage_exits_2():
    assert run("extract", "--format", "xml").exit_code == 2
    assert run("extract", "--published", "30/08/2021").exit_code == 2
    assert run("nonsense").exit_code == 2


def test_rerun_gives_identical_output(tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    first = run("extract", str(tmp_path)).stdout
    assert first == run("extract", str(tmp_path)).stdout


def test_schema_and_stages_commands():
    schema = json.loads(run("schema").stdout)
    assert "Extraction" in schema["$defs"]
    assert "language: requires article; assigns article.lang" in run("stages").stdout


def test_workers_give_the_same_output(tmp_path):
    for number in range(3):
        (tmp_path / f"{number}.txt").write_text(STORY.replace("six", str(number + 6)))
    single = run("extract", str(tmp_path)).stdout
    parallel = run("extract", "--workers", "2", str(tmp_path)).stdout
    assert single == parallel and len(single.splitlines()) == 3


def test_model_option_names_a_spacy_pipeline():
    result = run("extract", "--model", "xx_not_installed", stdin=STORY)
    assert result.exit_code == 2 and "E022" in result.output
