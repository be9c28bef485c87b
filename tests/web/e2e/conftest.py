"""A real server and a real browser for the end-to-end tests (issue 5).

The server is ``uvicorn`` in a subprocess on 127.0.0.1 and a free port, on a
SQLite file holding the example articles and the seed article (when present).
The browser is Debian's ``chromium`` driven by Playwright; no browser is
downloaded (``playwright install`` is never needed). Without either, every
test here is skipped with the reason, and the rest of the suite still runs.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from coalition.batch import ingest_paths
from coalition.store import Store
from coalition.store.users import add_user
from tests.conftest import REPO, SEED

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
ARTIFACTS = REPO / "test-artifacts"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
    if not CHROMIUM.exists():
        pytest.skip(f"no browser at {CHROMIUM}: install Debian's chromium (apt-get install chromium); .ci/run does")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def site(browser, tmp_path_factory):
    """The base URL of a running server, and a reviewer's name and token."""
    url = f"sqlite:///{tmp_path_factory.mktemp('e2e') / 'coalition.db'}"
    paths = [str(REPO / "examples")] + ([str(SEED)] if SEED.exists() else [])
    failures = list(ingest_paths(paths, url))
    assert not failures, failures
    with Store.open(url) as store:
        token = add_user(store.engine, "olena", "reviewer")
    port = _free_port()
    log = (tmp_path_factory.getbasetemp() / "uvicorn.log").open("w")
    env = {**os.environ, "COALITION_DB": url, "PYTHONPATH": os.pathsep.join(sys.path)}
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--factory", "coalition.web.app:create_app",
         "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
        env=env, stdout=log, stderr=subprocess.STDOUT, cwd=REPO,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(base + "/static/site.css", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                log.flush()
                raise RuntimeError(f"the server did not start: {Path(log.name).read_text()[-2000:]}")
            time.sleep(0.2)
        yield {"base": base, "user": "olena", "token": token}
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


@pytest.fixture
def page(browser, site):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=site["base"])
    opened = context.new_page()
    yield opened
    context.close()


def screenshot(page, name: str) -> Path:
    """Keep a picture of the page as a test artifact (``test-artifacts/``, git-ignored)."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


@pytest.fixture
def seed_title() -> str:
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED}")
    return SEED.read_text(encoding="utf-8").strip().splitlines()[0].strip()


__all__ = ["screenshot"]
