"""``coalition users`` and ``coalition serve``: tokens printed once, and a real server on loopback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx
import pytest
from click.testing import CliRunner

from coalition.cli import cli
from coalition.store import Store
from coalition.store.users import user_for_token, verify_login


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_users_add_prints_a_token_once_and_list_never_shows_it(db_path):
    added = run("users", "add", "olena", "--role", "admin", "--db", str(db_path))
    assert added.exit_code == 0, added.output
    token = added.stdout.strip().splitlines()[-1]
    with Store.open(str(db_path)) as store:
        assert user_for_token(store.engine, token).role == "admin"
        assert verify_login(store.engine, "olena", token) is not None
    listed = run("users", "list", "--db", str(db_path))
    assert "olena" in listed.output and "admin" in listed.output and token not in listed.output
    again = run("users", "add", "olena", "--db", str(db_path))
    assert again.exit_code == 1 and "already exists" in again.output
    renewed = run("users", "token", "olena", "--db", str(db_path)).stdout.strip().splitlines()[-1]
    assert renewed != token
    assert run("users", "deactivate", "olena", "--db", str(db_path)).exit_code == 0
    with Store.open(str(db_path)) as store:
        assert user_for_token(store.engine, renewed) is None
    missing = run("users", "deactivate", "nobody", "--db", str(db_path))
    assert missing.exit_code == 1 and "no user named 'nobody'" in missing.output


def test_every_new_command_has_help_with_an_example():
    for args in (["serve"], ["users"], ["users", "add"], ["users", "list"], ["users", "token"], ["users", "deactivate"]):
        result = run(*args, "--help")
        assert result.exit_code == 0 and "Example:" in result.output, args


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_serve_answers_on_loopback(db_path, workers):
    port = _free_port()
    env = {**os.environ, "COALITION_PRIVATE": ""}
    server = subprocess.Popen(
        [sys.executable, "-c", "from coalition.cli import cli; cli()", "serve", "--db", str(db_path), "--port", str(port),
         "--workers", workers],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/v1/facts", timeout=2)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stdout.read().decode()
                assert time.monotonic() < deadline, "the server did not start in 30 s"
                time.sleep(0.2)
        assert response.status_code == 200
        assert response.json() == {"data": [], "count": 0, "count_capped": False, "page": 1, "per_page": 50}
        assert httpx.get(f"http://127.0.0.1:{port}/api/v1/openapi.json").json()["info"]["title"] == "Coalition Tracker"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_serve_refuses_a_bad_database_url():
    result = CliRunner().invoke(cli, ["serve", "--db", "nosuchdriver://x"])
    assert result.exit_code == 1 and "cannot open database" in result.output
