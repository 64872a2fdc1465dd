"""Component catalogues (registry.py)."""

import pytest

from eventwire.registry import Registry, RegistryError


def test_register_and_get():
    registry = Registry("widget")

    @registry.register("test.widget.v1")
    def make():
        return "made"

    assert registry.get("test.widget.v1") is make
    assert registry.names() == ["test.widget.v1"]


def test_unknown_name_lists_known_ones():
    registry = Registry("widget")
    registry.register("test.a.v1")(lambda: None)
    with pytest.raises(RegistryError, match=r"E021 unknown widget 'test.b.v1'; registered: test.a.v1"):
        registry.get("test.b.v1")


def test_builtins_are_registered():
    from eventwire import core  # noqa: F401 - registers the built-ins
    from eventwire.registry import exporters, readers, stages

    assert {"eventwire.jsonl.v1", "eventwire.json.v1"} <= set(exporters.names())
    assert "eventwire.language.v1" in stages.names()
    assert {"eventwire.read.text.v1", "eventwire.read.html.v1", "eventwire.read.jsonl.v1",
            "eventwire.read.feed.v1"} <= set(readers.names())
