"""`eventwire serve` starts a real server on loopback and prints its address."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import httpx
import pytest

from .conftest import free_port
from .fixtures import build_store


@pytest.mark.parametrize("workers", [1, 2])
def test_serve_command_serves_the_store(tmp_path, workers):
    build_store(tmp_path / "events.db").close()
    port = free_port()
    env = {**os.environ, "EVENTWIRE_TOKEN": "cli-token"}
    command = [sys.executable, "-c", "from eventwire.cli import main; main()", "serve",
               "--db", str(tmp_path / "events.db"), "--port", str(port), "--workers", str(workers)]
    server = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        meta = None
        for _ in range(300):
            try:
                meta = httpx.get(base + "/api/v1/meta", timeout=1)
                break
            except httpx.HTTPError:
                assert server.poll() is None, server.stdout.read()
                time.sleep(0.1)
        assert meta is not None and meta.json()["writable"] is True
        assert httpx.get(base + "/api/v1/events").json()["total"] == 4
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=30)
    assert f"http://127.0.0.1:{port}/" in output
    assert "writing on" in output and "cli-token" not in output
