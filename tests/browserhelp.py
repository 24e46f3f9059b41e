"""For the browser tests: the app served by uvicorn on a free loopback port, and watched Chromium pages.

Debian's Chromium (``/usr/bin/chromium``) is driven through Playwright; every page may talk to the
test server only, and any request elsewhere or any error in the page fails the test.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at "
                                    "/usr/bin/chromium (apt-get install -y chromium; .ci/run does this)")


@contextmanager
def served(app: Any) -> Iterator[str]:
    """Run ``app`` with uvicorn in a thread on a free loopback port; yields its base URL."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    for _ in range(600):
        if server.started:
            break
        thread.join(0.1)
    assert server.started, "uvicorn did not start"
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.should_exit = True
        thread.join(30)
        sock.close()


@contextmanager
def chromium(profile: Path) -> Iterator[Any]:
    """A headless Chromium browser context with its own profile folder."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(str(profile), executable_path=str(CHROMIUM), headless=True,
                                                   args=FLAGS, viewport={"width": 1280, "height": 900})
        try:
            yield ctx
        finally:
            ctx.close()


def watched_page(context: Any, base_url: str) -> Iterator[Any]:
    """A fresh page that may talk to the server at ``base_url`` only, and must raise no error."""
    pg = context.new_page()
    outside: list[str] = []
    problems: list[str] = []
    pg.on("request", lambda r: None if r.url.startswith(base_url) or r.url.startswith("data:")
          else outside.append(r.url))
    pg.on("pageerror", lambda e: problems.append(str(e)))
    # a 4xx answer is logged by Chromium as a console error; the tests check those answers themselves
    pg.on("console", lambda m: problems.append(m.text) if m.type == "error" and not m.text.startswith(
        "Failed to load resource: the server responded with a status of 4") else None)
    pg.set_default_timeout(60_000)
    yield pg
    pg.close()
    assert outside == [], f"the page reached outside the server: {outside}"
    assert problems == [], f"errors in the page: {problems}"


def expect(locator: Any) -> Any:
    """Playwright's auto-waiting assertions (they work under the page's strict CSP, unlike wait_for_function);
    imported when called, so that test modules load where Playwright is missing and skip."""
    from playwright.sync_api import expect as pw_expect

    return pw_expect(locator)
