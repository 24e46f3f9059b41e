"""The package's layout: stages in their own folders, no import cycle, no oversized file.

The imports are read with :mod:`ast` from the source (not by importing it), so an import inside a
function or under ``TYPE_CHECKING`` counts as much as one at the top of a module.
"""

from __future__ import annotations

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "src" / "reportedly"

# Each stage may import its own modules and those of earlier stages, never a later one.
LAYERS = {
    "about": 0, "errors": 0, "model": 0, "output": 0,
    "text": 1, "attribution": 2, "events": 3, "pipeline": 4, "spacy_component": 5, "evaluation": 5, "corpus": 5,
    "api": 6, "cli": 7,
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PKG.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in PKG.rglob("*.py")}


def imports_of(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The modules of the package that ``name`` imports, relative imports resolved."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("reportedly"))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            elif node.module and node.module.startswith("reportedly"):
                target = node.module
            else:
                continue
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                out.add(sub if sub in known else target)
    return {m for m in out if m in known and m != name}


def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: imports_of(name, path, known) for name, path in known.items()}


def find_cycle(g: dict[str, set[str]]) -> list[str] | None:
    """One import cycle of ``g`` (as the list of its modules), or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(n: str) -> list[str] | None:
        state[n] = 1
        stack.append(n)
        for m in sorted(g[n]):
            if state.get(m) == 1:
                return [*stack[stack.index(m):], m]
            if m not in state and (c := visit(m)):
                return c
        state[n] = 2
        stack.pop()
        return None

    for n in sorted(g):
        if n not in state and (c := visit(n)):
            return c
    return None


def test_layout_finds_a_cycle_when_there_is_one() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_layout_reads_relative_and_lazy_imports(tmp_path: Path) -> None:
    g = graph()
    assert "reportedly.text.nlp" in g["reportedly.pipeline"]
    assert "reportedly.corpus.ingestion" in g["reportedly.cli.store"]  # imported inside a function
    assert "reportedly.text.lexicons" in g["reportedly.text.places"]  # 'from . import lexicons'


def test_layout_has_no_import_cycle() -> None:
    assert find_cycle(graph()) is None


def test_layout_stages_import_only_earlier_stages() -> None:
    def layer(module: str) -> int | None:
        parts = module.split(".")
        return LAYERS.get(parts[1]) if len(parts) > 1 else None

    wrong = [(a, b) for a, deps in graph().items() for b in deps
             if layer(a) is not None and layer(b) is not None and layer(b) > layer(a)]  # type: ignore[operator]
    assert wrong == []


def test_layout_top_level_holds_at_most_twelve_modules() -> None:
    top = sorted(p.stem for p in PKG.glob("*.py"))
    assert len(top) <= 12, top
    for stage in ("text", "attribution", "events", "evaluation", "corpus", "api", "cli"):
        init = PKG / stage / "__init__.py"
        assert ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))), f"{stage}/ says what it does"


def test_layout_no_source_file_is_over_700_lines() -> None:
    sizes = {str(p.relative_to(PKG)): len(p.read_text(encoding="utf-8").splitlines()) for p in PKG.rglob("*.py")}
    assert {p: n for p, n in sizes.items() if n > 700} == {}


def test_layout_every_module_says_what_it_does() -> None:
    missing = [str(p.relative_to(PKG)) for p in PKG.rglob("*.py")
               if not ast.get_docstring(ast.parse(p.read_text(encoding="utf-8")))]
    assert missing == []
