"""Settings of the web server: `[serve]` in the config, the token from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from typing import Any

from ..config import Config

TOKEN_VARIABLE = "EVENTWIRE_TOKEN"


@dataclass(frozen=True)
class ServeSettings:
    """Every knob of `eventwire serve` in one object.

    Args:
        host: interface to bind; loopback unless the user says otherwise.
        port: TCP port.
        token: bearer token that write endpoints require; None disables them.
        max_body_bytes: larger request bodies are refused with 413.
        page_size: default page length of list endpoints.
        max_page_size: the longest page a client may ask for.
        max_map_points: the most events one map request returns.
        tiles: an online tile URL template for the map (optional; the
            dashboard's base layer is the bundled country outlines).
        tiles_attribution: credit line shown with the tiles.
    """

    host: str = "127.0.0.1"
    port: int = 8000
    token: str | None = field(default=None, repr=False)
    max_body_bytes: int = 2_000_000
    page_size: int = 50
    max_page_size: int = 500
    max_map_points: int = 20_000
    tiles: str | None = None
    tiles_attribution: str | None = None

    @classmethod
    def from_config(cls, config: Config | None = None, environ: dict[str, str] | None = None,
                    **overrides: Any) -> ServeSettings:
        """Read `[serve]` from `config`, then the token from the environment.

        Args:
            config: settings with an optional `[serve]` table.
            environ: the environment (default: `os.environ`); its
                `EVENTWIRE_TOKEN` wins over `[serve] token`.
            **overrides: values given on the command line; None means unset.

        Returns:
            The settings.
        """
        table = dict((config or {}).get("serve", {}))
        environ = os.environ if environ is None else environ
        if environ.get(TOKEN_VARIABLE):
            table["token"] = environ[TOKEN_VARIABLE]
        table.update({key: value for key, value in overrides.items() if value is not None})
        known = {name: table[name] for name in cls.__dataclass_fields__ if name in table}
        # An empty string in TOML means "no token", not "the empty token".
        for name in ("token", "tiles", "tiles_attribution"):
            if not known.get(name):
                known[name] = None
        return cls(**known)

    def with_(self, **changes: Any) -> ServeSettings:
        """A copy with some values changed."""
        return replace(self, **changes)
