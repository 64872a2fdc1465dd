"""Raw input: size limits, binary detection and decoding to text.

Every check raises `EventwireError` naming the input, so one bad file is
reported and skipped while the rest of the batch goes on.
"""

from __future__ import annotations

from pathlib import Path

from charset_normalizer import from_bytes

from ...errors import EventwireError, Warnings

# File signatures of common binary formats, for a clearer message.
MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
)
TEXT_CONTROLS = {9, 10, 12, 13, 27}
SNIFF_BYTES = 8192
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def read_bytes(path: Path, name: str, limit: int) -> bytes:
    """Read a whole file, refusing one larger than `limit` bytes."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise EventwireError("E004", name, size=size, limit=limit)
        return path.read_bytes()
    except FileNotFoundError as error:
        raise EventwireError("E012", name) from error
    except OSError as error:
        raise EventwireError("E001", name, reason=error.strerror or str(error)) from error


def check_size(data: bytes, name: str, limit: int) -> None:
    """Refuse data larger than `limit` bytes."""
    if len(data) > limit:
        raise EventwireError("E004", name, size=len(data), limit=limit)


def decode(data: bytes, name: str) -> tuple[str, list[str]]:
    """Decode bytes to text: UTF-8 first, else the most likely encoding.

    Returns:
        The text and warnings (W005 when it was not UTF-8).

    Raises:
        EventwireError: the data is empty (E002), binary (E003) or cannot be
            decoded (E005).
    """
    if not data.strip():
        raise EventwireError("E002", name)
    if data.startswith(UTF16_BOMS):
        return decode_utf16(data, name), [Warnings.W005.format(encoding="utf-16")]
    binary = binary_kind(data)
    if binary:
        raise EventwireError("E003", name, reason=binary)
    try:
        text = data.decode("utf-8-sig")
        warnings: list[str] = []
    except UnicodeDecodeError:
        text, encoding = guess_decode(data, name)
        warnings = [Warnings.W005.format(encoding=encoding)]
    if not text.strip():
        raise EventwireError("E002", name)
    return text, warnings


def check_text(text: str, name: str) -> None:
    """Refuse text given as a string (JSONL, API) that is empty or binary."""
    if not text.strip():
        raise EventwireError("E002", name)
    binary = binary_kind(text[:SNIFF_BYTES].encode("utf-8", "replace"))
    if binary:
        raise EventwireError("E003", name, reason=binary)


def binary_kind(data: bytes) -> str | None:
    """Describe why `data` looks binary, or None when it looks like text."""
    for magic, kind in MAGIC:
        if data.startswith(magic):
            return kind
    head = data[:SNIFF_BYTES]
    if b"\x00" in head:
        return "it contains NUL bytes"
    controls = sum(1 for byte in head if byte < 32 and byte not in TEXT_CONTROLS)
    if controls > len(head) * 0.05:
        return f"{controls} control bytes in its first {len(head)}"
    return None


def decode_utf16(data: bytes, name: str) -> str:
    """Decode text that starts with a UTF-16 byte-order mark."""
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError as error:
        raise EventwireError("E005", name, reason=str(error)) from error
    if not text.strip():
        raise EventwireError("E002", name)
    return text


def as_western(data: bytes) -> str | None:
    """`data` as Windows-1252 when that reads as mostly-ASCII Latin text."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [char for char in text if char.isalpha()]
    accented = sum(1 for char in letters if not char.isascii())
    return text if accented <= 0.3 * len(letters) else None


def guess_decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode non-UTF-8 bytes with the most likely legacy encoding.

    Statistical detection is unreliable on English text with a handful of
    accented names (it picks Central European code pages and turns "Nariño"
    into "Narińo"), so Windows-1252, by far the commonest legacy encoding of
    English news, is tried first and kept when the result reads as a Latin
    script: accented letters are a minority of its letters.
    """
    western = as_western(data)
    if western is not None:
        return western, "cp1252"
    match = from_bytes(data).best()
    if match is None or match.encoding is None:
        raise EventwireError("E005", name, reason="neither UTF-8 nor a known encoding")
    return str(match), match.encoding
