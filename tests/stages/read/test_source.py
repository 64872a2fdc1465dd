"""Decoding and bad-input checks (stages/read/source.py)."""

from pathlib import Path

import pytest

from eventwire.errors import EventwireError
from eventwire.stages.read.source import decode, read_bytes


def test_utf8_with_bom():
    text, warnings = decode("\ufeffKABUL - Talks began.".encode(), "a.txt")
    assert text == "KABUL - Talks began." and warnings == []


def test_latin1_is_decoded_with_a_warning():
    data = "Le ministre a déclaré à Bogotá que la réunion aura lieu.".encode("latin-1")
    text, warnings = decode(data, "a.txt")
    assert "déclaré" in text and "Bogotá" in text
    assert warnings and warnings[0].startswith("W005")


@pytest.mark.parametrize("data", [b"", b"   \n\t  \n"])
def test_empty(data):
    with pytest.raises(EventwireError, match="E002 a.txt is empty"):
        decode(data, "a.txt")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.7\n...", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (b"abc\x00def\x00" * 50, "NUL"),
        (bytes(range(1, 32)) * 20, "control bytes"),
    ],
)
def test_binary(data, reason):
    with pytest.raises(EventwireError, match=f"E003 x.bin looks binary.*{reason}"):
        decode(data, "x.bin")


def test_utf16_with_bom_is_text():
    text, _ = decode("KABUL - Talks began on Monday.".encode("utf-16"), "a.txt")
    assert text == "KABUL - Talks began on Monday."


def test_too_large(tmp_path: Path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 101)
    with pytest.raises(EventwireError, match="E004 .*big.txt is too large: 101 bytes, the limit is 100"):
        read_bytes(path, str(path), limit=100)


def test_missing_file(tmp_path: Path):
    with pytest.raises(EventwireError, match="E012 .*nope.txt: no such file"):
        read_bytes(tmp_path / "nope.txt", str(tmp_path / "nope.txt"), limit=100)
