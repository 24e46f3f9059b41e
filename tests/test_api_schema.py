"""The API against its own OpenAPI document, with schemathesis (a few generated cases per operation).

Every generated request must get an answer the document describes: a declared status code, the
declared content type, a body valid against the declared schema, never a 5xx; requests that break
the schema must be refused with a 4xx. The app serves a small corpus store, so the read endpoints
answer with real records.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig

from reportedly.api import Settings, create_app
from tests.webhelp import build_store

CONFIG = SchemathesisConfig.from_dict({"checks": {
    # A body that breaks the schema is refused with 422, or with 400 (not UTF-8) / 413 (too large)
    # when it cannot even be read; an unknown actor in a filter is 404.
    "negative_data_rejection": {"expected-statuses": [400, 404, 413, 422]},
    # Left out on purpose: a schema-valid request can still hold an empty, binary or article-less
    # report, a date that is no date, or an actor the store does not know, which the API refuses
    # with a documented 404 or 422.
    "positive_data_acceptance": {"enabled": False},
}})


def _app() -> object:
    # Built at import: schemathesis needs the app when the test is collected (its fixture-based
    # loader does not work with this pytest), so the store goes to a folder removed at exit.
    folder = Path(tempfile.mkdtemp(prefix="reportedly-schema-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    db = build_store(folder)
    return create_app(Settings(max_body_bytes=20_000, max_chars=4_000, timeout=60, store=str(db)))


schema = schemathesis.openapi.from_asgi("/openapi.json", _app(), config=CONFIG)


@schema.parametrize()
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_openapi_document(case) -> None:
    case.call_and_validate()
