"""Build ``bench/layouts/dev.jsonl`` and ``fresh.jsonl``: short reports laid out like wire copy and web pages.

The reports in ``src/`` (the rules were tuned on them) and ``fresh/`` (written after the rules, never tuned
on) are ours and fictional, annotated in the inline markup of ``bench/news`` (see ``bench/news/README.md``);
this script reuses that set's parser and checks (``bench/news/build.py``) on these folders. See
``README.md`` here for what the set is for. Usage: ``python bench/layouts/build.py [--check]``.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("news_build", HERE.parent / "news" / "build.py")
assert _spec is not None and _spec.loader is not None
news = importlib.util.module_from_spec(_spec)
sys.modules["news_build"] = news
_spec.loader.exec_module(news)


def main(argv: list[str]) -> int:
    """Build every report of ``src/`` and ``fresh/``, print the counts, write the JSONL files (unless ``--check``)."""
    for folder, out in (("src", "dev.jsonl"), ("fresh", "fresh.jsonl")):
        reports = []
        for path in sorted((HERE / folder).glob("*.txt")):
            try:
                reports.append(news.build_file(path))
            except (news.MarkupError, ValueError) as exc:
                print(f"ERROR {path.name}: {exc}", file=sys.stderr)
                return 1
        print(f"{folder}/:")
        print("\n".join(news.summary(reports)))
        if "--check" not in argv:
            with (HERE / out).open("w", encoding="utf-8") as f:
                for r in reports:
                    f.write(json.dumps(r.doc, ensure_ascii=False) + "\n")
            print(f"wrote bench/layouts/{out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
