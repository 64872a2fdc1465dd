"""Pipeline building, order checks and failure isolation (pipeline.py)."""

import pytest

from eventwire.config import load_config
from eventwire.model import Article, Extraction, InputError
from eventwire.pipeline import Pipeline, PipelineError
from eventwire.registry import stages


class Upper:
    """Test stage: upper-cases titles; raises on a title of 'boom'."""

    requires = ("article",)
    assigns = ("article.title",)

    def __init__(self, name: str, fail_on: str = "boom") -> None:
        self.name = name
        self.fail_on = fail_on
        self.calls = 0

    def __call__(self, batch):
        self.calls += 1
        for record in batch:
            if record.article.title == self.fail_on:
                raise RuntimeError("kaput")
            record.article.title = (record.article.title or "").upper()
        return batch


class NeedsEvents:
    requires = ("events",)
    assigns = ("events.date",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, batch):
        return batch


stages.register("test.upper.v1")(Upper)
stages.register("test.needs_events.v1")(NeedsEvents)


def config(*names: str):
    table = {name: {"factory": f"test.{name}.v1"} for name in names}
    return load_config(overrides={"pipeline": {"stages": list(names), "batch_size": 3},
                                  "stages": table})


def record(title: str) -> Extraction:
    item = Extraction(article=Article(id=title, title=title, text=f"{title} text"))
    item.state["input"] = f"{title}.txt"
    return item


def test_stages_run_in_batches_in_order():
    pipeline = Pipeline.from_config(config("upper"))
    out = list(pipeline.run(record(t) for t in "abcdefg"))
    assert [o.article.title for o in out] == list("ABCDEFG")
    assert pipeline.stages[0].calls == 3  # 3 + 3 + 1


def test_failure_is_isolated_to_its_record():
    pipeline = Pipeline.from_config(config("upper"))
    out = list(pipeline.run([record("a"), record("boom"), record("c")]))
    assert [o.article.title for o in (out[0], out[2])] == ["A", "C"]
    assert isinstance(out[1], InputError)
    assert out[1].code == "E011" and out[1].input == "boom.txt"
    assert "stage upper failed: RuntimeError: kaput" in out[1].error


def test_errors_pass_through_untouched():
    error = InputError(error="E002 x is empty", code="E002", input="x")
    out = list(Pipeline.from_config(config("upper")).run([error, record("a")]))
    assert out[0] is error and out[1].article.title == "A"


def test_unmet_requirement_fails_at_build_time():
    with pytest.raises(PipelineError, match="E020 .*needs_events requires 'events'"):
        Pipeline.from_config(config("needs_events"))


def test_unknown_stage_fails_at_build_time():
    overrides = {"pipeline": {"stages": ["nope"]}, "stages": {"nope": {"factory": "no.such.v1"}}}
    with pytest.raises(PipelineError, match="E021 unknown stage 'no.such.v1'"):
        Pipeline.from_config(load_config(overrides=overrides))


def test_provides_collects_assigns():
    assert Pipeline.from_config(config("upper")).provides == {"article", "article.title"}


def test_worker_processes_give_the_same_results_in_order():
    pipeline = Pipeline.from_config(config("upper"))
    items = [record(t) for t in "abcdefgh"] + [record("boom")]
    out = list(pipeline.run(items, workers=2))
    assert [o.article.title for o in out[:8]] == list("ABCDEFGH")
    assert isinstance(out[8], InputError) and out[8].input == "boom.txt"
