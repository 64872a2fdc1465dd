"""Write the shipped JSON Schema file from the data model.

Run `make schema` after changing `model.py`; a test fails while the shipped
file and the model disagree.
"""

from __future__ import annotations

import json
from pathlib import Path

from .model import json_schema

SCHEMA_PATH = Path(__file__).parent / "schema" / "extraction-v1.json"


def render() -> str:
    """The schema file's text."""
    return json.dumps(json_schema(), indent=2, sort_keys=True) + "\n"


def main() -> None:
    """Rewrite the shipped schema file."""
    SCHEMA_PATH.write_text(render(), encoding="utf-8")
    print(f"wrote {SCHEMA_PATH}")


if __name__ == "__main__":
    main()
