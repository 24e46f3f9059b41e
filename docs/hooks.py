"""MkDocs hook: pages that say ``<!-- generated: json-schema -->`` get the output's JSON Schema, made from
``reportedly.model`` at build time (what ``reportedly schema`` prints), so the page cannot drift from the code."""

from __future__ import annotations

import json
from typing import Any

MARK = "<!-- generated: json-schema -->"


def on_page_markdown(markdown: str, **_: Any) -> str:
    """Put the JSON Schema where a page asks for it."""
    if MARK not in markdown:
        return markdown
    from reportedly.model import json_schema

    schema = json.dumps(json_schema(), indent=2, ensure_ascii=False)
    return markdown.replace(MARK, f"```json\n{schema}\n```")
