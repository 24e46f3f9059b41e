"""The API against its own OpenAPI document, with schemathesis (a few generated cases per operation).

Every generated request must get an answer the document describes: a declared status code, the
declared content type, a body valid against the declared schema, never a 5xx; requests that break
the schema must be refused with a 4xx.
"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig

from reportedly.api import Settings, create_app

CONFIG = SchemathesisConfig.from_dict({"checks": {
    # A body that breaks the schema is refused with 422, or with 400 (not UTF-8) / 413 (too large)
    # when it cannot even be read.
    "negative_data_rejection": {"expected-statuses": [400, 413, 422]},
    # Left out on purpose: a schema-valid body can still hold an empty, binary or article-less
    # report, which the API refuses with a documented 422.
    "positive_data_acceptance": {"enabled": False},
}})

app = create_app(Settings(max_body_bytes=20_000, max_chars=4_000, timeout=60))
schema = schemathesis.openapi.from_asgi("/openapi.json", app, config=CONFIG)


@schema.parametrize()
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_openapi_document(case) -> None:
    case.call_and_validate()
